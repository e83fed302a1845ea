package io.studycompanion.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Facts about one exam version that the guide's outline does not carry: size, timing, pass mark and
 * domain weights, each with its source. Kept apart from the generated outline so either can change alone.
 *
 * @param sectionWeights weight in percent per section number
 */
public record ExamMetadata(String version, boolean current, StatedFigure questionCount, StatedFigure minutes,
                           StatedFigure passMarkPercent, Map<Integer, StatedFigure> sectionWeights) {
    public ExamMetadata {
        sectionWeights = Map.copyOf(sectionWeights);
    }

    public Optional<StatedFigure> weightOf(int sectionNumber) {
        return Optional.ofNullable(sectionWeights.get(sectionNumber));
    }
}
