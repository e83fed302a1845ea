package io.studycompanion.service;

import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuestionSelector;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.ReviewRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiz sessions against a real SQLite file, including a restart in the middle of an exam. */
class QuizServiceTest {
    @TempDir
    Path dir;
    private Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    private QuizService service(Database db) {
        var catalog = new ExamCatalogLoader(getClass().getClassLoader()).load();
        var bank = new QuestionBankService(() -> catalog, getClass().getClassLoader(), dir.resolve("packs"));
        return new QuizService(() -> catalog, bank, new AttemptRepository(db), new ReviewRepository(db), clock, new Random(42));
    }

    @Test
    void examIsDrawnToTheBlueprintWithTheTimeLimit() {
        try (var db = Database.openIn(dir)) {
            var exam = service(db).startExam("2025-09-30");
            assertThat(exam.items()).hasSize(60);
            assertThat(exam.timeLimit()).contains(Duration.ofMinutes(120));
            var perSection = exam.items().stream().map(i -> service(db).questions().get(i.questionId()))
                    .collect(Collectors.groupingBy(q -> QuestionSelector.sectionOf(q, "2025-09-30"), Collectors.counting()));
            assertThat(perSection).containsEntry(1, 27L).containsEntry(2, 26L).containsEntry(3, 7L);
            assertThat(exam.items().stream().map(i -> i.questionId()).distinct()).hasSize(60);
        }
    }

    @Test
    void anExamResumesAfterARestartWithItsQuestionsOrderAnswersAndTimeLeft() {
        String firstQuestion;
        java.util.List<String> order;
        int choose;
        try (var db = Database.openIn(dir)) {
            var quiz = service(db);
            var exam = quiz.startExam("2025-09-30");
            firstQuestion = exam.item(0).questionId();
            order = exam.item(0).choiceOrder();
            choose = quiz.questions().get(firstQuestion).choose();
            exam = quiz.answer(exam, 0, Set.copyOf(order.subList(1, 1 + choose)));
            exam = quiz.flag(exam, 3, true);
            exam = quiz.confidence(exam, 0, Optional.of(Confidence.GUESS));
            quiz.elapsed(exam, Duration.ofMinutes(17).plusSeconds(5));
        }
        try (var db = Database.openIn(dir)) {
            var resumed = service(db).unfinished().orElseThrow();
            assertThat(resumed.mode()).isEqualTo(QuizMode.EXAM);
            assertThat(resumed.item(0).questionId()).isEqualTo(firstQuestion);
            assertThat(resumed.item(0).choiceOrder()).isEqualTo(order);
            assertThat(resumed.item(0).selected()).containsExactlyInAnyOrderElementsOf(order.subList(1, 1 + choose));
            assertThat(resumed.item(0).confidence()).contains(Confidence.GUESS);
            assertThat(resumed.item(3).flagged()).isTrue();
            assertThat(resumed.remaining()).contains(Duration.ofMinutes(120 - 17).minusSeconds(5));
            assertThat(resumed.answeredCount()).isEqualTo(1);
        }
    }

    @Test
    void submittedAttemptsAreListedAndNoLongerUnfinished() {
        try (var db = Database.openIn(dir)) {
            var quiz = service(db);
            var practice = quiz.startPractice("2025-09-30", new QuizScope.Section(3, "Model Deployment"), 5);
            assertThat(practice.items()).hasSize(5);
            for (var item : practice.items()) {
                var key = quiz.questions().get(item.questionId()).key();
                practice = quiz.answer(practice, item.position(), key);
            }
            var done = quiz.submit(practice);
            assertThat(quiz.unfinished()).isEmpty();
            assertThat(quiz.pastAttempts()).extracting(a -> a.id()).containsExactly(done.id());
            var result = quiz.result(done);
            assertThat(result.overall().correct()).isEqualTo(5);
            assertThat(result.passed()).isTrue();
            assertThat(result.sections()).extracting(s -> s.code()).containsExactly("3");
        }
    }

    @Test
    void aNewPracticeQuizAndAnExamSimulationTakeQuestionsNotAnsweredYet() {
        try (var db = Database.openIn(dir)) {
            var quiz = service(db);
            var scope = new QuizScope.Section(3, "Model Deployment");
            var before = quiz.count("2025-09-30", scope);
            assertThat(before.unseen()).isEqualTo(before.questions()).isGreaterThan(30);
            var first = quiz.startPractice("2025-09-30", scope, 20);
            for (var item : first.items()) {
                first = quiz.answer(first, item.position(), quiz.questions().get(item.questionId()).key());
            }
            quiz.submit(first);
            var answered = first.items().stream().map(i -> i.questionId()).collect(java.util.stream.Collectors.toSet());
            assertThat(quiz.count("2025-09-30", scope).unseen()).isEqualTo(before.questions() - 20);

            var second = quiz.startPractice("2025-09-30", scope, 10);
            assertThat(second.items()).extracting(i -> i.questionId()).doesNotContainAnyElementsOf(answered);
            var exam = quiz.startExam("2025-09-30");
            assertThat(exam.items()).hasSize(60).extracting(i -> i.questionId()).doesNotContainAnyElementsOf(answered);
        }
    }

    @Test
    void aMissInPracticeComesBackForReviewTheNextDay() {
        String missed;
        try (var db = Database.openIn(dir)) {
            var quiz = service(db);
            var practice = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 1);
            missed = practice.item(0).questionId();
            var q = quiz.questions().get(missed);
            // A complete answer (as many choices as asked), with one choice that is not in the key.
            var wrong = new java.util.TreeSet<>(q.key());
            wrong.remove(wrong.first());
            wrong.add(q.choices().stream().map(c -> c.id()).filter(id -> !q.key().contains(id)).findFirst().orElseThrow());
            quiz.answer(practice, 0, wrong);
            assertThat(quiz.dueForReview()).isZero();
            assertThat(quiz.count("2025-09-30", new QuizScope.MissedBefore()).questions()).isEqualTo(1);
        }
        clock = Clock.offset(clock, Duration.ofDays(1));
        try (var db = Database.openIn(dir)) {
            var quiz = service(db);
            assertThat(quiz.dueForReview()).isEqualTo(1);
            var review = quiz.startReview("2025-09-30");
            assertThat(review.items()).extracting(i -> i.questionId()).containsExactly(missed);
        }
    }
}
