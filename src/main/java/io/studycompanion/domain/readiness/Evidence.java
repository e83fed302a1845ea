package io.studycompanion.domain.readiness;

/** How much the answer history says about an objective. */
public enum Evidence {
    /** No answers: the estimate is the prior only. */
    NONE,
    /** Too few (recent) answers for a confident number: show the range, not the point. */
    LITTLE,
    ENOUGH
}
