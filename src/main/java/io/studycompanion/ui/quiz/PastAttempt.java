package io.studycompanion.ui.quiz;

/** A finished attempt in the history list. */
public record PastAttempt(long id, String title, String when, String score, boolean passed) {
    @Override
    public String toString() {
        return when + " · " + title + " · " + score;
    }
}
