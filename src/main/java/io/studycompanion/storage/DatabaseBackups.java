package io.studycompanion.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Automatic copies of the database in {@code backups/database/}: daily at start, before every migration and
 * before a restore; the newest {@value #KEEP} are kept.
 */
public final class DatabaseBackups {
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("study-companion-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.db");

    private final Path folder;
    private final Clock clock;

    public DatabaseBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Copies the live database; returns the new file. */
    public Path create(Database database, String reason) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        var target = folder.resolve("study-companion-" + STAMP.format(clock.instant()) + "-" + reason + ".db");
        // Written under a temporary name and renamed, so a copy cut short never looks like a backup.
        var partial = folder.resolve("." + target.getFileName() + ".partial");
        database.backupTo(partial);
        try {
            Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("Cannot finish the backup " + target + ": " + e.getMessage(), e);
        }
        prune();
        return target;
    }

    /** True when there is no backup younger than a day. */
    public boolean dailyDue() {
        return list().stream().findFirst().map(b -> b.created().isBefore(clock.instant().minus(Duration.ofDays(1))))
                .orElse(true);
    }

    /** Backups, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(DatabaseBackups::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::created).reversed()).toList();
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The newest backup that opens and passes SQLite's integrity check. */
    public Optional<BackupFile> newestGood() {
        return list().stream().filter(DatabaseBackups::sound).findFirst();
    }

    /** Replaces the live data with a backup, after saving the current state as a backup of its own. */
    public void restore(Database database, BackupFile backup) {
        if (!sound(backup)) {
            throw new StorageException("The backup " + backup.path().getFileName() + " is damaged; nothing was changed.");
        }
        create(database, "before-restore");
        database.restoreFrom(backup.path());
        database.migrate(db -> { });
    }

    private void prune() {
        var all = list();
        for (var old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.path());
            } catch (IOException e) {
                // An old backup that cannot be deleted is harmless; the next start tries again.
            }
        }
    }

    static boolean sound(BackupFile backup) {
        try (var c = DriverManager.getConnection(SqliteUrls.readOnly(backup.path()));
             var st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    private static Optional<BackupFile> describe(Path file) {
        var m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            var created = Instant.from(STAMP.parse(m.group(1)));
            return Optional.of(new BackupFile(file, created, Files.size(file), m.group(2)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
