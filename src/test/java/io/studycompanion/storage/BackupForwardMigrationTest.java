package io.studycompanion.storage;

import io.studycompanion.content.BackupJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, case 8: a JSON backup of an earlier schema is imported by migrating it forward in a scratch database.
 * The schema-2 fixture goes through the bundled migration 003 (which rebuilds attempt_item with a generated time
 * column) and a synthetic later one (test-only), data and all, exactly as an old database file would.
 */
class BackupForwardMigrationTest {
    @TempDir
    Path dir;

    private static final String THIRD = """
            -- a later migration (test only): a new column computed from the old data; a trigger; a ';' and '--' in a string
            ALTER TABLE objective_progress ADD COLUMN note_length INTEGER NOT NULL DEFAULT 0;
            UPDATE objective_progress SET note_length = length(note);
            CREATE TRIGGER note_length AFTER UPDATE OF note ON objective_progress
            BEGIN
                UPDATE objective_progress SET note_length = length(NEW.note) WHERE objective_id = NEW.objective_id;
            END;
            INSERT INTO setting (name, value) VALUES ('migrated', 'later; -- done');
            """;

    @Test
    void theSchema2FixtureIsBroughtThroughALaterMigration() throws Exception {
        var scripts = new ArrayList<>(Migrations.bundled().scripts());
        scripts.add(THIRD);
        try (var db = Database.open(dir.resolve(Database.FILE_NAME), new Migrations(scripts), d -> { })) {
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion() + 1);
            var backups = new BackupRepository(db);
            var rows = backups.restore(sink -> {
                try (var in = Files.newInputStream(Path.of("src/test/resources/backups/schema-2.json"))) {
                    new BackupJson().read(in, "schema-2.json", sink);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(rows).isEqualTo(230);
            var lengths = db.query("SELECT objective_id, note_length, length(note) FROM objective_progress ORDER BY objective_id",
                    "test", rs -> {
                        var list = new ArrayList<List<Object>>();
                        while (rs.next()) {
                            list.add(List.of(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                        }
                        return list;
                    });
            assertThat(lengths).hasSize(3).allMatch(r -> r.get(1).equals(r.get(2)));
            assertThat(lengths.get(0).get(1)).isNotEqualTo(0);
            assertThat(db.query("SELECT value FROM setting WHERE name = 'migrated'", "test", rs -> {
                rs.next();
                return List.of(rs.getString(1));
            })).as("rows the migration itself adds come along").containsExactly("later; -- done");
            assertThat(db.query("SELECT count(*) FROM attempt_item WHERE selected <> ''", "test", rs -> {
                rs.next();
                return List.of(rs.getInt(1));
            })).containsExactly(60);
            assertThat(db.query("SELECT count(*), sum(answered_ms IS NULL), "
                    + "sum(answered_ms <> CAST(ROUND((julianday(answered_at) - 2440587.5) * 86400000.0) AS INTEGER)) "
                    + "FROM attempt_item WHERE answered_at IS NOT NULL", "test", rs -> {
                rs.next();
                return List.of(List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
            })).as("every answered row carries its time in milliseconds").singleElement()
                    .satisfies(r -> assertThat(r.get(0)).isPositive())
                    .satisfies(r -> assertThat(r.subList(1, 3)).containsExactly(0, 0));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }
}
