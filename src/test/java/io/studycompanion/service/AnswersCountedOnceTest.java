package io.studycompanion.service;

import io.studycompanion.App;
import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.ReviewRepository;
import io.studycompanion.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every answer counted once, the same way, everywhere: what "answered", "right" and "final" mean, written
 * once and read by history, readiness, review and results; writes that land only where they were meant to.
 * Each test fails on the code before this change. All against a real SQLite file.
 */
class AnswersCountedOnceTest {
    private static final String V = "2025-09-30";
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    private QuizService service(Database db) {
        var catalog = new ExamCatalogLoader(getClass().getClassLoader()).load();
        var bank = new QuestionBankService(() -> catalog, getClass().getClassLoader(), dir.resolve("packs"));
        return new QuizService(() -> catalog, bank, new AttemptRepository(db), new ReviewRepository(db), clock,
                new Random(7));
    }

    @Test
    void anIncompleteOrClearedSelectionIsNoAnswerAnywhere() {
        try (var db = Database.openIn(dir.resolve("d"))) {
            var quiz = service(db);
            var exam = quiz.startExam(V);
            int multi = firstMultiple(quiz, exam);
            var order = exam.item(multi).choiceOrder();
            exam = quiz.answer(exam, multi, Set.of(order.get(0)));                 // "choose 2", one picked
            assertThat(exam.item(multi).answered()).as("one of two picks").isFalse();
            assertThat(exam.unansweredPositions()).contains(multi);
            assertThat(quiz.unfinished().orElseThrow().item(multi).selected()).as("kept for the learner")
                    .containsExactly(order.get(0));

            var practice = quiz.startPractice(V, new QuizScope.Everything(), 3);
            practice = quiz.answer(practice, 0, Set.of());                           // picked, then unpicked
            assertThat(practice.item(0).answered()).isFalse();
            assertThat(new AttemptRepository(db).finalAnswers()).as("nothing counts yet").isEmpty();
        }
    }

    @Test
    void aRunningExamCountsNowhereAndASubmittedOneCountsEveryQuestionOnce() {
        try (var db = Database.openIn(dir.resolve("d"))) {
            var quiz = service(db);
            var repo = new AttemptRepository(db);
            var exam = quiz.startExam(V);
            var first = quiz.questions().get(exam.item(0).questionId());
            exam = quiz.answer(exam, 0, wrongAnswer(first));
            assertThat(quiz.history().lastCorrect()).as("mid-exam, 'missed before' must not reveal it")
                    .doesNotContainKey(first.id());
            assertThat(repo.finalAnswers()).isEmpty();

            var done = quiz.submit(exam);
            assertThat(repo.finalAnswers()).as("60 questions, the 59 untouched ones wrong").hasSize(60)
                    .allMatch(a -> !a.correct());
            assertThat(new ReviewRepository(db).all()).as("the same 60 in the review schedule").hasSize(60);
            assertThat(quiz.history().lastCorrect()).containsEntry(first.id(), false);
            assertThat(quiz.result(done).overall().correct()).isZero();
            assertThat(quiz.result(done).unanswered()).isEqualTo(59);
        }
    }

    @Test
    void anExamLeftToTimeOutWithNothingAnsweredIsNoResult() {
        try (var db = Database.openIn(dir.resolve("d"))) {
            var quiz = service(db);
            quiz.submit(quiz.startExam(V));
            var repo = new AttemptRepository(db);
            assertThat(repo.tallies(QuizMode.EXAM)).as("not plotted as a 0% sitting").isEmpty();
            assertThat(repo.finalAnswers()).isEmpty();
            assertThat(new ReviewRepository(db).all()).isEmpty();
        }
    }

    @Test
    void resultsReadTheVerdictStoredWithEachAnswerNotTodaysBank() {
        try (var db = Database.openIn(dir.resolve("d"))) {
            var quiz = service(db);
            var practice = quiz.startPractice(V, new QuizScope.Everything(), 2);
            var q = quiz.questions().get(practice.item(0).questionId());
            practice = quiz.answer(practice, 0, q.key());
            var done = quiz.submit(practice);
            // The same attempt read where its question is gone (a backup moved without its pack):
            var gone = new Attempt(done.id(), done.mode(), done.examVersion(), done.title(), done.startedAt(),
                    done.timeLimit(), done.elapsed(), done.items().stream()
                    .map(i -> i.position() == 0 ? renamed(i) : i).toList(), done.submittedAt());
            assertThat(quiz.result(gone).overall().correct()).isEqualTo(quiz.result(done).overall().correct())
                    .isEqualTo(1);
        }
    }

