package io.studycompanion.domain.quiz;

import java.time.Duration;
import java.time.Instant;

/** A submitted attempt in brief: when, how long, how many questions and how many right (all or nothing each). */
public record AttemptTally(long attemptId, Instant submittedAt, Duration elapsed, int total, int correct) {
}
