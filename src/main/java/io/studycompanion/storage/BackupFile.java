package io.studycompanion.storage;

import java.nio.file.Path;
import java.time.Instant;

/** One automatic copy of the database. */
public record BackupFile(Path path, Instant created, long bytes, String reason) {
}
