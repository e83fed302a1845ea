package io.studycompanion.service;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * An automatic database backup as Settings and {@code backups list} show it: when it was made, why (its kind),
 * its size and the answers it holds (empty when the copy cannot be read).
 */
public record BackupEntry(String name, Instant created, long bytes, String reason, OptionalInt answers) {
}
