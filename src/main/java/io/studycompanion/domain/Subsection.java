package io.studycompanion.domain;

import java.util.List;

/**
 * A group of objectives under a section heading. Number 0 with an empty title stands for
 * a section whose objectives are listed without subsections.
 */
public record Subsection(int number, String title, List<Objective> objectives) {
    public Subsection {
        objectives = List.copyOf(objectives);
    }

    public boolean isImplicit() {
        return number == 0;
    }
}
