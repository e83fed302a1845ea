package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveStatus;

/** One objective in the dashboard and the report: the learner's own record next to measured mastery. */
public record ObjectiveRow(ObjectiveId id, String text, boolean ticked, ObjectiveStatus status,
                           ObjectiveMastery mastery) {
}
