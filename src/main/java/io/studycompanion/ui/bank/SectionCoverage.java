package io.studycompanion.ui.bank;

/** One section's line in the question-bank screen: how many questions, their share, and the blueprint weight. */
public record SectionCoverage(String title, int questions, double share, String blueprint) {
}
