package io.studycompanion.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The one rule for a section's share of the exam, used by the exam simulation's draw, the readiness model and
 * the weakest-objective ranking alike. Sections without objectives take no share. A section's weight is the
 * metadata's stated weight, else the one printed in the outline's heading; when any section has neither (or
 * they sum to 0), every section is weighted by its number of objectives instead.
 */
public final class SectionWeights {
    private SectionWeights() {
    }

    /** Share of each section with objectives, by section number, summing to 1 (outline order). */
    public static Map<Integer, Double> shares(Outline outline, ExamMetadata metadata) {
        var sections = withObjectives(outline);
        var stated = stated(sections, metadata);
        var raw = new LinkedHashMap<Integer, Double>();
        for (int i = 0; i < sections.size(); i++) {
            raw.put(sections.get(i).number(), stated != null ? stated[i] : sections.get(i).objectives().size());
        }
        double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        var shares = new LinkedHashMap<Integer, Double>();
        raw.forEach((section, w) -> shares.put(section, total == 0 ? 0 : w / total));
        return shares;
    }

    /** Weight in percent as shown: the stated figure where the rule used stated figures, else the rounded share. */
    public static Map<Integer, Integer> percents(Outline outline, ExamMetadata metadata) {
        var sections = withObjectives(outline);
        var stated = stated(sections, metadata);
        var shares = shares(outline, metadata);
        var percents = new LinkedHashMap<Integer, Integer>();
        for (int i = 0; i < sections.size(); i++) {
            var number = sections.get(i).number();
            percents.put(number, stated != null ? (int) stated[i] : (int) Math.round(100 * shares.get(number)));
        }
        return percents;
    }

    private static List<Section> withObjectives(Outline outline) {
        var sections = new ArrayList<Section>();
        outline.sections().stream().filter(s -> !s.objectives().isEmpty()).forEach(sections::add);
        return sections;
    }

    /** The stated weights, or null when any section has none (or all are 0). */
    private static double[] stated(List<Section> sections, ExamMetadata metadata) {
        double[] stated = new double[sections.size()];
        double sum = 0;
        for (int s = 0; s < stated.length; s++) {
            var section = sections.get(s);
            OptionalInt w = metadata.weightOf(section.number()).map(f -> OptionalInt.of(f.value()))
                    .orElse(section.weightPercent());
            if (w.isEmpty() || w.getAsInt() < 0) {
                return null;
            }
            stated[s] = w.getAsInt();
            sum += stated[s];
        }
        return sum > 0 ? stated : null;
    }
}
