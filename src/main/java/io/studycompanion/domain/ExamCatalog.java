package io.studycompanion.domain;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The exam versions the app knows, with the one to show by default. */
public record ExamCatalog(String examTitle, String defaultVersion, List<ExamVersion> versions) {
    public ExamCatalog {
        versions = List.copyOf(versions);
        if (versions.stream().noneMatch(v -> v.version().equals(defaultVersion))) {
            throw new IllegalArgumentException("default version " + defaultVersion + " is not among the versions");
        }
    }

    public Optional<ExamVersion> find(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    public ExamVersion defaultExam() {
        return find(defaultVersion).orElseThrow(NoSuchElementException::new);
    }
}
