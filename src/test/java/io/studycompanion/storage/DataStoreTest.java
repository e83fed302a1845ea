package io.studycompanion.storage;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups, integrity checks and recovery against real SQLite files. */
class DataStoreTest {
    @TempDir
    Path dir;
    private Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
    private final ObjectiveId id = ObjectiveId.parse("2025-09-30:1.1.1");

    private void save(Database db, String note) {
        new ObjectiveProgressRepository(db, clock).save(new ObjectiveProgress(id, true, ObjectiveStatus.LEARNING, note));
    }

    private String note(Database db) {
        return new ObjectiveProgressRepository(db, clock).find(id).note();
    }

    @Test
    void aDailyBackupIsTakenAtStartOnlyWhenTheLastIsOlderThanADay() {
        startAndClose();
        assertThat(new DatabaseBackups(dir.resolve("backups/database"), clock).list()).hasSize(1);
        clock = Clock.offset(clock, Duration.ofHours(5));
        startAndClose();
        assertThat(new DatabaseBackups(dir.resolve("backups/database"), clock).list()).hasSize(1);
        clock = Clock.offset(clock, Duration.ofHours(20));
        startAndClose();
        assertThat(new DatabaseBackups(dir.resolve("backups/database"), clock).list()).hasSize(2)
                .allMatch(b -> b.reason().equals("daily"));
    }

    private void startAndClose() {
        var opened = DataStore.open(dir, clock);
        try (var db = opened.database()) {
            assertThat(DataStore.dailyBackup(opened)).isEmpty();
        }
    }

