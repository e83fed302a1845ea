package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.AttemptResult;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.service.QuizService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The outcome of a finished attempt and the review of its questions. */
public final class QuizResultsViewModel {
    private final Attempt attempt;
    private final AttemptResult result;
    private final List<QuestionCard> cards;
    private final ObjectProperty<ReviewFilter> filter = new SimpleObjectProperty<>(ReviewFilter.WRONG);
    private final ObservableList<QuestionCard> shown = FXCollections.observableArrayList();

    public QuizResultsViewModel(QuizService quiz, Attempt attempt) {
        this.attempt = attempt;
        this.result = quiz.result(attempt);
        this.cards = attempt.items().stream().map(i -> Cards.of(
                java.util.Optional.ofNullable(quiz.questions().get(i.questionId())), i, attempt.items().size(),
                attempt.examVersion(), i.selected(), true, true)).toList();
        filter.addListener((o, a, b) -> apply());
        apply();
    }

    public AttemptResult result() { return result; }
    public String title() { return attempt.title(); }
    public boolean isExam() { return attempt.mode() == QuizMode.EXAM; }
    public ObjectProperty<ReviewFilter> filterProperty() { return filter; }
    public ObservableList<QuestionCard> shown() { return shown; }

    /** "42/60 correct (70%)". */
    public String scoreText() {
        var o = result.overall();
        return String.format("%d/%d correct (%.0f%%)", o.correct(), o.total(), o.percent());
    }

    /** An exam simulation is measured against the pass mark; a practice drill is not an exam and says so. */
    public String verdictText() {
        if (!isExam()) {
            return "Practice: right answers, not an exam score";
        }
        return (result.passed() ? "Pass" : "Below the pass mark") + " · pass mark " + result.passMarkPercent() + "%";
    }

    /** Style of the verdict: right or wrong for an exam, a plain hint for practice. */
    public String verdictStyle() {
        return !isExam() ? "hint" : result.passed() ? "right" : "wrong";
    }

    public String timeText() {
        return "Time used " + QuizPlayerViewModel.clock(result.timeUsed())
                + (result.unanswered() > 0 ? " · " + result.unanswered() + " unanswered" : "");
    }

    private void apply() {
        shown.setAll(cards.stream().filter(c -> switch (filter.get()) {
            case WRONG -> c.feedback().map(f -> !f.correct()).orElse(true);
            case FLAGGED -> c.flagged();
            case ALL -> true;
        }).toList());
    }
}
