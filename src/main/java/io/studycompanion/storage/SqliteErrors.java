package io.studycompanion.storage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/** Turns SQLite's error codes into sentences a learner can act on. */
final class SqliteErrors {
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int READONLY = 8;
    private static final int NOTADB = 26;
    private static final int BUSY = 5;

    private SqliteErrors() {
    }

    static StorageException translate(Path file, String what, SQLException e) {
        var code = e.getErrorCode() & 0xff;
        var message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (code == CORRUPT || code == NOTADB || message.contains("malformed") || message.contains("not a database")) {
            return new DatabaseCorruptException(file, e.getMessage(), e);
        }
        if (code == FULL || message.contains("disk is full")) {
            return new StorageException(what + " failed: the disk holding " + file.getParent()
                    + " is full. Free some space; nothing already saved was lost.", e);
        }
        if (code == READONLY || message.contains("readonly") || message.contains("read-only")) {
            return new StorageException(what + " failed: the data folder " + file.getParent()
                    + " is read-only. Study Companion needs to write there; choose another folder with --data-dir.", e);
        }
        if (code == CANTOPEN) {
            return new StorageException(what + " failed: the database " + file + " cannot be opened (missing "
                    + "permission, or the folder is not accessible).", e);
        }
        if (code == BUSY || message.contains("locked")) {
            return new StorageException(what + " failed: the database is in use by another program. "
                    + "Close other copies of Study Companion and try again.", e);
        }
        return new StorageException(what + " failed: " + e.getMessage() + " (database " + file + ")", e);
    }
}
