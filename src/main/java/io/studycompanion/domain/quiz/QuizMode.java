package io.studycompanion.domain.quiz;

/** How a quiz behaves: practice gives feedback after each answer, an exam simulation only at the end. */
public enum QuizMode {
    PRACTICE("Practice"), EXAM("Exam simulation"), REVIEW("Due for review");

    private final String label;

    QuizMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean feedbackAfterEachAnswer() {
        return this != EXAM;
    }
}
