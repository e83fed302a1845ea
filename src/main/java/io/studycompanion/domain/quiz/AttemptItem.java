package io.studycompanion.domain.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question of an attempt: its place, the order its choices were shown in (kept on resume), and the
 * learner's answer so far.
 *
 * @param choiceOrder choice ids in display order, e.g. [C, A, D, B]
 * @param correct     whether the selection matches the key; empty until answered
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

    public boolean answered() {
        return !selected.isEmpty();
    }

    public AttemptItem withAnswer(Set<String> choice, boolean isCorrect, Instant at) {
        return new AttemptItem(position, questionId, choiceOrder, choice, flagged, confidence, Optional.of(at),
                Optional.of(isCorrect));
    }

    public AttemptItem withFlag(boolean value) {
        return new AttemptItem(position, questionId, choiceOrder, selected, value, confidence, answeredAt, correct);
    }

    public AttemptItem withConfidence(Optional<Confidence> value) {
        return new AttemptItem(position, questionId, choiceOrder, selected, flagged, value, answeredAt, correct);
    }
}
