package io.studycompanion.domain.readiness;

/** Estimated score (0–1) on one exam section, with an 80% range, and its blueprint weight. */
public record SectionReadiness(int section, String title, int weightPercent, double mean, double low, double high,
                               int answers, Evidence evidence) {
}
