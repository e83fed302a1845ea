package io.studycompanion.domain.quiz;

import java.time.Instant;

/**
 * A submitted attempt in brief, for the list of past quizzes: its overall result counted from the results stored
 * with each answer (as {@link Scoring} counts them), without reading its answers one by one.
 */
public record AttemptSummary(long id, QuizMode mode, String examVersion, String title, Instant submittedAt,
                             int correct, int total) {
    public ScoreLine overall() {
        return new ScoreLine("", "Overall", correct, total);
    }
}
