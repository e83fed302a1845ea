package io.studycompanion.service;

import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.cue.CueReport;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating, linting or importing question files.
 *
 * @param cues the wording-cue check, when it was asked for (lint, import) and the files are valid
 */
public record ContentReport(int files, int questions, List<ContentProblem> problems, Optional<CueReport> cues) {
    public ContentReport {
        problems = List.copyOf(problems);
    }

    public ContentReport(int files, int questions, List<ContentProblem> problems) {
        this(files, questions, problems, Optional.empty());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The last line of {@code content validate}. */
    public String summary() {
        return "questions=" + questions + " errors=" + problems.size();
    }
}
