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
                    .singleElement().asString().startsWith("before-import-000001-");
        }
    }

    private static final Path FIXTURE = Path.of("src/test/resources/backups/schema-2.json");

    /**
     * The backup fixture was exported at schema 2 with real data (answers, attempts, checklist, settings) and is
     * never rewritten: after every future migration this test imports it by migrating it forward (issue 21, case 8).
     */
    @Test
    void theSchema2FixtureImportsIntoAFreshFolderWithAllItsData() {
        try (var app = App.open(dir.resolve("fresh"), Clock.systemUTC())) {
            var imported = app.backup().importBackup(FIXTURE);
            assertThat(imported.rows()).isEqualTo(1 + 3 + 6 + 160 + 60);
            assertThat(imported.notes()).isEmpty();
            assertThat(app.progress().checklist("2025-09-30", io.studycompanion.domain.ChecklistFilter.NONE).overall().ticked())
                    .isEqualTo(2);
            assertThat(app.preferences().examDate()).contains(java.time.LocalDate.of(2026, 3, 24));
            var quiz = app.uiServices().quiz();
            assertThat(quiz.pastAttempts()).hasSize(5);
            assertThat(quiz.unfinished()).hasValueSatisfying(a -> assertThat(a.elapsed()).hasSeconds(321));
            assertThat(quiz.history().lastCorrect()).isNotEmpty();
            var newest = app.uiServices().safety().backups().get(0);
            assertThat(newest.reason()).as("a backup of the new state").isEqualTo("after-import");
            assertThat(newest.answers()).hasValue(60);
        }
    }

    /** Issue 21, case 8: a backup of an earlier schema was refused; it is now migrated forward in a scratch database. */
    @Test
    void aBackupOfAnEarlierSchemaIsMigratedForward() throws Exception {
        var json = Files.readString(FIXTURE);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        var tables = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("tables");
        tables.remove(java.util.List.of("attempt", "attempt_item", "review_state")); // schema 1 had only these two
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("schemaVersion", 1);
        var old = dir.resolve("schema-1.json");
        Files.writeString(old, tree.toPrettyString());
        try (var app = App.open(dir.resolve("fresh"), Clock.systemUTC())) {
            makeProgress(app);
            assertThat(app.backup().importBackup(old).rows()).isEqualTo(4);
            assertThat(app.progress().checklist("2025-09-30", io.studycompanion.domain.ChecklistFilter.NONE).overall().ticked())
                    .isEqualTo(2);
            assertThat(app.uiServices().quiz().pastAttempts()).as("schema 1 had no quizzes").isEmpty();
            assertThat(app.preferences().examDate()).contains(java.time.LocalDate.of(2026, 3, 24));
        }
        try (var files = Files.list(dir.resolve("fresh"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the scratch database is gone")
                    .noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void aBackupOfANewerSchemaIsRefusedPlainly() throws Exception {
        var newer = dir.resolve("newer.json");
        Files.writeString(newer, Files.readString(FIXTURE).replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 9"));
        try (var app = App.open(dir.resolve("a"), Clock.systemUTC())) {
            assertThatThrownBy(() -> app.backup().importBackup(newer)).hasMessageContaining("newer version of Study Companion")
                    .hasMessageContaining("schema 9").hasMessageContaining("nothing was changed");
        }
    }

    /**
     * Issue 21, case 8: before-import copies were named to the second (a second import in the same second replaced
     * the first) and never pruned.
     */
    @Test
    void beforeImportCopiesHaveUniqueNamesAndArePruned() throws Exception {
        var fixed = Clock.fixed(java.time.Instant.parse("2026-02-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        try (var app = App.open(dir.resolve("a"), fixed)) {
            app.backup().importBackup(FIXTURE);
            app.backup().importBackup(FIXTURE);
            assertThat(beforeImportCopies()).hasSize(2);
            for (int i = 0; i < 25; i++) {
                app.backup().importBackup(FIXTURE);
            }
            assertThat(beforeImportCopies()).hasSize(io.studycompanion.storage.BackupRotation.NEWEST)
                    .contains("before-import-000027-20260201-100000.json");
        }
    }

    private java.util.List<String> beforeImportCopies() throws Exception {
        try (var files = Files.list(dir.resolve("a/backups"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("before-import-")).toList();
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
