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
}
