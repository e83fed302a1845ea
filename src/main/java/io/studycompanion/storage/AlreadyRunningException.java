package io.studycompanion.storage;

import java.nio.file.Path;

/** Another copy of the app is using the data folder. */
public class AlreadyRunningException extends StorageException {
    private final Path dataFolder;

    public AlreadyRunningException(Path dataFolder) {
        super("The data folder " + dataFolder + " is in use: Study Companion is already running with it (its window"
                + " or another command), so close the app or wait for the command to finish, then try again.");
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() {
        return dataFolder;
    }
}
