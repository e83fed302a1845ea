package io.studycompanion.domain;

/**
 * A number about the exam with where it comes from. {@code unofficial} marks figures Databricks does
 * not publish (e.g. the pass mark candidates report) so the app can label them.
 */
public record StatedFigure(int value, String source, boolean unofficial) {
    public StatedFigure {
        source = source == null ? "" : source;
    }
}
