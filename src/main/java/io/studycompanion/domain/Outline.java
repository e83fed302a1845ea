package io.studycompanion.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The exam outline of one guide version: sections, subsections and objectives.
 *
 * @param examTitle     the exam's name as printed, e.g. "Databricks Certified Machine Learning Professional"
 * @param version       short version label, unique per exam, used to namespace objective ids
 * @param effectiveFrom first day the version is live, where the guide says so
 * @param effectiveUntil last day the version is live, where the guide says so
 */
public record Outline(String examTitle, String version, Optional<LocalDate> effectiveFrom,
                      Optional<LocalDate> effectiveUntil, List<Section> sections) {
    public Outline {
        sections = List.copyOf(sections);
    }

    public List<Objective> objectives() {
        return sections.stream().flatMap(s -> s.objectives().stream()).toList();
    }

    /** Subsections that the guide actually names (implicit ones are not counted). */
    public long subsectionCount() {
        return sections.stream().flatMap(s -> s.subsections().stream()).filter(u -> !u.isImplicit()).count();
    }

    /** The one-line summary printed by {@code outline import}. */
    public String summary() {
        return version + ": sections=" + sections.size() + " subsections=" + subsectionCount()
                + " objectives=" + objectives().size();
    }
}
