package io.studycompanion.ui.quiz;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.service.QuizService;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.Set;
import java.util.function.Consumer;

/** The quiz area: setup, the player and the results, one at a time. */
public final class QuizScreen {
    private static final int PRACTICE_COUNT = 10;

    private final QuizService quiz;
    private final Consumer<String> onLink;
    private final StackPane root = new StackPane();
    private final QuizSetupViewModel setup;
    private QuizPlayerView player;

    /** @param background where the setup reads the quizzes and counts (never the window's thread) */
    public QuizScreen(QuizService quiz, Consumer<String> onLink, java.util.concurrent.Executor background) {
        this.quiz = quiz;
        this.onLink = onLink;
        root.setId("quizScreen");
        setup = new QuizSetupViewModel(quiz, this::play, this::results, Loader.on(background));
        showSetup();
    }

    public Node node() {
        return root;
    }

    /**
     * Starts a practice quiz on one objective (from the checklist or the dashboard). A running exam simulation
     * is not dropped for it: the setup says so and offers to resume or abandon the exam first.
     */
    public void practiceObjective(ObjectiveId objective) {
        if (quiz.unfinished().filter(a -> a.mode() == QuizMode.EXAM).isPresent()) {
            showSetup();
            setup.tell("An exam simulation is still running. Resume and submit it, or abandon it, before "
                    + "practising objective " + objective.position() + ".");
            return;
        }
        var scope = new QuizScope.Objectives(Set.of(objective), "Objective " + objective.position());
        var attempt = quiz.startPractice(objective.version(), scope, PRACTICE_COUNT);
        if (attempt.items().isEmpty()) {
            quiz.discard(attempt);
            showSetup();
            setup.tell("There are no questions for objective " + objective.position() + " yet.");
            return;
        }
        play(attempt);
    }

    /** Opens the unfinished quiz where it was left (from the dashboard); the setup when there is none. */
    public void resumeUnfinished() {
        quiz.unfinished().ifPresentOrElse(this::play, this::showSetup);
    }

    /** Stops the player (its timer saves no more) before the data under it is replaced. */
    public void close() {
        stopPlayer();
        root.getChildren().clear();
    }

    private void showSetup() {
        stopPlayer();
        setup.refresh();
        root.getChildren().setAll(new QuizSetupView(setup).node());
    }

    private void play(Attempt attempt) {
        stopPlayer();
        player = new QuizPlayerView(new QuizPlayerViewModel(quiz, attempt, this::results), onLink);
        root.getChildren().setAll(player.node());
    }

    private void results(Attempt attempt) {
        stopPlayer();
        root.getChildren().setAll(new QuizResultsView(new QuizResultsViewModel(quiz, attempt), this::showSetup, onLink).node());
    }

    private void stopPlayer() {
        if (player != null) {
            player.stop();
            player = null;
        }
    }
}
