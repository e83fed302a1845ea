package io.studycompanion.robustness;

import io.studycompanion.App;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuizScope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Real progress made through the services (ticks, notes, settings, practice answers, a submitted exam, an exam
 * left open, the review schedule), used by the tests that need a data folder with data in it, and to write the
 * JSON backup fixture {@code src/test/resources/backups/schema-2.json}:
 * {@code java -cp target/classes:target/test-classes:... io.studycompanion.robustness.BackupFixture OUT.json}.
 * The fixture is kept as written at schema 2: a test imports it after every future migration.
 */
public final class BackupFixture {
    /** Answers given by {@link #makeProgress}, counted in {@code attempt_item} rows with an answer. */
    public static final int ANSWERS = 60;

    private BackupFixture() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Files.createTempDirectory("fixture");
        var clock = new Ticking(Instant.parse("2026-01-15T09:30:00Z"), Duration.ofSeconds(41));
        try (var app = App.open(folder, clock)) {
            makeProgress(app, new Random(21));
            app.backup().exportJson(Path.of(args[0]));
        }
    }

    /** Ticks, notes and settings, {@value #ANSWERS} answers over practice quizzes and a submitted exam, an open exam. */
    public static void makeProgress(App app, Random random) {
        var objectives = new String[] {"2025-09-30:1.1.2", "2025-09-30:2.5.10", "until-2025-09-29:3.1.6"};
        for (var o : objectives) {
            var id = ObjectiveId.parse(o);
            app.progress().setTicked(id, true);
            app.progress().setStatus(id, ObjectiveStatus.LEARNING);
        }
        app.progress().setNote(ObjectiveId.parse(objectives[0]), "Pipeline.fit → PipelineModel; \"quoted\" -- ünïcode");
        app.preferences().setExamDate(Optional.of(java.time.LocalDate.of(2026, 3, 24)));
        var quiz = app.uiServices().quiz();
        int answered = 0;
        for (int round = 0; round < 4; round++) {
            var practice = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 10);
            for (var item : practice.items()) {
                var q = quiz.questions().get(item.questionId());
                practice = quiz.answer(practice, item.position(), random.nextInt(3) > 0 ? q.key() : wrong(q));
                answered++;
            }
            practice = quiz.flag(practice, 1, true);
            quiz.confidence(practice, 2, Optional.of(Confidence.UNSURE));
            quiz.submit(practice);
        }
        var exam = quiz.startExam("2025-09-30");
        for (int i = 0; answered < ANSWERS - 1; i++, answered++) {
            var q = quiz.questions().get(exam.item(i).questionId());
            exam = quiz.answer(exam, i, random.nextBoolean() ? q.key() : wrong(q));
        }
        quiz.submit(exam);
        var open = quiz.startExam("2025-09-30");
        var first = quiz.questions().get(open.item(0).questionId());
        quiz.elapsed(quiz.answer(open, 0, wrong(first)), Duration.ofSeconds(321));
    }

    /** A clock that moves on by a step each time it is read, so the fixture's times differ as real ones do. */
    static final class Ticking extends Clock {
        private Instant now;
        private final Duration step;

        Ticking(Instant start, Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(step);
            return now;
        }
    }

    /** A complete but wrong answer: as many choices as the question asks for, one of them not in the key. */
    static Set<String> wrong(Question q) {
        var picked = new TreeSet<>(q.key());
        picked.remove(picked.first());
        picked.add(q.choices().stream().map(c -> c.id()).filter(id -> !q.key().contains(id)).findFirst().orElseThrow());
        return picked;
    }
}
