package io.studycompanion.service;

import java.time.Instant;

/** An automatic database backup as the Settings screen lists it. */
public record BackupEntry(String name, Instant created, long bytes, String reason) {
}
