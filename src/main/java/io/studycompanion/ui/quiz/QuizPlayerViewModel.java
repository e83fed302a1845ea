package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.service.QuizService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The question player. Exam answers are saved on every change; a practice answer is saved when checked and
 * then locked with its feedback. Flags, confidence and the timer are saved as they change.
 */
public final class QuizPlayerViewModel {
    private final QuizService quiz;
    private final Consumer<Attempt> onFinished;
    private Attempt attempt;
    private int position;
    private final Set<String> draft = new HashSet<>();
    private final ReadOnlyObjectWrapper<QuestionCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper timeLow = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<GridCell> grid = FXCollections.observableArrayList();

    public QuizPlayerViewModel(QuizService quiz, Attempt attempt, Consumer<Attempt> onFinished) {
        this.quiz = quiz;
        this.attempt = attempt;
        this.onFinished = onFinished;
        title.set(attempt.title());
        position = attempt.unansweredPositions().stream().findFirst().orElse(0);
        refresh();
    }

    public ReadOnlyObjectProperty<QuestionCard> cardProperty() { return card.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timeLeftProperty() { return timeLeft.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty timeLowProperty() { return timeLow.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObservableList<GridCell> grid() { return grid; }
    public boolean isExam() { return attempt.mode() == QuizMode.EXAM; }
    public Attempt attempt() { return attempt; }

    /** Selects or unselects the choice shown at {@code index} (0 = A). */
    public void toggle(int index) {
        var current = card.get();
        if (index < 0 || index >= current.choices().size() || locked()) {
            return;
        }
        var id = current.choices().get(index).choiceId();
        var selection = new HashSet<>(selection());
        if (!current.multiple()) {
            selection.clear();
            selection.add(id);
        } else if (!selection.remove(id)) {
            if (selection.size() >= current.choose()) {
                message.set("Choose " + current.choose() + ": unselect one of your choices first.");
                return;
            }
            selection.add(id);
        }
        message.set("");
        if (isExam()) {
            save(() -> attempt = quiz.answer(attempt, position, selection));
        } else {
            draft.clear();
            draft.addAll(selection);
        }
        refresh();
    }

    /**
     * Enter: in practice, checks the answer, then moves on; on the checked last question it finishes the quiz.
     * In an exam it moves on. A question no longer in the bank is passed over.
     */
    /** A short note in the player's message line. */
    public void say(String text) {
        message.set(text);
    }

    /** On the last question: Enter there goes to the submit check in an exam. */
    public boolean onLastQuestion() {
        return position == attempt.items().size() - 1;
    }

    public void confirm() {
        var last = position == attempt.items().size() - 1;
        if (!isExam() && locked() && last) {
            submit();
            return;
        }
        if (isExam() || locked() || card.get().choices().isEmpty()) {
            next();
            return;
        }
        var needed = card.get().choose();
        if (draft.size() != needed) {
            message.set(needed == 1 ? "Choose an answer first." : "Choose " + needed + " answers first.");
            return;
        }
        message.set("");
        save(() -> attempt = quiz.answer(attempt, position, Set.copyOf(draft)));
        draft.clear();
        refresh();
    }

    public void next() { goTo(position + 1); }

    public void previous() { goTo(position - 1); }

    public void goTo(int target) {
        if (target < 0 || target >= attempt.items().size() || target == position) {
            return;
        }
        position = target;
        draft.clear();
        message.set("");
        refresh();
    }

    public void toggleFlag() {
        save(() -> attempt = quiz.flag(attempt, position, !attempt.item(position).flagged()));
        refresh();
    }

    public void setConfidence(Confidence confidence) {
        var current = attempt.item(position).confidence();
        var value = current.filter(confidence::equals).isPresent() ? Optional.<Confidence>empty() : Optional.of(confidence);
        save(() -> attempt = quiz.confidence(attempt, position, value));
        refresh();
    }

    /** Adds wall time; at zero an exam submits itself. */
    public void tick(Duration delta) {
        if (attempt.submitted()) {
            return;
        }
        save(() -> attempt = quiz.elapsed(attempt, attempt.elapsed().plus(delta)));
        updateClock();
        if (attempt.remaining().filter(Duration::isZero).isPresent()) {
            submit();
        }
    }

    /** What the confirmation before submitting lists; empty when everything is answered and unflagged. */
    public String submitWarning() {
        var unanswered = attempt.unansweredPositions();
        var flagged = attempt.flaggedPositions();
        var text = new StringBuilder();
        if (!unanswered.isEmpty()) {
            text.append(unanswered.size()).append(" unanswered: ").append(numbers(unanswered)).append('\n');
        }
        // A multiple-answer question with too few choices is no answer: say which, and how far each got.
        var partial = attempt.items().stream().filter(i -> !i.answered() && !i.selected().isEmpty()).toList();
        if (!partial.isEmpty()) {
            var shown = partial.stream().limit(FIRST_FEW).map(i -> (i.position() + 1) + ": " + i.selected().size()
                    + " of " + Optional.ofNullable(quiz.questions().get(i.questionId())).map(q -> q.choose()).orElse(0)
                    + " chosen").toList();
            text.append(partial.size()).append(partial.size() == 1 ? " has" : " have")
                    .append(" fewer choices than asked (not answered yet): ").append(String.join(", ", shown))
                    .append(partial.size() > shown.size() ? " and " + (partial.size() - shown.size()) + " more" : "")
                    .append('\n');
        }
        if (!flagged.isEmpty()) {
            text.append(flagged.size()).append(" flagged: ").append(numbers(flagged)).append('\n');
        }
        return text.toString().strip();
    }

    public void submit() {
        save(() -> attempt = quiz.submit(attempt));
        if (attempt.submitted()) {
            onFinished.accept(attempt);
        }
    }

    private boolean locked() {
        return !isExam() && attempt.item(position).answered();
    }

    private Set<String> selection() {
        var item = attempt.item(position);
        return item.answered() || isExam() ? item.selected() : draft;
    }

    private void refresh() {
        var item = attempt.item(position);
        var q = Optional.ofNullable(quiz.questions().get(item.questionId()));
        card.set(Cards.of(q, item, attempt.items().size(), attempt.examVersion(), selection(), locked(), !isExam()));
        grid.setAll(attempt.items().stream().map(i -> new GridCell(i.position(), i.answered(), i.flagged(),
                i.position() == position)).toList());
        updateClock();
    }

    private void updateClock() {
        var shown = attempt.remaining().orElse(attempt.elapsed());
        timeLeft.set((attempt.timeLimit().isPresent() ? "" : "Time ") + clock(shown));
        timeLow.set(attempt.remaining().filter(r -> r.compareTo(Duration.ofMinutes(5)) < 0).isPresent());
    }

    static String clock(Duration d) {
        var s = d.getSeconds();
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** The first few question numbers, then how many more: "2, 3, 4, 6, 7 and 53 more". */
    private static String numbers(java.util.List<Integer> positions) {
        var shown = positions.stream().limit(FIRST_FEW).map(p -> String.valueOf(p + 1)).toList();
        var more = positions.size() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    private static final int FIRST_FEW = 8;

    private void save(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            message.set("Not saved: " + e.getMessage());
        }
    }
}
