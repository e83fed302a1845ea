package io.studycompanion.domain.quiz;

/** How sure the learner was of an answer, given in one keystroke. */
public enum Confidence {
    SURE("Sure"), UNSURE("Unsure"), GUESS("Guess");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
