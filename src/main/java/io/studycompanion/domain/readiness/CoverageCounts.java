package io.studycompanion.domain.readiness;

/** Objectives ticked by the learner, practised at least once, and measured as mastered. */
public record CoverageCounts(int total, int ticked, int practised, int mastered) {
}
