package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

/**
 * Estimated probability (0–1) of answering a question on the objective right, with an 80% credible range.
 *
 * @param effectiveAnswers answers after recency weighting (older answers count less)
 * @param answers          raw count of answers
 */
public record ObjectiveMastery(ObjectiveId id, double mean, double low, double high, double effectiveAnswers,
                               int answers, Evidence evidence) {
}
