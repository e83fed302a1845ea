package io.studycompanion.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Automatic copies of the database in {@code backups/database/}, named
 * {@code study-companion-<sequence>-<UTC time>-<kind>.db}. The sequence number orders them (creation order, never
 * the clock) and makes every name unique. Kinds: {@code daily} (at start, once a day), {@code manual},
 * {@code after-import} and {@code after-restore} (the new state after data was replaced) form the rolling set,
 * pruned by {@link BackupRotation}; {@code before-restore} and {@code before-migration} copies are kept apart from
 * it, the newest {@value #KEEP_APART} of each kind, so no number of daily copies can push them out.
 */
public final class DatabaseBackups {
    /** How many copies of each kind kept apart from the rolling set (before a restore, before an upgrade) stay. */
    public static final int KEEP_APART = 5;
    public static final Set<String> APART = Set.of("before-restore", "before-migration");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    /** Current names carry a sequence number; names from before it (sequence 0) are still read. */
    private static final Pattern NAME = Pattern.compile("study-companion-(?:(\\d{6,})-)?(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)\\.db");

    private final Path folder;
    private final Clock clock;

    public DatabaseBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /** Copies the live database as the next backup in sequence; returns the new file. Never prunes the new copy. */
    public synchronized Path create(Database database, String kind) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("Cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
        long sequence = list().stream().mapToLong(BackupFile::sequence).max().orElse(0) + 1;
        var target = folder.resolve(String.format("study-companion-%06d-%s-%s.db", sequence, STAMP.format(clock.instant()), kind));
        // Written under a temporary name and renamed, so a copy cut short never looks like a backup.
        var partial = folder.resolve("." + target.getFileName() + ".partial");
        try {
            database.backupTo(partial, target);
            if (Files.exists(target)) { // the sequence makes names unique; never replace a copy all the same
                throw new StorageException("Cannot make the backup " + target + ": a file of that name exists.");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("Cannot finish the backup " + target + ": " + e.getMessage(), e);
        } finally {
            // A copy cut short (a full disk) can also leave SQLite's rollback journal of the partial file.
            deleteQuietly(partial);
            deleteQuietly(partial.resolveSibling(partial.getFileName() + "-journal"));
        }
        prune(target);
        return target;
    }

    /**
     * True when the newest copy of the rolling set (by sequence) was not made on the clock's today: a clock set
     * back behind it does not stop the daily copy, and two starts on the same day make one.
     */
    public boolean dailyDue() {
        var today = LocalDate.now(clock);
        return list().stream().filter(b -> !APART.contains(b.reason())).findFirst()
                .map(b -> !day(b).equals(today)).orElse(true);
    }

    /** Backups, newest first (by sequence). */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(DatabaseBackups::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparingLong(BackupFile::sequence).thenComparing(BackupFile::created).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StorageException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The newest backup that opens and passes SQLite's integrity check. */
    public Optional<BackupFile> newestGood() {
        return list().stream().filter(DatabaseBackups::sound).findFirst();
    }

    /**
     * Replaces the live data with a backup, after saving the current state as a copy of its own (kept apart from
     * the rolling set), then saves the restored state as a copy too. Returns a sentence when that last copy could
     * not be made (the restore itself stands).
     */
    public Optional<String> restore(Database database, BackupFile backup) {
        if (!sound(backup)) {
            throw new StorageException("The backup " + backup.path().getFileName() + " is damaged; nothing was changed.");
        }
        create(database, "before-restore");
        database.restoreFrom(backup.path());
        database.migrate(db -> { });
        try {
            create(database, "after-restore");
            return Optional.empty();
        } catch (StorageException e) {
            return Optional.of("The backup was restored, but a copy of the restored data could not be made: "
                    + e.getMessage());
        }
    }

    /** The answers given in a backup (questions answered in its quizzes), or empty when it cannot be read. */
    public static OptionalInt answers(BackupFile backup) {
        try (var c = DriverManager.getConnection(SqliteUrls.immutable(backup.path()));
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM attempt_item WHERE selected <> ''")) {
            return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
        } catch (SQLException e) {
            return String.valueOf(e.getMessage()).contains("no such table") ? OptionalInt.of(0) : OptionalInt.empty();
        }
    }

    /** Deletes what the rotation no longer keeps; {@code fresh} (the copy just made) is never among them. */
    private void prune(Path fresh) {
        var all = list();
        var rolling = all.stream().filter(b -> !APART.contains(b.reason())).toList();
        var doomed = new java.util.ArrayList<>(BackupRotation.toPrune(rolling, this::day));
        var apart = all.stream().filter(b -> APART.contains(b.reason())).collect(Collectors.groupingBy(BackupFile::reason));
        apart.values().forEach(kind -> doomed.addAll(kind.subList(Math.min(KEEP_APART, kind.size()), kind.size())));
        for (var old : doomed) {
            if (!old.path().equals(fresh)) {
                deleteQuietly(old.path());
            }
        }
    }

    private LocalDate day(BackupFile b) {
        return b.created().atZone(clock.getZone()).toLocalDate();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // An old backup that cannot be deleted is harmless; the next backup tries again.
        }
    }

    static boolean sound(BackupFile backup) {
        // immutable: a finished backup never changes, and reading it must create nothing beside it (no -shm/-wal).
        try (var c = DriverManager.getConnection(SqliteUrls.immutable(backup.path()));
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
            long sequence = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            var created = Instant.from(STAMP.parse(m.group(2)));
            return Optional.of(new BackupFile(file, sequence, created, Files.size(file), m.group(3)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
