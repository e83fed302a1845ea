package io.studycompanion.ui.checklist;

/** An exam version as the version picker lists it. */
public record ExamChoice(String version, String label) {
    @Override
    public String toString() {
        return label;
    }
}