    /** Issue 21, case 4: the newest 5, one a day for the last 7 days, one a week for the last 5 weeks. */
    @Test
    void theRotationKeepsCopiesSpreadOverTime() {
        try (var db = DataStore.open(dir, clock).database()) {
            var start = clock.instant();
            for (int day = 0; day < 60; day++) {
                for (int n = 0; n < 3; n++) { // three copies a day for 60 days
                    var at = Clock.fixed(start.plus(Duration.ofDays(day)).plus(Duration.ofHours(n)), ZoneOffset.UTC);
                    new DatabaseBackups(dir.resolve("backups/database"), at).create(db, "manual");
                }
            }
            var kept = new DatabaseBackups(dir.resolve("backups/database"), clock).list();
            var last = start.plus(Duration.ofDays(59));
            assertThat(kept.subList(0, 5)).as("the newest five").allMatch(b -> !b.created().isBefore(last.minus(Duration.ofDays(1))));
            var days = kept.stream().map(b -> b.created().atZone(ZoneOffset.UTC).toLocalDate()).distinct().toList();
            var lastDay = last.atZone(ZoneOffset.UTC).toLocalDate();
            assertThat(days).as("one a day for the last 7 days")
                    .containsAll(java.util.stream.IntStream.range(0, 7).mapToObj(lastDay::minusDays).toList());
            assertThat(days.stream().map(d -> d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct())
                    .as("one a week for the last 5 weeks").hasSize(5);
            assertThat(days).allMatch(d -> !d.isBefore(lastDay.minusWeeks(5)));
            assertThat(kept).hasSizeLessThanOrEqualTo(BackupRotation.NEWEST + BackupRotation.DAYS + BackupRotation.WEEKS);
        }
    }

    /**
     * Issue 21, case 8: with the clock behind the newest kept backup, the copy taken before a restore was the
     * "oldest" and was pruned the moment it was made, and the daily backup was never due until the clock caught up.
     */
    @Test
    void aClockSetBackNeitherPrunesTheCopyJustMadeNorStopsTheDailyBackup() {
        var future = Clock.offset(clock, Duration.ofDays(40));
        try (var db = DataStore.open(dir, clock).database()) {
            save(db, "restored");
            for (int i = 0; i < 20; i++) {
                new DatabaseBackups(dir.resolve("backups/database"), Clock.offset(future, Duration.ofDays(i))).create(db, "daily");
            }
            save(db, "before the restore");
            var backups = new DatabaseBackups(dir.resolve("backups/database"), clock); // the clock went back 40 days
            assertThat(backups.dailyDue()).as("daily backup due by sequence, not by the clock").isTrue();
            backups.restore(db, backups.list().get(3));
            assertThat(note(db)).isEqualTo("restored");
            var list = backups.list();
            assertThat(list.get(0).reason()).isEqualTo("after-restore");
            assertThat(list.get(1).reason()).isEqualTo("before-restore");
            assertThat(backups.dailyDue()).as("the copy made after the restore counts as today's").isFalse();
            try (var before = Database.openReadOnly(list.get(1).path())) {
                assertThat(note(before)).isEqualTo("before the restore");
            }
            for (int i = 0; i < 30; i++) {
                backups.create(db, "manual");
            }
            assertThat(backups.list()).as("kept apart from the rolling set").anyMatch(b -> b.reason().equals("before-restore"));
            assertThat(backups.list().get(0).reason()).as("never prunes the copy just made").isEqualTo("manual");
        }
    }

    /** Issue 21, case 8: a second damaged copy in the same second replaced the first. */
    @Test
    void twoDamagedDatabasesInTheSameSecondAreBothKept() throws Exception {
        for (int round = 0; round < 2; round++) {
            try (var db = DataStore.open(dir, clock).database()) {
                save(db, "round " + round);
            }
            corrupt(dir.resolve(Database.FILE_NAME));
            try (var db = DataStore.open(dir, clock).database()) {
                assertThat(db.userVersion()).isEqualTo(Database.latestVersion());
            }
        }
        try (var files = Files.list(dir.resolve("damaged"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".db"))).hasSize(2);
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideAndTheNewestGoodBackupRestored() throws Exception {
        try (var db = DataStore.open(dir, clock).database()) {
            save(db, "in the backup");
            new DatabaseBackups(dir.resolve("backups/database"), Clock.offset(clock, Duration.ofMinutes(1))).create(db, "manual");
            save(db, "after the backup");
        }
        corrupt(dir.resolve(Database.FILE_NAME));

        clock = Clock.offset(clock, Duration.ofHours(1));
        var opened = DataStore.open(dir, clock);
        try (var db = opened.database()) {
            assertThat(note(db)).isEqualTo("in the backup");
            assertThat(opened.notices()).singleElement().asString()
                    .startsWith("Your database was damaged and has been moved to " + dir.resolve("damaged"))
                    .contains("The newest good backup, from ").contains("was restored");
        }
        try (var files = Files.list(dir.resolve("damaged"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".db"))).hasSize(1);
        }
    }

    @Test
    void withoutABackupItStartsEmptyAndSaysSoKeepingTheDamagedFile() throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "SQLite format 3\u0000 but then garbage ".repeat(200));
        var opened = DataStore.open(dir, clock);
        try (var db = opened.database()) {
            assertThat(note(db)).isEmpty();
            assertThat(opened.notices()).singleElement().asString().contains("No backup was available")
                    .contains("started with an empty database");
        }
        assertThat(dir.resolve("damaged")).isDirectoryContaining(p -> p.toString().endsWith(".db"));
    }

    @Test
    void aBackupIsTakenBeforeMigratingAnOlderDatabase() throws Exception {
        var file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            Migrations.run(c, Migrations.bundled().scripts().get(0));
            st.execute("PRAGMA user_version=1");
        }
        try (var db = DataStore.open(dir, clock).database()) {
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion());
        }
        assertThat(new DatabaseBackups(dir.resolve("backups/database"), clock).list())
                .anyMatch(b -> b.reason().equals("before-migration"));
    }

    @Test
    void restoringABackupKeepsACopyOfTheCurrentStateFirst() {
        try (var db = DataStore.open(dir, clock).database()) {
            save(db, "old");
            var backups = new DatabaseBackups(dir.resolve("backups/database"), Clock.offset(clock, Duration.ofMinutes(1)));
            var oldPath = backups.create(db, "manual");
            var old = backups.list().stream().filter(b -> b.path().equals(oldPath)).findFirst().orElseThrow();
            save(db, "new");
            new DatabaseBackups(dir.resolve("backups/database"), Clock.offset(clock, Duration.ofMinutes(2))).restore(db,
                    backups.list().stream().filter(b -> b.path().equals(old.path())).findFirst().orElseThrow());
            assertThat(note(db)).isEqualTo("old");
            assertThat(backups.list()).anyMatch(b -> b.reason().equals("before-restore"));
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefused() {
        try (var lock = InstanceLock.acquire(dir)) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir)).isInstanceOf(AlreadyRunningException.class)
                    .hasMessageContaining("already running");
        }
        InstanceLock.acquire(dir).close();
    }

    @Test
    void aReadOnlyDataFolderGetsAPlainMessage() throws Exception {
        var folder = Files.createDirectories(dir.resolve("ro"));
        folder.toFile().setWritable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who can write anyway");
            assertThatThrownBy(() -> DataStore.open(folder, clock)).isInstanceOf(StorageException.class)
                    .hasMessageContaining(folder.toString());
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedGetsAPlainMessage() throws Exception {
        var file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataStore.open(file.resolve("data"), clock)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("Cannot create the data folder " + file.resolve("data"))
                .hasMessageContaining("Choose another folder with --data-dir");
    }

    private static void corrupt(Path file) throws Exception {
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write("this is no longer an SQLite header....".getBytes());
        }
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    }
}
