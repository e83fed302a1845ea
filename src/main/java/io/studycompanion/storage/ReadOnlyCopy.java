package io.studycompanion.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private copy of a database and its {@code -wal} (if any) in a temporary folder, for reading a database whose
 * folder cannot be written while its WAL still holds changes (SQLite must merge them to read them, and that writes)
 * or while its schema is older than the app's (the copy is upgraded; the file is left as it is).
 */
record ReadOnlyCopy(Path folder, Path file) {

    static ReadOnlyCopy of(Path database, Path wal) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("study-companion-read-");
            var copy = folder.resolve(Database.FILE_NAME);
            Files.copy(database, copy);
            if (Files.exists(wal)) {
                Files.copy(wal, folder.resolve(Database.FILE_NAME + "-wal"));
            }
            return new ReadOnlyCopy(folder, copy);
        } catch (IOException e) {
            if (folder != null) {
                new ReadOnlyCopy(folder, folder).delete();
            }
            throw new StorageException("The database " + database + " can only be read by writing to it (changes not yet"
                    + " merged, or an upgrade from an older version), and its folder cannot be written; nor could a copy"
                    + " be made to read it (" + e.getMessage() + "). Copy the data folder somewhere writable and use"
                    + " --data-dir.", e);
        }
    }

    void delete() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder the system cleans up anyway
        }
    }
}
