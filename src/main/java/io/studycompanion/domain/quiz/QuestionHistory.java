package io.studycompanion.domain.quiz;

import java.util.Map;
import java.util.Set;

/**
 * What the learner has done with each question so far, as needed to pick questions.
 *
 * @param lastCorrect question id → whether its most recent answer was right
 * @param flagged     questions flagged in any attempt and not unflagged since
 */
public record QuestionHistory(Map<String, Boolean> lastCorrect, Set<String> flagged) {
    public static final QuestionHistory EMPTY = new QuestionHistory(Map.of(), Set.of());

    public QuestionHistory {
        lastCorrect = Map.copyOf(lastCorrect);
        flagged = Set.copyOf(flagged);
    }

    public boolean seen(String questionId) {
        return lastCorrect.containsKey(questionId);
    }

    public boolean missed(String questionId) {
        return Boolean.FALSE.equals(lastCorrect.get(questionId));
    }
}
