package io.studycompanion.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns SQLite's error codes into sentences a learner can act on: what failed, in which folder, why in words, and
 * whether anything changed. Never SQLite's own code ({@code [SQLITE_IOERR_SHMSIZE]}) or driver wording.
 */
final class SqliteErrors {
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int NOTADB = 26;
    private static final int BUSY = 5;
    /** Below this much usable space an I/O error is taken for a full disk (SQLite reports some as IOERR). */
    static final long NEARLY_FULL = 1024 * 1024;

    private SqliteErrors() {
    }

    static StorageException translate(Path file, String what, SQLException e) {
        var code = e.getErrorCode() & 0xff;
        var message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        var folder = file.toAbsolutePath().getParent();
        if (code == CORRUPT || code == NOTADB || message.contains("malformed") || message.contains("not a database")) {
            return new DatabaseCorruptException(file, plain(e.getMessage()), e);
        }
        if (code == FULL || message.contains("disk is full") || message.contains("database or disk is full")) {
            return full(what, folder, e);
        }
        if (code == READONLY || message.contains("readonly") || message.contains("read-only")) {
            return new StorageException(what + " failed: the data folder " + folder + " is read-only. Study "
                    + "Companion needs to write there (choose another folder with --data-dir); nothing was changed.", e);
        }
        boolean undone = message.contains("no transaction is active");
        if ((code == IOERR || code == CANTOPEN || undone) && nearlyFull(folder)) {
            return full(what, folder, e);
        }
        if (undone) {
            return new StorageException(what + " failed: the change could not be written to " + file
                    + " and SQLite undid it; nothing was changed.", e);
        }
        if (code == IOERR) {
            return new StorageException(what + " failed: reading or writing " + file + " failed (an input/output "
                    + "error: the disk may be failing, removed or full); nothing was changed.", e);
        }
        if (code == CANTOPEN) {
            return new StorageException(what + " failed: the database " + file + " cannot be opened (missing "
                    + "permission, or the folder is not accessible).", e);
        }
        if (code == BUSY || message.contains("locked")) {
            return new StorageException(what + " failed: the database is in use by another program. "
                    + "Close other copies of Study Companion and try again.", e);
        }
        return new StorageException(what + " failed: " + plain(e.getMessage()) + " (database " + file + ")", e);
    }

    private static StorageException full(String what, Path folder, SQLException e) {
        return new StorageException(what + " failed: the disk holding " + folder + " is full. Free some space and "
                + "try again; nothing was changed.", e);
    }

    /** Whether the disk holding the folder has (almost) no room left. */
    static boolean nearlyFull(Path folder) {
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The driver's message without SQLite's code in brackets: "[SQLITE_ERROR] SQL error (x)" → "SQL error (x)". */
    static String plain(String message) {
        return String.valueOf(message).replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "").strip();
    }
}
