package io.studycompanion.service;

import io.studycompanion.storage.Database;
import io.studycompanion.storage.InstanceLock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an export may not go: onto the live database or the files SQLite and the app keep beside it. Writing
 * there replaced the database with a JSON file (exit 0), and the next start found it "damaged".
 */
final class OutputTargets {
    private static final List<String> OWN = List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal",
            Database.FILE_NAME + "-shm", Database.FILE_NAME + "-journal", InstanceLock.FILE);

    private OutputTargets() {
    }

    /** @throws IllegalArgumentException naming the file, when {@code target} is one of the data folder's own files */
    static void refuseOwnFiles(Path dataFolder, Path target) {
        var wanted = canonical(target);
        for (var name : OWN) {
            if (wanted.equals(canonical(dataFolder.resolve(name)))) {
                throw new IllegalArgumentException(target + " is the app's own " + (name.equals(InstanceLock.FILE)
                        ? "lock file" : "database file") + " in " + dataFolder
                        + "; choose another file to write to. Nothing was written.");
            }
        }
    }

    /** The real path where the file (or its folder) exists, so links and "a/../b" name the same file. */
    private static Path canonical(Path path) {
        var absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            var parent = absolute.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
