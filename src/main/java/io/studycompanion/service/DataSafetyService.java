package io.studycompanion.service;

import io.studycompanion.storage.BackupFile;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.DatabaseBackups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Automatic database backups (list, make one now, restore one) and the diagnostics a user can copy. */
public final class DataSafetyService {
    private final Database database;
    private final DatabaseBackups backups;
    private final Path dataFolder;
    private final List<String> startupNotices;

    public DataSafetyService(Database database, DatabaseBackups backups, Path dataFolder, List<String> startupNotices) {
        this.database = database;
        this.backups = backups;
        this.dataFolder = dataFolder;
        this.startupNotices = List.copyOf(startupNotices);
    }

    /** What happened while opening the data (a damaged database restored, a failed daily backup…). */
    public List<String> startupNotices() {
        return startupNotices;
    }

    /** The automatic backups, newest first, each with the number of answers it holds. */
    public List<BackupEntry> backups() {
        return backups.list().stream().map(DataSafetyService::entry).toList();
    }

    public BackupEntry backupNow() {
        var path = backups.create(database, "manual");
        return backups.list().stream().filter(b -> b.path().equals(path)).findFirst().map(DataSafetyService::entry)
                .orElseThrow();
    }

    /**
     * A database backup of the data as it is now, of the given kind (the new state after an import); returns a
     * sentence for the learner when it could not be made (the change it follows stands).
     */
    public java.util.Optional<String> snapshot(String kind) {
        try {
            backups.create(database, kind);
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.of("Your data was replaced, but a backup of the new data could not be made: "
                    + e.getMessage().replace("; nothing was changed.", "."));
        }
    }

    /**
     * Replaces all progress with the backup; the current state is backed up first and the restored one after.
     * Returns a sentence when that last copy could not be made.
     */
    public java.util.Optional<String> restore(BackupEntry entry) {
        var backup = backups.list().stream().filter(b -> b.path().getFileName().toString().equals(entry.name()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("The backup " + entry.name() + " no longer exists."));
        return backups.restore(database, backup);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Facts for a bug report: versions, paths, schema, backups and the end of the log. */
    public String diagnostics(String appVersion, Path logFile) {
        var text = new StringBuilder();
        text.append("Study Companion ").append(appVersion).append('\n')
                .append("Java ").append(System.getProperty("java.version")).append(" (").append(System.getProperty("java.vendor")).append(")\n")
                .append("OS ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(' ').append(System.getProperty("os.arch")).append('\n')
                .append("Data folder ").append(dataFolder).append('\n')
                .append("Database schema ").append(database.userVersion()).append('\n')
                .append("Backups ").append(backups.list().size()).append('\n')
                .append("--- last log lines ---\n");
        try {
            var lines = Files.exists(logFile) ? Files.readAllLines(logFile) : List.<String>of();
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(l -> text.append(l).append('\n'));
        } catch (IOException e) {
            text.append("(log not readable: ").append(e.getMessage()).append(")\n");
        }
        return text.toString();
    }

    private static BackupEntry entry(BackupFile b) {
        return new BackupEntry(b.path().getFileName().toString(), b.created(), b.bytes(), b.reason(),
                DatabaseBackups.answers(b));
    }
}
