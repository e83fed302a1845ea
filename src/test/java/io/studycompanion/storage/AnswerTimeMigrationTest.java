package io.studycompanion.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 003 rebuilds attempt_item with a stored generated column answered_ms (epoch milliseconds of answered_at):
 * a schema-2 file keeps every row, its rowid and its values; the milliseconds agree with Java's reading of the ISO
 * time, follow later updates, and stay out of backups (SQLite computes them again on restore).
 */
class AnswerTimeMigrationTest {
    @TempDir
    Path dir;

    private static final String[] TIMES = {"2026-11-01T09:00:00Z", "2026-11-01T09:00:00.5Z",
            "2026-11-01T09:00:01.123456789Z", "1999-12-31T23:59:59.999Z"};

    @Test
    void aSchema2FileKeepsItsAnswersAndGainsTheirTimesInMilliseconds() {
        var file = dir.resolve(Database.FILE_NAME);
        var schema2 = new Migrations(Migrations.bundled().scripts().subList(0, 2));
        try (var db = Database.open(file, schema2, d -> { })) {
            assertThat(db.userVersion()).isEqualTo(2);
            db.update("INSERT INTO attempt (id, mode, exam_version, title, started_at) VALUES (7, 'PRACTICE', 'v', 't', ?)",
                    "test", TIMES[0]);
            for (int p = 0; p < TIMES.length; p++) {
                db.update("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order, selected, "
                        + "answered_at, correct) VALUES (7, ?, ?, 'A,B', 'A', ?, ?)", "test", p, "q-" + p, TIMES[p], p % 2);
            }
            db.update("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order) VALUES (7, 9, 'q-9', 'A,B')",
                    "test");
        }
        List<List<Object>> before;
        try (var db = Database.open(file, schema2, d -> { })) {
            before = rows(db, "SELECT rowid, attempt_id, position, question_id, selected, answered_at, correct FROM attempt_item ORDER BY rowid");
        }

        try (var db = Database.open(file)) {
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion()).isGreaterThanOrEqualTo(3);
            assertThat(rows(db, "SELECT rowid, attempt_id, position, question_id, selected, answered_at, correct FROM attempt_item ORDER BY rowid"))
                    .isEqualTo(before).hasSize(5);
            var millis = rows(db, "SELECT answered_at, answered_ms FROM attempt_item ORDER BY rowid");
            for (int p = 0; p < TIMES.length; p++) {
                assertThat(millis.get(p).get(1)).as(TIMES[p])
                        .isEqualTo(Instant.parse(TIMES[p]).toEpochMilli());
            }
            assertThat(millis.get(4).get(1)).as("an unanswered item has no time").isNull();
            assertThat(rows(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attempt_item' AND sql IS NOT NULL"))
                    .containsExactly(List.of("attempt_item_by_question"));

            db.update("UPDATE attempt_item SET answered_at = ?, correct = 1 WHERE position = 9", "test", "2026-12-06T21:00:00.25Z");
            assertThat(rows(db, "SELECT answered_ms FROM attempt_item WHERE position = 9"))
                    .containsExactly(List.of(Instant.parse("2026-12-06T21:00:00.25Z").toEpochMilli()));

            var backups = new BackupRepository(db);
            var dump = backups.dump(Instant.parse(TIMES[0]));
            assertThat(dump.tables()).flatExtracting(t -> t.columns()).contains("answered_at").doesNotContain("answered_ms");
            assertThat(backups.restore(dump)).isEqualTo(6);
            assertThat(rows(db, "SELECT answered_ms FROM attempt_item WHERE position = 9"))
                    .as("computed again on restore").containsExactly(List.of(Instant.parse("2026-12-06T21:00:00.25Z").toEpochMilli()));
        }
    }

    @Test
    void aSchema2FileInAFolderThatCannotBeWrittenIsReadThroughAnUpgradedCopyAndLeftAsItIs() throws Exception {
        var file = dir.resolve(Database.FILE_NAME);
        var schema2 = new Migrations(Migrations.bundled().scripts().subList(0, 2));
        try (var db = Database.open(file, schema2, d -> { })) {
            db.update("INSERT INTO attempt (id, mode, exam_version, title, started_at, submitted_at) "
                    + "VALUES (7, 'PRACTICE', 'v', 't', ?, ?)", "test", TIMES[0], TIMES[0]);
            db.update("INSERT INTO attempt_item (attempt_id, position, question_id, choice_order, selected, answered_at, "
                    + "correct) VALUES (7, 0, 'q-0', 'A,B', 'A', ?, 1)", "test", TIMES[2]);
        }
        var bytes = java.nio.file.Files.readAllBytes(file);

        try (var db = Database.openReadOnly(file)) {
            assertThat(db.readOnly()).isTrue();
            assertThat(db.userVersion()).isEqualTo(Database.latestVersion());
            assertThat(new AttemptRepository(db).finalAnswers()).singleElement()
                    .satisfies(a -> assertThat(a.at()).isEqualTo(Instant.parse(TIMES[2]).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        }
        assertThat(java.nio.file.Files.readAllBytes(file)).as("the file itself is left as it was").isEqualTo(bytes);
        try (var db = Database.open(file, schema2, d -> { })) {
            assertThat(db.userVersion()).isEqualTo(2);
        }
    }

    private static List<List<Object>> rows(Database db, String sql) {
        return db.query(sql, "test", rs -> {
            var list = new ArrayList<List<Object>>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<Object>();
                for (int i = 1; i <= n; i++) {
                    var v = rs.getObject(i);
                    row.add(v instanceof Integer k ? Long.valueOf(k) : v);
                }
                list.add(row);
            }
            return list;
        });
    }
}
