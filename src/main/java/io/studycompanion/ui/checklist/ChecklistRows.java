package io.studycompanion.ui.checklist;

import io.studycompanion.domain.Checklist;
import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.ui.checklist.ChecklistRow.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a domain checklist into the rows of the tree (implicit subsections fold into their section). */
final class ChecklistRows {
    private ChecklistRows() {
    }

    static List<ChecklistRow> of(Checklist checklist, ExamMetadata metadata) {
        var rows = new ArrayList<ChecklistRow>();
        for (var entry : checklist.sections()) {
            var section = entry.section();
            var children = new ArrayList<ChecklistRow>();
            for (var sub : entry.subsections()) {
                var objectives = sub.objectives().stream().map(ChecklistRows::objectiveRow).toList();
                if (sub.subsection().isImplicit()) {
                    children.addAll(objectives);
                } else {
                    children.add(new ChecklistRow(Kind.SUBSECTION, "s" + section.number() + "." + sub.subsection().number(),
                            section.number() + "." + sub.subsection().number(), sub.subsection().title(),
                            Optional.of(sub.progress()), Optional.empty(), Optional.empty(), objectives));
                }
            }
            var weight = metadata.weightOf(section.number()).map(w -> w.value() + "% of exam")
                    .or(() -> section.weightPercent().isPresent()
                            ? Optional.of(section.weightPercent().getAsInt() + "% of exam") : Optional.empty());
            rows.add(new ChecklistRow(Kind.SECTION, "s" + section.number(), String.valueOf(section.number()),
                    section.title(), Optional.of(entry.progress()), weight, Optional.empty(), children));
        }
        return rows;
    }

    private static ChecklistRow objectiveRow(Checklist.ObjectiveEntry entry) {
        var id = entry.objective().id();
        return new ChecklistRow(Kind.OBJECTIVE, id.toString(), id.position(), entry.objective().text(),
                Optional.empty(), Optional.empty(), Optional.of(entry), List.of());
    }
}
