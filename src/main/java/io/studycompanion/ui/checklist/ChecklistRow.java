package io.studycompanion.ui.checklist;

import io.studycompanion.domain.Checklist.ObjectiveEntry;
import io.studycompanion.domain.Progress;

import java.util.List;
import java.util.Optional;

/**
 * One line of the checklist tree as the view draws it: a section, a subsection or an objective.
 * Computed by the view model from the domain checklist; the view only renders it.
 *
 * @param key      stable identity across refreshes ("s1", "s1.2", or the objective id)
 * @param code     the position shown before the title ("Section 1", "1.2", "1.2.3")
 * @param progress ticked/total for sections and subsections
 * @param weight   the blueprint weight label for sections, e.g. "44%"
 */
public record ChecklistRow(Kind kind, String key, String code, String title, Optional<Progress> progress,
                           Optional<String> weight, Optional<ObjectiveEntry> objective, List<ChecklistRow> children) {

    public enum Kind { SECTION, SUBSECTION, OBJECTIVE }

    public ChecklistRow {
        children = List.copyOf(children);
    }

    /** The rows' identity, ignoring the values that change when the learner ticks or writes. */
    public String shape() {
        var builder = new StringBuilder(key);
        children.forEach(c -> builder.append('(').append(c.shape()).append(')'));
        return builder.toString();
    }
}