    @Test
    void discardKeepsPracticeAnswersThatWereFinalAndAbandonsAnExamWithoutAScore() {
        try (var db = Database.openIn(dir.resolve("d"))) {
            var quiz = service(db);
            var repo = new AttemptRepository(db);
            var practice = quiz.startPractice(V, new QuizScope.Everything(), 5);
            var q = quiz.questions().get(practice.item(2).questionId());
            practice = quiz.answer(practice, 2, q.key());
            quiz.discard(practice);
            assertThat(quiz.unfinished()).isEmpty();
            assertThat(quiz.pastAttempts()).singleElement().satisfies(a -> {
                assertThat(a.overall()).isEqualTo(new io.studycompanion.domain.quiz.ScoreLine("", "Overall", 1, 1));
                assertThat(quiz.attempt(a.id()).orElseThrow().items()).singleElement().satisfies(i -> {
                    assertThat(i.questionId()).isEqualTo(q.id());
                    assertThat(i.position()).isZero();
                    assertThat(i.right()).isTrue();
                });
            });
            assertThat(repo.finalAnswers()).singleElement().satisfies(a -> assertThat(a.correct()).isTrue());

            var exam = quiz.startExam(V);
            var e0 = quiz.questions().get(exam.item(0).questionId());
            exam = quiz.answer(exam, 0, e0.key());
            quiz.discard(exam);
            assertThat(quiz.unfinished()).isEmpty();
            assertThat(repo.submitted(QuizMode.EXAM)).as("abandoned, not scored").isEmpty();
            assertThat(repo.finalAnswers()).hasSize(1);
        }
    }

    @Test
    void anAnswerAndItsReviewScheduleAreOneTransaction() throws Exception {
        var folder = dir.resolve("d");
        io.studycompanion.domain.quiz.Attempt practice;
        try (var db = Database.openIn(folder)) {
            practice = service(db).startPractice(V, new QuizScope.Everything(), 2);
        }
        // Between two runs of the app (it holds the database exclusively while open): the schedule's write will
        // fail after the answer's write.
        try (var raw = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME));
             var st = raw.createStatement()) {
            st.execute("CREATE TRIGGER no_schedule BEFORE INSERT ON review_state "
                    + "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        }
        try (var db = Database.openIn(folder)) {
            var quiz = service(db);
            var q = quiz.questions().get(practice.item(0).questionId());
            var attempt = practice;
            assertThatThrownBy(() -> quiz.answer(attempt, 0, wrongAnswer(q))).isInstanceOf(StorageException.class);
            assertThat(quiz.unfinished().orElseThrow().item(0).answered()).as("rolled back with its schedule")
                    .isFalse();
        }
    }

    @Test
    void anExamCannotBeSubmittedTwice() {
        try (var db = Database.openIn(dir.resolve("d"))) {
            var quiz = service(db);
            var exam = quiz.startExam(V);
            exam = quiz.answer(exam, 0, quiz.questions().get(exam.item(0).questionId()).key());
            var open = exam;
            quiz.submit(open);
            assertThatThrownBy(() -> quiz.submit(open)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("no longer in your data");
            assertThat(new ReviewRepository(db).all()).as("the 59 wrong ones, once").hasSize(59);
        }
    }

    /** Case 1: a quiz still open while its data was replaced by a backup writes nothing into the new data. */
    @Test
    void aQuizOpenWhileABackupIsImportedWritesNothingIntoTheImportedData() {
        var backup = dir.resolve("backup.json");
        long importedElapsed;
        try (var other = App.open(dir.resolve("other"), clock)) {
            var quiz = other.uiServices().quiz();
            var exam = quiz.startExam(V);
            importedElapsed = quiz.elapsed(exam, Duration.ofMinutes(5)).elapsed().toMillis();
            other.uiServices().backup().exportJson(backup);
        }
        try (var app = App.open(dir.resolve("mine"), Clock.offset(clock, Duration.ofHours(1)))) {
            var quiz = app.uiServices().quiz();
            var mine = quiz.startExam(V);                         // same id (1), a different attempt
            app.uiServices().backup().importBackup(backup);
            var q = quiz.questions().get(mine.item(0).questionId());
            assertThatThrownBy(() -> quiz.elapsed(mine, Duration.ofSeconds(6))).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> quiz.answer(mine, 0, q.key())).isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> quiz.submit(mine)).isInstanceOf(StorageException.class);
            var imported = quiz.unfinished().orElseThrow();
            assertThat(imported.elapsed().toMillis()).isEqualTo(importedElapsed);
            assertThat(imported.answeredCount()).isZero();
            assertThat(imported.submitted()).isFalse();
        }
    }

    private static int firstMultiple(QuizService quiz, Attempt exam) {
        for (var item : exam.items()) {
            if (quiz.questions().get(item.questionId()).choose() > 1) {
                return item.position();
            }
        }
        throw new AssertionError("the exam draws no multiple-answer question");
    }

    private static Set<String> wrongAnswer(Question q) {
        var ids = q.choices().stream().map(c -> c.id()).filter(id -> !q.key().contains(id)).toList();
        return new HashSet<>(ids.subList(0, q.choose()));
    }

    private static io.studycompanion.domain.quiz.AttemptItem renamed(io.studycompanion.domain.quiz.AttemptItem i) {
        return new io.studycompanion.domain.quiz.AttemptItem(i.position(), "renamed-" + i.questionId(),
                i.choiceOrder(), i.selected(), i.flagged(), i.confidence(), i.answeredAt(), i.correct());
    }
}
