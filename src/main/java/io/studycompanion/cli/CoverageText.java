package io.studycompanion.cli;

import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.QuestionType;

import java.util.Locale;

/** The text of {@code content coverage}: CSV per objective, then a summary by section, type and difficulty. */
final class CoverageText {
    private CoverageText() {
    }

    static String of(Coverage coverage) {
        var out = new StringBuilder("objective,questions\n");
        for (var id : coverage.objectiveOrder()) {
            out.append(id).append(',').append(coverage.perObjective().get(id)).append('\n');
        }
        out.append('\n').append("summary for ").append(coverage.outline().version()).append(": questions=")
                .append(coverage.questions()).append('\n');
        for (var section : coverage.outline().sections()) {
            out.append(String.format(Locale.ROOT, "section %d %s: %d (%.1f%%)%n", section.number(), section.title(),
                    coverage.perSection().getOrDefault(section.number(), 0), coverage.sectionShare(section.number())));
        }
        for (var type : QuestionType.values()) {
            out.append(String.format(Locale.ROOT, "type %s: %d (%.1f%%)%n", type.name().toLowerCase(Locale.ROOT),
                    coverage.perType().get(type), coverage.typeShare(type)));
        }
        coverage.perDifficulty().forEach((level, count) ->
                out.append(String.format(Locale.ROOT, "difficulty %d: %d%n", level, count)));
        out.append(String.format(Locale.ROOT, "with code: %d (%.1f%%)%n", coverage.withCode(), coverage.codeShare()));
        out.append("objectives with fewer than ").append(Coverage.TARGET_PER_OBJECTIVE).append(" questions: ")
                .append(coverage.thinObjectives()).append('\n');
        return out.toString();
    }
}
