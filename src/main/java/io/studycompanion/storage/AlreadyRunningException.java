package io.studycompanion.storage;

import java.nio.file.Path;

/** Another copy of the app is using the data folder. */
public class AlreadyRunningException extends StorageException {
    private final Path dataFolder;

    public AlreadyRunningException(Path dataFolder) {
        super("Study Companion is already running with the data folder " + dataFolder
                + ". Use that window, or close it first.");
        this.dataFolder = dataFolder;
    }

    public Path dataFolder() {
        return dataFolder;
    }
}
