package io.studycompanion.ui.quiz;

import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.domain.quiz.QuizMode;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The setup reads in the background: figures arrive later, and a reply that is no longer the newest is dropped. */
class QuizSetupViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private QuizService quiz;
    /** Reads waiting to be run, in the order they were asked for; the test decides when each one finishes. */
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final Loader deferred = new Loader() {
        @Override
        public <T> void load(Supplier<T> work, Consumer<T> then, Consumer<Throwable> failed) {
            pending.add(() -> then.accept(work.get()));
        }
    };

    @BeforeEach
    void open() {
        db = Database.openIn(dir);
        var catalog = new ExamCatalogLoader(getClass().getClassLoader()).load();
        var bank = new QuestionBankService(() -> catalog, getClass().getClassLoader(), dir.resolve("packs"));
        quiz = new QuizService(() -> catalog, bank, new AttemptRepository(db), new ReviewRepository(db), Clock.systemUTC(),
                new Random(3));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void figuresArriveFromTheLoaderAndTheNewestChoiceWins() {
        var setup = new QuizSetupViewModel(quiz, a -> { }, a -> { }, deferred);
        assertThat(setup.loadingProperty().get()).as("reading the quizzes").isTrue();
        assertThat(setup.availabilityProperty().get()).as("nothing shown before the count is in").isEmpty();

        var section3 = setup.scopes().stream().filter(s -> s instanceof QuizScope.Section c && c.number() == 3)
                .findFirst().orElseThrow();
        setup.scopeProperty().set(section3);
        setup.modeProperty().set(QuizMode.EXAM);
        assertThat(pending).as("the first read, the section count, the exam line").hasSize(3);

        pending.removeLast().run();            // the exam line comes back first
        assertThat(setup.availabilityProperty().get()).startsWith("60 questions drawn to the blueprint");
        pending.removeLast().run();            // then the section count, asked before it: dropped
        assertThat(setup.availabilityProperty().get()).startsWith("60 questions drawn to the blueprint");
        pending.removeLast().run();            // then the first read: its quizzes shown, its whole-bank count dropped
        assertThat(setup.loadingProperty().get()).isFalse();
        assertThat(setup.availabilityProperty().get()).startsWith("60 questions drawn to the blueprint");
        assertThat(setup.past()).isEmpty();
        assertThat(setup.unfinishedProperty().get()).isEmpty();
    }

    @Test
    void anUnfinishedQuizIsNamedOnceItHasBeenRead() {
        quiz.startExam("2025-09-30");
        var setup = new QuizSetupViewModel(quiz, a -> { }, a -> { }, deferred);
        assertThat(setup.unfinishedProperty().get()).isEmpty();
        pending.removeFirst().run();
        assertThat(setup.unfinishedProperty().get()).startsWith("Unfinished: Exam simulation (0 of 60 answered");
        assertThat(setup.discardLabelProperty().get()).isEqualTo("Abandon (not scored)");
        assertThat(setup.availabilityProperty().get()).matches("\\d+ questions in this scope\\. Feedback after each answer\\.");
    }
}
