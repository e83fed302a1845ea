package io.studycompanion.content;

import io.studycompanion.domain.Objective;
import io.studycompanion.domain.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The guide files under src/test/resources/exam-guides (copies of the shared reference guides). */
final class ExamGuides {

    static final String ML_PROFESSIONAL = "databricks-ml-professional.txt";
    static final List<String> DATABRICKS = List.of(ML_PROFESSIONAL,
            "databricks-de-associate-2025-03.txt", "databricks-de-associate-2026-05.txt",
            "databricks-de-professional-2025-03.txt", "databricks-de-professional-2026-07.txt",
            "databricks-genai-engineer-associate-2025-04.txt", "databricks-ml-associate-2025-03.txt",
            "databricks-spark-developer-associate-2025-06.txt");

    private ExamGuides() {
    }

    static String text(String name) {
        try (var in = ExamGuides.class.getResourceAsStream("/exam-guides/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource exam-guides/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        try {
            return Path.of(ExamGuides.class.getResource("/exam-guides/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Outline> parse(String name) {
        return new OutlineImporter().parse(text(name));
    }

    /** The only outline of a single-guide file. */
    static Outline single(String name) {
        var outlines = parse(name);
        if (outlines.size() != 1) {
            throw new AssertionError(name + " should hold one outline, found " + outlines.size());
        }
        return outlines.get(0);
    }

    /** The text of the objective with this id, e.g. {@code 2025-09-30:2.5.10}. */
    static String objective(Outline outline, String id) {
        return outline.objectives().stream().filter(o -> o.id().toString().equals(id)).map(Objective::text)
                .findFirst().orElseThrow(() -> new AssertionError("no objective " + id + " in " + outline.summary()));
    }

    /** Objectives per section, e.g. [9, 16, 20, 12]. */
    static List<Integer> objectivesPerSection(Outline outline) {
        return outline.sections().stream().map(s -> s.objectives().size()).toList();
    }

    /** Named subsections per section (implicit subsection 0 counts as none). */
    static List<Long> subsectionsPerSection(Outline outline) {
        return outline.sections().stream()
                .map(s -> s.subsections().stream().filter(u -> !u.isImplicit()).count()).toList();
    }

    /** Replaces the given 1-based lines by blank lines, so the other lines keep their numbers. */
    static String blankOut(String text, int fromLine, int toLine) {
        var lines = text.split("\n", -1);
        for (int i = fromLine; i <= toLine; i++) {
            lines[i - 1] = "";
        }
        return String.join("\n", lines);
    }
}
