package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.AttemptSummary;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.quiz.ScopeCount;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.service.QuizService;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Choosing a quiz: mode, scope and size; resuming an unfinished attempt; reopening past ones. */
public final class QuizSetupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final QuizService quiz;
    private final Consumer<Attempt> onPlay;
    private final Consumer<Attempt> onResults;
    private final ObjectProperty<QuizMode> mode = new SimpleObjectProperty<>(QuizMode.PRACTICE);
    private final ObservableList<QuizScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<QuizScope> scope = new SimpleObjectProperty<>();
    private final IntegerProperty count = new SimpleIntegerProperty(10);
    private final ReadOnlyStringWrapper availability = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unfinished = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper discardLabel = new ReadOnlyStringWrapper("Discard");
    private final ObservableList<PastAttempt> past = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final Loader loader;
    private Optional<Attempt> unfinishedAttempt = Optional.empty();
    /** Bumped by each read; a result that is no longer the newest is dropped (the learner moved on). */
    private long refreshes;
    private long availabilityReads;

    /** @param loader where the setup's reads run (off the window's thread in the app) */
    public QuizSetupViewModel(QuizService quiz, Consumer<Attempt> onPlay, Consumer<Attempt> onResults, Loader loader) {
        this.quiz = quiz;
        this.onPlay = onPlay;
        this.onResults = onResults;
        this.loader = loader;
        scopes.setAll(scopesOf(quiz));
        scope.set(scopes.get(0));
        // A message about the previous choice must not stand beside the figures of the new one.
        mode.addListener((o, a, b) -> { error.set(""); updateAvailability(); });
        scope.addListener((o, a, b) -> { error.set(""); updateAvailability(); });
        refresh();
    }

    public ObjectProperty<QuizMode> modeProperty() { return mode; }
    public ObservableList<QuizScope> scopes() { return scopes; }
    public ObjectProperty<QuizScope> scopeProperty() { return scope; }
    public IntegerProperty countProperty() { return count; }
    public ReadOnlyStringProperty availabilityProperty() { return availability.getReadOnlyProperty(); }
    public ReadOnlyStringProperty unfinishedProperty() { return unfinished.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** "Abandon (not scored)" for an exam, "Discard the unanswered" for a practice. */
    public ReadOnlyStringProperty discardLabelProperty() { return discardLabel.getReadOnlyProperty(); }
    /** True while the unfinished quiz, the past ones and the counts are being read. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Says why something asked from elsewhere (the checklist, the dashboard) did not start. */
    public void tell(String message) {
        error.set(message);
    }
    public ObservableList<PastAttempt> past() { return past; }

    public void start() {
        try {
            var version = quiz.defaultExam().version();
            var attempt = switch (mode.get()) {
                case EXAM -> quiz.startExam(version);
                case REVIEW -> quiz.startReview(version);
                case PRACTICE -> quiz.startPractice(version, scope.get(), count.get());
            };
            if (attempt.items().isEmpty()) {
                quiz.discard(attempt);
                error.set("There are no questions for that choice yet.");
                return;
            }
            error.set("");
            onPlay.accept(attempt);
        } catch (RuntimeException e) {
            error.set("The quiz could not be started: " + e.getMessage());
        }
    }

    public void resume() {
        unfinishedAttempt.ifPresent(onPlay);
    }

    public void discardUnfinished() {
        unfinishedAttempt.ifPresent(quiz::discard);
        refresh();
    }

    public void open(PastAttempt entry) {
        quiz.attempt(entry.id()).ifPresent(onResults);
    }

    /** What the setup shows, read together. */
    private record Loaded(Optional<Attempt> unfinished, List<PastAttempt> past, String availability) {
    }

    /**
     * Re-reads what changes between visits: the unfinished attempt, history and review counts (off the window's
     * thread; the previous figures stay until the new ones are in).
     */
    public void refresh() {
        long ticket = ++refreshes;
        long availabilityTicket = ++availabilityReads;
        var chosenMode = mode.get();
        var chosenScope = scope.get();
        loading.set(true);
        loader.load(() -> new Loaded(quiz.unfinished(), quiz.pastAttempts().stream().map(this::summary).toList(),
                availabilityOf(chosenMode, chosenScope)), loaded -> {
                    if (ticket != refreshes) {
                        return;
                    }
                    unfinishedAttempt = loaded.unfinished();
                    unfinished.set(unfinishedAttempt.map(QuizSetupViewModel::describe).orElse(""));
                    discardLabel.set(unfinishedAttempt.filter(a -> a.mode() == QuizMode.EXAM).isPresent()
                            ? "Abandon (not scored)" : "Discard the unanswered");
                    past.setAll(loaded.past());
                    if (availabilityTicket == availabilityReads) {
                        availability.set(loaded.availability());
                    }
                    loading.set(false);
                }, e -> {
                    if (ticket == refreshes) {
                        error.set("Your quizzes could not be read: " + e.getMessage());
                        loading.set(false);
                    }
                });
    }

    private void updateAvailability() {
        long ticket = ++availabilityReads;
        var chosenMode = mode.get();
        var chosenScope = scope.get();
        loader.load(() -> availabilityOf(chosenMode, chosenScope), text -> {
            if (ticket == availabilityReads) {
                availability.set(text);
            }
        }, e -> error.set("The questions in this scope could not be counted: " + e.getMessage()));
    }

    private String availabilityOf(QuizMode chosenMode, QuizScope chosenScope) {
        var version = quiz.defaultExam().version();
        var meta = quiz.defaultExam().metadata();
        return switch (chosenMode) {
            case EXAM -> meta.questionCount().value() + " questions drawn to the blueprint, "
                    + meta.minutes().value() + " minutes, pass mark " + meta.passMarkPercent().value() + "%"
                    + (meta.passMarkPercent().unofficial() ? " (unofficial)" : "") + ". No feedback until you submit.";
            case REVIEW -> quiz.dueForReview() + " questions due for review today.";
            case PRACTICE -> practiceAvailability(quiz.count(version, chosenScope));
        };
    }

    /** "312 questions in this scope; the 120 you have not answered yet come first. Feedback after each answer." */
    static String practiceAvailability(ScopeCount count) {
        var fresh = count.unseen() == count.questions() ? ""
                : count.unseen() == 0 ? ", all answered before"
                : "; the " + count.unseen() + " you have not answered yet come first";
        return count.questions() + " questions in this scope" + fresh + ". Feedback after each answer.";
    }

    /** "Unfinished: Exam simulation (2 of 60 answered, 1:52:10 left)." */
    public static String describe(Attempt a) {
        var left = a.remaining().map(r -> ", " + QuizPlayerViewModel.clock(r) + " left").orElse("");
        return "Unfinished: " + a.title() + " (" + a.answeredCount() + " of " + a.items().size() + " answered" + left + ").";
    }

    private PastAttempt summary(AttemptSummary a) {
        var overall = a.overall();
        boolean passed = quiz.passed(a);
        var when = WHEN.format(a.submittedAt().atZone(ZoneId.systemDefault()));
        var score = String.format("%d/%d (%.0f%%)%s", overall.correct(), overall.total(), overall.percent(),
                a.mode() == QuizMode.EXAM ? (passed ? " pass" : " fail") : "");
        return new PastAttempt(a.id(), a.title(), when, score, passed);
    }

    private static ArrayList<QuizScope> scopesOf(QuizService quiz) {
        var list = new ArrayList<QuizScope>();
        list.add(new QuizScope.Everything());
        for (var s : quiz.defaultExam().outline().sections()) {
            list.add(new QuizScope.Section(s.number(), s.title()));
            s.subsections().stream().filter(u -> !u.isImplicit())
                    .forEach(u -> list.add(new QuizScope.Subsection(s.number(), u.number(), u.title())));
        }
        for (int level = 1; level <= 3; level++) {
            list.add(new QuizScope.Difficulty(level));
        }
        list.add(new QuizScope.MissedBefore());
        list.add(new QuizScope.NeverSeen());
        list.add(new QuizScope.Flagged());
        return list;
    }
}
