package io.studycompanion.domain;

import java.util.List;
import java.util.OptionalInt;

/** A numbered exam section ("domain"), with the weight its heading states, if any. */
public record Section(int number, String title, OptionalInt weightPercent, List<Subsection> subsections) {
    public Section {
        subsections = List.copyOf(subsections);
    }

    public List<Objective> objectives() {
        return subsections.stream().flatMap(s -> s.objectives().stream()).toList();
    }
}
