package io.studycompanion.domain.quiz;

/** Correct answers out of questions for one section or subsection (or overall). */
public record ScoreLine(String code, String title, int correct, int total) {
    public double percent() {
        return total == 0 ? 0 : 100.0 * correct / total;
    }
}
