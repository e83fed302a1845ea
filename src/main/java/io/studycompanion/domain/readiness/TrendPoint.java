package io.studycompanion.domain.readiness;

import java.time.LocalDate;

/** One point of a trend line: a day and a score in percent. */
public record TrendPoint(LocalDate date, double percent, String label) {
}
