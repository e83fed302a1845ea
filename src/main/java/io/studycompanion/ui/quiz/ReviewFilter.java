package io.studycompanion.ui.quiz;

/** Which questions the results' review list shows. */
public enum ReviewFilter {
    WRONG("Wrong"), FLAGGED("Flagged"), ALL("All");

    private final String label;

    ReviewFilter(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
