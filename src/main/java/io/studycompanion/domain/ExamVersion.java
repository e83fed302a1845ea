package io.studycompanion.domain;

/** An outline together with its metadata. */
public record ExamVersion(Outline outline, ExamMetadata metadata) {
    public String version() {
        return outline.version();
    }

    /** "Current exam (from 2025-09-30)" or "Retired exam (until 2025-09-29)". */
    public String label() {
        var from = outline.effectiveFrom().map(d -> "from " + d);
        var until = outline.effectiveUntil().map(d -> "until " + d);
        var when = from.or(() -> until).orElse(outline.version());
        return (metadata.current() ? "Current exam" : "Retired exam") + " (" + when + ")";
    }
}
