package io.studycompanion.service;

import io.studycompanion.App;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuizScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export → import round trip of all progress against real SQLite files, and the CSV of answers. */
class BackupServiceTest {
    @TempDir
    Path dir;

    private void makeProgress(App app) {
        var id = ObjectiveId.parse("2025-09-30:1.1.2");
        app.progress().setTicked(id, true);
        app.progress().setStatus(id, ObjectiveStatus.LEARNING);
        app.progress().setNote(id, "Pipeline.fit → PipelineModel, \"quoted\", ünïcode");
        app.preferences().setExamDate(Optional.of(java.time.LocalDate.of(2026, 12, 24)));
        var quiz = app.uiServices().quiz();
        var practice = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 4);
        for (var item : practice.items()) {
            var q = quiz.questions().get(item.questionId());
            practice = quiz.answer(practice, item.position(), item.position() % 2 == 0 ? q.key() : wrong(q));
        }
        practice = quiz.flag(practice, 1, true);
        quiz.confidence(practice, 2, Optional.of(Confidence.UNSURE));
        var exam = quiz.startExam("2025-09-30");
        var first = quiz.questions().get(exam.item(0).questionId());
        quiz.elapsed(quiz.answer(exam, 0, wrong(first)), java.time.Duration.ofSeconds(321));
    }

    /** A complete but wrong answer: as many choices as the question asks for, one of them not in the key. */
    private static Set<String> wrong(io.studycompanion.domain.Question q) {
        var picked = new java.util.TreeSet<>(q.key());
        picked.remove(picked.first());
        picked.add(q.choices().stream().map(c -> c.id()).filter(id -> !q.key().contains(id)).findFirst().orElseThrow());
        return picked;
    }

    @Test
    void everythingRoundTripsExactly() throws Exception {
        var first = dir.resolve("first.json");
        var second = dir.resolve("second.json");
        try (var app = App.open(dir.resolve("a"), Clock.systemUTC())) {
            makeProgress(app);
            assertThat(app.backup().exportJson(first)).isGreaterThan(60);
        }
        try (var app = App.open(dir.resolve("b"), Clock.systemUTC())) {
            app.progress().setNote(ObjectiveId.parse("2025-09-30:3.2.1"), "will be replaced");
            app.backup().importBackup(first);
            app.backup().exportJson(second);
            assertThat(app.progress().checklist("2025-09-30", io.studycompanion.domain.ChecklistFilter.NONE).overall().ticked()).isEqualTo(1);
            assertThat(app.uiServices().quiz().unfinished()).isPresent();
            assertThat(app.preferences().examDate()).contains(java.time.LocalDate.of(2026, 12, 24));
        }
        assertThat(withoutTimestamp(second)).isEqualTo(withoutTimestamp(first));
        try (var files = Files.list(dir.resolve("b/backups"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith("before-import-");
        }
    }

    @Test
    void aBrokenOrForeignBackupChangesNothing() throws Exception {
        try (var app = App.open(dir.resolve("a"), Clock.systemUTC())) {
            makeProgress(app);
            var before = dir.resolve("before.json");
            app.backup().exportJson(before);
            var notJson = dir.resolve("x.json");
            Files.writeString(notJson, "{ this is not json");
            assertThatThrownBy(() -> app.backup().importBackup(notJson)).hasMessageContaining("x.json is not a Study Companion backup");
            var foreign = dir.resolve("y.json");
            Files.writeString(foreign, Files.readString(before).replace("\"objective_progress\"", "\"evil_table\""));
            assertThatThrownBy(() -> app.backup().importBackup(foreign)).hasMessageContaining("unknown table 'evil_table'")
                    .hasMessageContaining("Nothing was changed");
            var after = dir.resolve("after.json");
            app.backup().exportJson(after);
            assertThat(withoutTimestamp(after)).isEqualTo(withoutTimestamp(before));
        }
    }

    @Test
    void answersExportAsCsv() throws Exception {
        try (var app = App.open(dir.resolve("a"), Clock.systemUTC())) {
            makeProgress(app);
            var csv = dir.resolve("answers.csv");
            assertThat(app.backup().exportAnswersCsv(csv)).isEqualTo(64);
            var lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(65);
            assertThat(lines.get(0)).startsWith("attempt,mode,exam_version,started_at,submitted_at,position,question_id");
            assertThat(lines.get(1)).contains(",PRACTICE,2025-09-30,").contains(",true,");
            assertThat(lines.get(2)).contains(",false,true,");
        }
    }

    private static String withoutTimestamp(Path file) throws Exception {
        return Files.readString(file).replaceAll("\"exportedAt\" : \"[^\"]+\"", "");
    }
}
