package io.studycompanion.domain;

/** How far the learner says they are with an objective. */
public enum ObjectiveStatus {
    NOT_STARTED("Not started"),
    LEARNING("Learning"),
    CONFIDENT("Confident");

    private final String label;

    ObjectiveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
