package io.studycompanion.storage;

import java.nio.file.Path;

/** The database file is damaged (not a database, malformed, or failing its integrity check). */
public class DatabaseCorruptException extends StorageException {
    public DatabaseCorruptException(Path file, String detail, Throwable cause) {
        super("The database " + file + " is damaged (" + detail + ").", cause);
    }
}
