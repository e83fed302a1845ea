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

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertThat(Migrations.statements("-- note; with semicolon\nCREATE TABLE a (x);\n\nCREATE TABLE b (y);\n"))
                .containsExactly("CREATE TABLE a (x)", "CREATE TABLE b (y)");
    }
}
