package io.studycompanion.ui.quiz;

import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.service.QuestionBankService;
import io.studycompanion.service.QuizService;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.ReviewRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The player's rules without the toolkit: choose-N enforcement, locking, the clock and automatic submission. */
class QuizPlayerViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private QuizService quiz;
    private final List<Attempt> finished = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.openIn(dir);
        var catalog = new ExamCatalogLoader(getClass().getClassLoader()).load();
        var bank = new QuestionBankService(() -> catalog, getClass().getClassLoader(), dir.resolve("packs"));
        quiz = new QuizService(() -> catalog, bank, new AttemptRepository(db), new ReviewRepository(db), Clock.systemUTC(), new Random(3));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void submitCheckNamesMultipleAnswerQuestionsWithTooFewChoices() {
        var model = new QuizPlayerViewModel(quiz, quiz.startExam("2025-09-30"), finished::add);
        int position = -1;
        for (int i = 0; i < 60 && position < 0; i++) {
            model.goTo(i);
            if (model.cardProperty().get().choose() == 2) {
                position = i;
            }
        }
        assertThat(position).as("a blueprint draw of 60 holds a choose-2 question").isNotNegative();
        model.toggle(0);
        assertThat(model.submitWarning()).contains("1 has fewer choices than asked (not answered yet): "
                + (position + 1) + ": 1 of 2 chosen");
        assertThat(model.submitWarning()).startsWith("60 unanswered");
        model.toggle(1);
        assertThat(model.submitWarning()).doesNotContain("fewer choices").startsWith("59 unanswered");
    }

    @Test
    void examSubmitsItselfWhenTheTimeRunsOut() {
        var model = new QuizPlayerViewModel(quiz, quiz.startExam("2025-09-30"), finished::add);
        assertThat(model.timeLeftProperty().get()).isEqualTo("2:00:00");
        model.tick(Duration.ofMinutes(116));
        assertThat(model.timeLowProperty().get()).isTrue();
        assertThat(finished).isEmpty();
        model.tick(Duration.ofMinutes(5));
        assertThat(finished).hasSize(1);
        assertThat(finished.get(0).submitted()).isTrue();
        assertThat(model.timeLeftProperty().get()).isEqualTo("0:00:00");
        assertThat(quiz.unfinished()).isEmpty();
    }

    @Test
    void multipleAnswerQuestionsEnforceChooseN() {
        var attempt = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 331);
        var multiple = attempt.items().stream()
                .filter(i -> quiz.questions().get(i.questionId()).choose() == 2).findFirst().orElseThrow();
        var model = new QuizPlayerViewModel(quiz, attempt, finished::add);
        model.goTo(multiple.position());
        model.toggle(0);
        model.confirm();
        assertThat(model.messageProperty().get()).isEqualTo("Choose 2 answers first.");
        model.toggle(1);
        model.toggle(2);
        assertThat(model.messageProperty().get()).isEqualTo("Choose 2: unselect one of your choices first.");
        assertThat(model.cardProperty().get().selectedCount()).isEqualTo(2);
        model.confirm();
        assertThat(model.cardProperty().get().feedback()).isPresent();
        model.toggle(3);
        assertThat(model.cardProperty().get().selectedCount()).as("a checked answer is locked").isEqualTo(2);
        assertThat(quiz.unfinished().orElseThrow().item(multiple.position()).selected()).hasSize(2);
    }

    @Test
    void submitWarningListsUnansweredAndFlagged() {
        var model = new QuizPlayerViewModel(quiz, quiz.startPractice("2025-09-30", new QuizScope.Everything(), 3), finished::add);
        for (int i = 0; i < model.cardProperty().get().choose(); i++) { // "choose N" needs N picks to be answered
            model.toggle(i);
        }
        model.confirm();
        model.next();
        model.toggleFlag();
        assertThat(model.submitWarning()).isEqualTo("2 unanswered: 2, 3\n1 flagged: 2");
    }

    @Test
    void enterOnTheCheckedLastQuestionFinishesAPractice() {
        var model = new QuizPlayerViewModel(quiz, quiz.startPractice("2025-09-30", new QuizScope.Everything(), 2), finished::add);
        for (int q = 0; q < 2; q++) {
            for (int i = 0; i < model.cardProperty().get().choose(); i++) {
                model.toggle(i);
            }
            model.confirm();                    // check
            assertThat(model.cardProperty().get().feedback()).isPresent();
            model.confirm();                    // go on; on the last question: finish
        }
        assertThat(finished).singleElement().satisfies(a -> assertThat(a.submitted()).isTrue());
        assertThat(quiz.unfinished()).isEmpty();
    }

    @Test
    void theExamSimulationNamesNoObjectiveAndItsSubmitCheckCounts() {
        var exam = new QuizPlayerViewModel(quiz, quiz.startExam("2025-09-30"), finished::add);
        assertThat(exam.cardProperty().get().objectives()).as("the real exam gives no topic hint").isEmpty();
        assertThat(exam.submitWarning()).isEqualTo("60 unanswered: 1, 2, 3, 4, 5, 6, 7, 8 and 52 more");
        var practice = new QuizPlayerViewModel(quiz, quiz.startPractice("2025-09-30", new QuizScope.Everything(), 3), finished::add);
        assertThat(practice.cardProperty().get().objectives()).matches("\\d\\.\\d+\\.\\d+.*");
    }

    @Test
    void aQuestionNoLongerInTheBankIsACardThatSaysSo() {
        var attempt = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 2);
        var items = new ArrayList<>(attempt.items());
        var first = items.get(0);
        items.set(0, new io.studycompanion.domain.quiz.AttemptItem(0, "gone-001", first.choiceOrder(), first.selected(),
                false, Optional.empty(), Optional.empty(), Optional.empty()));
        var gone = new Attempt(attempt.id(), attempt.mode(), attempt.examVersion(), attempt.title(), attempt.startedAt(),
                attempt.timeLimit(), attempt.elapsed(), items, attempt.submittedAt());
        var model = new QuizPlayerViewModel(quiz, gone, finished::add);
        assertThat(model.cardProperty().get().stem()).startsWith("This question is no longer in your bank");
        assertThat(model.cardProperty().get().choices()).isEmpty();
        model.confirm();
        assertThat(model.cardProperty().get().number()).as("Enter passes over it").isEqualTo(2);
        var results = new QuizResultsViewModel(quiz, gone);
        assertThat(results.verdictText()).startsWith("Practice: right answers");
        results.filterProperty().set(ReviewFilter.ALL);
        assertThat(results.shown()).first().satisfies(c -> assertThat(c.stem()).startsWith("This question is no longer"));
    }

    @Test
    void messagesGoWithTheirCause() {
        var setup = new QuizSetupViewModel(quiz, a -> { }, a -> { }, Loader.NOW);
        setup.scopeProperty().set(setup.scopes().stream().filter(sc -> sc instanceof QuizScope.MissedBefore)
                .findFirst().orElseThrow());
        setup.start();
        assertThat(setup.errorProperty().get()).isEqualTo("There are no questions for that choice yet.");
        setup.scopeProperty().set(setup.scopes().get(0));
        assertThat(setup.errorProperty().get()).as("not beside the new scope's count").isEmpty();

        var player = new QuizPlayerViewModel(quiz, quiz.startPractice("2025-09-30", new QuizScope.Everything(), 60), finished::add);
        while (player.cardProperty().get().choose() < 2) {
            player.next();
        }
        player.toggle(0);
        player.toggle(1);
        player.toggle(2);
        assertThat(player.messageProperty().get()).startsWith("Choose 2: unselect");
        player.confirm();
        assertThat(player.messageProperty().get()).as("the answer is checked; the hint is stale").isEmpty();
    }
}
