package io.studycompanion.domain.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question of an attempt: its place, the order its choices were shown in (kept on resume), and the
 * learner's answer so far.
 * <p>
 * The one definition of <b>answered</b>: the selection holds as many choices as the question asks for, and
 * {@code correct} says whether they are the key. A partial or cleared selection (a "choose 2" with one pick)
 * is kept, so a resumed exam shows it, but it is no answer: {@code correct} and {@code answeredAt} are empty.
 * An exam question left unanswered at submission is recorded as wrong ({@link #skipped}), so the exam's score,
 * the review schedule and readiness all count it the same way.
 *
 * @param choiceOrder choice ids in display order, e.g. [C, A, D, B]
 * @param correct     whether the selection matches the key; empty until answered (or skipped at submission)
 */
public record AttemptItem(int position, String questionId, List<String> choiceOrder, Set<String> selected,
                          boolean flagged, Optional<Confidence> confidence, Optional<Instant> answeredAt,
                          Optional<Boolean> correct) {
    public AttemptItem {
        choiceOrder = List.copyOf(choiceOrder);
        selected = Set.copyOf(selected);
    }

    public static AttemptItem unanswered(int position, String questionId, List<String> choiceOrder) {
        return new AttemptItem(position, questionId, choiceOrder, Set.of(), false, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A complete selection was given (see the class comment). */
    public boolean answered() {
        return correct.isPresent() && !selected.isEmpty();
    }

    /** Right: answered with exactly the key. */
    public boolean right() {
        return correct.orElse(false);
    }

    /** A complete answer, scored. */
    public AttemptItem withAnswer(Set<String> choice, boolean isCorrect, Instant at) {
        return new AttemptItem(position, questionId, choiceOrder, choice, flagged, confidence, Optional.of(at),
                Optional.of(isCorrect));
    }

    /** An incomplete or cleared selection: kept as it is, not an answer. */
    public AttemptItem withDraft(Set<String> choice) {
        return new AttemptItem(position, questionId, choiceOrder, choice, flagged, confidence, Optional.empty(),
                Optional.empty());
    }

    /** Left unanswered when its exam was submitted: wrong, with nothing selected. */
    public AttemptItem skipped(Instant at) {
        return new AttemptItem(position, questionId, choiceOrder, Set.of(), flagged, confidence, Optional.of(at),
                Optional.of(false));
    }

    public AttemptItem withFlag(boolean value) {
        return new AttemptItem(position, questionId, choiceOrder, selected, value, confidence, answeredAt, correct);
    }

    public AttemptItem withConfidence(Optional<Confidence> value) {
        return new AttemptItem(position, questionId, choiceOrder, selected, flagged, value, answeredAt, correct);
    }
}
