package io.studycompanion.storage;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void newDatabaseIsMigratedToTheLatestSchemaWithWalAndForeignKeys() throws Exception {
        try (var db = Database.openIn(dir.resolve("nested/data"))) {
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion()).isPositive();
            try (var st = db.connection().createStatement()) {
                var wal = st.executeQuery("PRAGMA journal_mode");
                assertThat(wal.getString(1)).isEqualTo("wal");
                var fk = st.executeQuery("PRAGMA foreign_keys");
                assertThat(fk.getInt(1)).isEqualTo(1);
            }
        }
        assertThat(dir.resolve("nested/data/" + Database.FILE_NAME)).exists();
    }

    @Test
    void reopeningKeepsDataAndDoesNotReapplyMigrations() {
        var id = ObjectiveId.parse("2025-09-30:1.1.1");
        try (var db = Database.openIn(dir)) {
            new ObjectiveProgressRepository(db, clock).save(new ObjectiveProgress(id, true, ObjectiveStatus.LEARNING, "n"));
        }
        try (var db = Database.openIn(dir)) {
            assertThat(new ObjectiveProgressRepository(db, clock).find(id))
                    .isEqualTo(new ObjectiveProgress(id, true, ObjectiveStatus.LEARNING, "n"));
        }
    }

    @Test
    void databaseFromANewerAppIsRefusedAndLeftUntouched() throws Exception {
        var file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE future (x TEXT)");
            st.execute("PRAGMA user_version=99");
        }
        var before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.openIn(dir))
                .isInstanceOf(DatabaseTooNewException.class)
                .hasMessageContaining("newer version of Study Companion")
                .hasMessageContaining("schema 99")
                .hasMessageContaining("has not been changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearError() throws Exception {
        Files.writeString(dir.resolve(Database.FILE_NAME), "this is not sqlite, just text ".repeat(100));
        assertThatThrownBy(() -> Database.openIn(dir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(Database.FILE_NAME);
    }

    /**
     * Issue 21, case 8: the runner split scripts on ';' and stripped '--' anywhere, so a migration with a trigger, or a
     * string holding either, broke every user's upgrade. Scripts now run whole, through SQLite's own parser.
     */
    @Test
    void aMigrationWithATriggerAndStringsHoldingSemicolonsAndDashesRunsWhole() throws Exception {
        var third = """
                -- 003: a test-only migration; comments -- anywhere; and a trigger
                ALTER TABLE setting ADD COLUMN changed TEXT NOT NULL DEFAULT 'never; -- not a comment';
                CREATE TRIGGER setting_changed AFTER UPDATE OF value ON setting
                BEGIN
                    UPDATE setting SET changed = 'changed; -- twice' WHERE name = NEW.name; -- inside the trigger
                END;
                INSERT INTO setting (name, value) VALUES ('motto', 'a; b -- c'); /* a block comment; */
                """;
        var scripts = new java.util.ArrayList<>(Migrations.bundled().scripts());
        scripts.add(third);
        try (var db = Database.open(dir.resolve(Database.FILE_NAME), new Migrations(scripts), d -> { })) {
            assertThat(db.userVersion()).isEqualTo(scripts.size());
            db.update("UPDATE setting SET value = 'x' WHERE name = 'motto'", "test");
            var row = db.query("SELECT value, changed FROM setting WHERE name = 'motto'", "test", rs -> {
                rs.next();
                return java.util.List.of(rs.getString(1), rs.getString(2));
            });
            assertThat(row).containsExactly("x", "changed; -- twice");
        }
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAsItWasAndSaysSoPlainly() {
        var scripts = new java.util.ArrayList<>(Migrations.bundled().scripts());
        scripts.add("CREATE TABLE extra (x TEXT); INSERT INTO no_such_table VALUES (1);");
        int latest = Database.latestVersion();
        try (var db = Database.openIn(dir)) {
            assertThat(db.userVersion()).isEqualTo(latest);
        }
        assertThatThrownBy(() -> Database.open(dir.resolve(Database.FILE_NAME), new Migrations(scripts), d -> { }))
                .isInstanceOf(StorageException.class).hasMessageContaining("schema " + (latest + 1))
                .hasMessageNotContaining("[SQLITE_");
        try (var db = Database.openIn(dir)) {
            assertThat(db.userVersion()).isEqualTo(latest);
            assertThat(db.query("SELECT name FROM sqlite_master WHERE name = 'extra'", "test", rs -> {
                var names = new java.util.ArrayList<String>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            })).isEmpty();
        }
    }

    /** Issue 21, case 1: no memory-mapped -shm file (it faulted with SIGBUS on a full disk). */
    @Test
    void theDatabaseKeepsItsWalIndexInMemoryAndMakesNoShmFile() throws Exception {
        try (var db = Database.openIn(dir)) {
            db.update("INSERT INTO setting (name, value) VALUES ('a', 'b')", "test");
            assertThat(dir.resolve(Database.FILE_NAME + "-wal")).exists();
            assertThat(dir.resolve(Database.FILE_NAME + "-shm")).doesNotExist();
            try (var st = db.connection().createStatement(); var rs = st.executeQuery("PRAGMA locking_mode")) {
                assertThat(rs.getString(1)).isEqualTo("exclusive");
            }
        }
    }
}
