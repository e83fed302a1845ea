package io.studycompanion.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the data folder's database safely: a damaged file is moved aside (never deleted), the newest good
 * backup is put in its place, and the learner is told in plain words; a backup is taken before every
 * migration, and {@link #dailyBackup} makes the daily one once start-up is done.
 */
public final class DataStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    /** The open database, its backups, and what the learner must be told about this start. */
    public record Opened(Database database, DatabaseBackups backups, List<String> notices) {
        public Opened {
            notices = List.copyOf(notices);
        }
    }

    private DataStore() {
    }

    public static Opened open(Path dataFolder, Clock clock) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new StorageException("Cannot create the data folder " + dataFolder + " (" + e.getMessage()
                    + "). Choose another folder with --data-dir.", e);
        }
        var backups = new DatabaseBackups(dataFolder.resolve("backups").resolve("database"), clock);
        var file = dataFolder.resolve(Database.FILE_NAME);
        var notices = new ArrayList<String>();
        Database database;
        try {
            database = Database.open(file, db -> backups.create(db, "before-migration"));
        } catch (DatabaseCorruptException e) {
            database = recover(dataFolder, file, backups, clock, e, notices);
        }
        return new Opened(database, backups, notices);
    }

    /**
     * Opens the folder's database for reading only, when it cannot be written (a read-only folder or file, a full
     * disk): no recovery, no migration, no backup is attempted, and the learner is told so.
     */
    public static Opened openReadOnly(Path dataFolder, Clock clock, String why) {
        var backups = new DatabaseBackups(dataFolder.resolve("backups").resolve("database"), clock);
        var database = Database.openReadOnly(dataFolder.resolve(Database.FILE_NAME));
        return new Opened(database, backups, List.of("The data folder " + dataFolder + " cannot be written (" + why
                + "), so your data was opened read-only: no backup was made and nothing can be changed."));
    }

    /**
     * Makes the daily backup when the newest is over a day old. Run after start-up (off the window's thread);
     * returns a sentence for the log when it could not be made.
     */
    public static java.util.Optional<String> dailyBackup(Opened opened) {
        try {
            if (opened.backups().dailyDue()) {
                opened.backups().create(opened.database(), "daily");
            }
            return java.util.Optional.empty();
        } catch (StorageException e) {
            return java.util.Optional.of("No backup was made at this start: " + e.getMessage()
                    .replace("; nothing was changed.", "; your data itself is as it was."));
        }
    }

    private static Database recover(Path dataFolder, Path file, DatabaseBackups backups, Clock clock,
                                    DatabaseCorruptException damage, List<String> notices) {
        var moved = moveAside(dataFolder, file, clock);
        var backup = backups.newestGood();
        if (backup.isPresent()) {
            copy(backup.get().path(), file);
            var when = HUMAN.format(backup.get().created().atZone(ZoneId.systemDefault()));
            notices.add("Your database was damaged and has been moved to " + moved + ". The newest good backup, from "
                    + when + ", was restored; anything you did after that time is not in it.");
        } else {
            notices.add("Your database was damaged and has been moved to " + moved + ". No backup was available, "
                    + "so Study Companion started with an empty database.");
        }
        return Database.open(file, db -> backups.create(db, "before-migration"));
    }

    /** Moves the damaged file and its WAL/SHM companions into {@code damaged/}; returns the new path. */
    private static Path moveAside(Path dataFolder, Path file, Clock clock) {
        var folder = dataFolder.resolve("damaged");
        var stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
        try {
            Files.createDirectories(folder);
            // Never over an earlier damaged copy: a second damage within the same second gets "-2", "-3", …
            var target = folder.resolve("study-companion-" + stamp + ".db");
            for (int n = 2; Files.exists(target) || Files.exists(target.resolveSibling(target.getFileName() + "-wal")); n++) {
                target = folder.resolve("study-companion-" + stamp + "-" + n + ".db");
            }
            Files.move(file, target);
            for (var suffix : List.of("-wal", "-shm")) {
                var companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
                }
            }
            return target;
        } catch (IOException e) {
            throw new StorageException("The database " + file + " is damaged and could not be moved aside ("
                    + e.getMessage() + "). Nothing was deleted; move it away by hand and start again.", e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException("Restoring the backup " + from + " failed: " + e.getMessage(), e);
        }
    }
}
