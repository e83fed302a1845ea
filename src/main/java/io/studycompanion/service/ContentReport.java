package io.studycompanion.service;

import io.studycompanion.domain.ContentProblem;

import java.util.List;

/** The outcome of validating or importing question files. */
public record ContentReport(int files, int questions, List<ContentProblem> problems) {
    public ContentReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The last line of {@code content validate}. */
    public String summary() {
        return "questions=" + questions + " errors=" + problems.size();
    }
}
