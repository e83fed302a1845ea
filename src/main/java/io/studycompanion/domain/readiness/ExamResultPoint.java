package io.studycompanion.domain.readiness;

import java.time.LocalDate;

/** A submitted exam simulation for the history table. */
public record ExamResultPoint(LocalDate date, int correct, int total, double percent, boolean passed, long minutesUsed) {
}
