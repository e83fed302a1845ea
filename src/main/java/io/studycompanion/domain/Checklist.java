package io.studycompanion.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objective checklist of one outline: every section, subsection and objective with the learner's
 * progress. Progress figures always count the whole outline; a filter only decides which rows show.
 */
public record Checklist(Outline outline, Progress overall, List<SectionEntry> sections) {

    /** One objective with the learner's record of it. */
    public record ObjectiveEntry(Objective objective, ObjectiveProgress progress) {
    }

    /** A subsection, its progress over all its objectives, and the objectives that pass the filter. */
    public record SubsectionEntry(Subsection subsection, Progress progress, List<ObjectiveEntry> objectives) {
    }

    /** A section, its progress over all its objectives, and the subsections that have visible objectives. */
    public record SectionEntry(Section section, Progress progress, List<SubsectionEntry> subsections) {
    }

    public Checklist {
        sections = List.copyOf(sections);
    }

    /** Builds the checklist; objectives without a stored record count as untouched. */
    public static Checklist build(Outline outline, Map<ObjectiveId, ObjectiveProgress> records, ChecklistFilter filter) {
        var sectionEntries = new ArrayList<SectionEntry>();
        var all = new ArrayList<ObjectiveProgress>();
        for (var section : outline.sections()) {
            var sectionAll = new ArrayList<ObjectiveProgress>();
            var subsectionEntries = new ArrayList<SubsectionEntry>();
            for (var subsection : section.subsections()) {
                var subsectionAll = new ArrayList<ObjectiveProgress>();
                var visible = new ArrayList<ObjectiveEntry>();
                for (var objective : subsection.objectives()) {
                    var progress = records.getOrDefault(objective.id(), ObjectiveProgress.untouched(objective.id()));
                    subsectionAll.add(progress);
                    if (filter.matches(section, subsection, objective, progress)) {
                        visible.add(new ObjectiveEntry(objective, progress));
                    }
                }
                sectionAll.addAll(subsectionAll);
                if (!visible.isEmpty() || !filter.isActive()) {
                    subsectionEntries.add(new SubsectionEntry(subsection, Progress.of(subsectionAll), visible));
                }
            }
            all.addAll(sectionAll);
            if (!subsectionEntries.isEmpty() || !filter.isActive()) {
                sectionEntries.add(new SectionEntry(section, Progress.of(sectionAll), subsectionEntries));
            }
        }
        return new Checklist(outline, Progress.of(all), sectionEntries);
    }

    /** Number of objective rows that pass the filter. */
    public int visibleObjectiveCount() {
        return sections.stream().flatMap(s -> s.subsections().stream()).mapToInt(u -> u.objectives().size()).sum();
    }
}
