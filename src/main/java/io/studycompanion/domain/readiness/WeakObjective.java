package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

/** An objective worth practising next: blueprint weight × gap to mastery. */
public record WeakObjective(ObjectiveId id, String text, double sectionWeight, double gap, double priority) {
}
