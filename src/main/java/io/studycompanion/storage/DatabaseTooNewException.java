package io.studycompanion.storage;

import java.nio.file.Path;

/** The database was written by a newer version of the app; it is refused and left untouched. */
public class DatabaseTooNewException extends StorageException {
    public DatabaseTooNewException(Path file, int found, int supported) {
        super("The database " + file + " was created by a newer version of Study Companion (schema " + found
                + "; this version understands up to " + supported + "). It has not been changed. "
                + "Please install the newer version, or choose another data folder with --data-dir.");
    }
}
