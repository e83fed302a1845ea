package io.studycompanion.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One automatic copy of the database. {@code sequence} is its place in creation order (1, 2, 3, … in the folder;
 * 0 for copies named before numbering began): backups are ordered and pruned by it, never by the clock.
 * {@code created} is the clock's time when it was made, shown to the learner.
 */
public record BackupFile(Path path, long sequence, Instant created, long bytes, String reason) {
}
