package io.studycompanion.domain.quiz;

import java.time.Instant;

/** A final answer from the history: in practice once checked, in an exam once submitted. */
public record AnsweredQuestion(String questionId, boolean correct, Instant at, QuizMode mode) {
}
