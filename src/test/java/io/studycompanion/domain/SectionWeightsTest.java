package io.studycompanion.domain;

import io.studycompanion.domain.quiz.BlueprintSampler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One rule for a section's share, whether the exam draw, readiness or the weakest-objective ranking asks. */
class SectionWeightsTest {

    @Test
    void statedWeightsAreUsedWhenEverySectionHasOne() {
        var outline = outline(22, 20, 5);
        var metadata = metadata(Map.of(1, 44, 2, 44, 3, 12));
        assertThat(SectionWeights.percents(outline, metadata)).containsExactly(Map.entry(1, 44), Map.entry(2, 44),
                Map.entry(3, 12));
        assertThat(SectionWeights.shares(outline, metadata).get(3)).isCloseTo(0.12, within(1e-12));
        assertThat(BlueprintSampler.quotas(SectionWeights.percents(outline, metadata), 60))
                .containsEntry(1, 27).containsEntry(2, 26).containsEntry(3, 7);
    }

    @Test
    void aSectionWithoutAStatedWeightMakesEverySectionCountByItsObjectives() {
        var outline = outline(22, 20, 5);
        var metadata = metadata(Map.of(1, 50, 2, 50));             // section 3 has none, nor a heading weight
        var shares = SectionWeights.shares(outline, metadata);
        assertThat(shares.get(3)).as("not 0, as the exam draw once made it").isCloseTo(5.0 / 47, within(1e-12));
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
        assertThat(BlueprintSampler.quotas(SectionWeights.percents(outline, metadata), 60).get(3)).isPositive();
    }

    private static Outline outline(int... objectives) {
        var sections = new ArrayList<Section>();
        for (int s = 1; s <= objectives.length; s++) {
            var list = new ArrayList<Objective>();
            for (int o = 1; o <= objectives[s - 1]; o++) {
                list.add(new Objective(new ObjectiveId("v", s, 0, o), "Objective " + s + "." + o));
            }
            sections.add(new Section(s, "Section " + s, OptionalInt.empty(), List.of(new Subsection(0, "", list))));
        }
        return new Outline("Exam", "v", Optional.empty(), Optional.empty(), sections);
    }

    private static ExamMetadata metadata(Map<Integer, Integer> weights) {
        var map = new HashMap<Integer, StatedFigure>();
        weights.forEach((s, w) -> map.put(s, new StatedFigure(w, "test", false)));
        return new ExamMetadata("v", true, new StatedFigure(60, "t", false), new StatedFigure(120, "t", false),
                new StatedFigure(70, "t", true), map);
    }
}
