package io.studycompanion.ui.quiz;

/** One square of the review grid: question number and state. */
public record GridCell(int position, boolean answered, boolean flagged, boolean current) {
    public int number() {
        return position + 1;
    }
}
