package io.studycompanion.domain.quiz;

import java.time.Instant;

/**
 * A final answer from the history: in practice once checked, in an exam once submitted.
 *
 * @param markedGuess the learner marked the answer as a guess
 */
public record AnsweredQuestion(String questionId, boolean correct, Instant at, QuizMode mode, boolean markedGuess) {
    public AnsweredQuestion(String questionId, boolean correct, Instant at, QuizMode mode) {
        this(questionId, correct, at, mode, false);
    }
}
