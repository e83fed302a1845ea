package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

/**
 * An objective with no answer yet: nothing is known about it, so it is listed apart from the ranked weak
 * objectives, with its blueprint weight (its section's share of the exam spread over the section's objectives).
 */
public record UntriedObjective(ObjectiveId id, String text, double weight) {
}
