package io.studycompanion.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Which objectives the checklist shows: a free-text query (matched against the objective text,
 * its position such as {@code 1.2.3}, its note and its section/subsection titles) and optionally one status.
 */
public record ChecklistFilter(String query, Optional<ObjectiveStatus> status) {
    public static final ChecklistFilter NONE = new ChecklistFilter("", Optional.empty());

    public ChecklistFilter {
        query = query == null ? "" : query.strip();
        status = status == null ? Optional.empty() : status;
    }

    public boolean isActive() {
        return !query.isEmpty() || status.isPresent();
    }

    boolean matches(Section section, Subsection subsection, Objective objective, ObjectiveProgress progress) {
        if (status.isPresent() && progress.status() != status.get()) {
            return false;
        }
        if (query.isEmpty()) {
            return true;
        }
        var needle = query.toLowerCase(Locale.ROOT);
        return contains(objective.text(), needle) || objective.id().position().startsWith(needle)
                || contains(progress.note(), needle) || contains(subsection.title(), needle)
                || contains(section.title(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
