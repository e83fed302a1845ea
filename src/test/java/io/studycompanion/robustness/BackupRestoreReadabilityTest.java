package io.studycompanion.robustness;

import io.studycompanion.App;
import io.studycompanion.content.BackupJson;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.storage.BackupRepository;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Found while fuzzing the backup importer: {@code BackupRepository.restore} checks tables, columns and row
 * lengths, and SQLite checks types and constraints, but nothing checks the text of time stamps and ids. A backup
 * whose {@code attempt.started_at}, {@code attempt_item.answered_at}, {@code review_state.due_on} or
 * {@code objective_progress.objective_id} is damaged is restored, after which every read of the quiz history
 * throws {@code DateTimeParseException} (quiz screen, dashboard, readiness report) until the data is repaired
 * by hand. The fuzz test counts these as "accepted, then the app fails to read it".
 *
 * <p>Regression test: restore reads the rows back inside its transaction and refuses what it cannot read.
 */
class BackupRestoreReadabilityTest {
    @TempDir
    Path dir;

    @Test
    void aBackupWithAnUnreadableTimeStampIsRefusedAndChangesNothing() {
        var clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
        try (var app = App.open(dir, clock)) {
            var quiz = app.uiServices().quiz();
            var practice = quiz.startPractice(QuizDriver.VERSION, new QuizScope.Everything(), 2);
            quiz.answer(practice, 0, Set.of(practice.item(0).choiceOrder().get(0)));
        }
        try (var db = Database.openIn(dir)) {
            var backups = new BackupRepository(db);
            var json = new BackupJson();
            var before = backups.dump(Instant.now());
            var damaged = json.write(before).replace("\"2026-11-21T09:00:00Z\"", "\"2026-11-21T09:00\"");
            assertThat(damaged).isNotEqualTo(json.write(before));

            assertThatThrownBy(() -> backups.restore(json.read(damaged, "damaged.json")))
                    .isInstanceOf(StorageException.class).hasMessageContaining("Nothing was changed");
            assertThat(backups.dump(Instant.now()).tables()).isEqualTo(before.tables());
        }
    }
}
