package io.studycompanion.storage;

import java.nio.file.Files;
import java.nio.file.Path;

/** How {@link Database#openReadOnly} reads a database without writing anything in its folder. */
final class ReadOnlyOpening {
    private ReadOnlyOpening() {
    }

    static Database open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException("There is no database to read in " + file.getParent() + " (no "
                    + Database.FILE_NAME + "), and the folder cannot be written.");
        }
        var wal = file.resolveSibling(file.getFileName() + "-wal");
        Database database;
        if (size(wal) == 0) {
            database = Database.forReading(file, SqliteUrls.immutable(file), true, () -> { });
        } else {
            var copy = ReadOnlyCopy.of(file, wal);
            try {
                database = Database.forReading(file, SqliteUrls.of(copy.file()), false, copy::delete);
            } catch (RuntimeException e) {
                copy.delete();
                throw e;
            }
        }
        try {
            database.checkIntegrity();
            int version = database.userVersion();
            int latest = database.migrations().latest();
            if (version > latest) {
                throw new DatabaseTooNewException(file, version, latest);
            }
            if (version < latest) {
                database.closeQuietly();
                return upgradedCopy(file, wal, version);
            }
            return database;
        } catch (RuntimeException e) {
            database.closeQuietly();
            throw e;
        }
    }

    /**
     * A database written by an older version, in a folder that cannot be written: upgraded in a private copy (the
     * file itself is left as it is, to be upgraded once its folder can be written), read from there.
     */
    private static Database upgradedCopy(Path file, Path wal, int version) {
        var copy = ReadOnlyCopy.of(file, wal);
        try {
            var database = Database.forReading(file, SqliteUrls.of(copy.file()), false, copy::delete);
            try {
                database.migrateTo(version, database.migrations().latest());
                return database;
            } catch (RuntimeException e) {
                database.closeQuietly();
                throw e;
            }
        } catch (RuntimeException e) {
            copy.delete();
            throw e;
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
