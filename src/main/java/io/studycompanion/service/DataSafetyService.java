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

    public List<BackupEntry> backups() {
        return backups.list().stream().map(DataSafetyService::entry).toList();
    }

    public BackupEntry backupNow() {
        var path = backups.create(database, "manual");
        return backups.list().stream().filter(b -> b.path().equals(path)).findFirst().map(DataSafetyService::entry)
                .orElseThrow();
    }

    /** Replaces all progress with the backup; the current state is backed up first. */
    public void restore(BackupEntry entry) {
        var backup = backups.list().stream().filter(b -> b.path().getFileName().toString().equals(entry.name()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("The backup " + entry.name() + " no longer exists."));
        backups.restore(database, backup);
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
        return new BackupEntry(b.path().getFileName().toString(), b.created(), b.bytes(), b.reason());
    }
}
