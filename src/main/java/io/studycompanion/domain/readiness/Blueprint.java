package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Section;
import io.studycompanion.domain.SectionWeights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exam as the model sees it: the outline's sections that have objectives, each with its blueprint weight,
 * the objectives numbered 0..n-1 in outline order, the question count and how many right answers pass.
 */
final class Blueprint {
    final List<Section> sections;
    final List<Objective> objectives;
    final Map<ObjectiveId, Integer> index = new HashMap<>();
    final int[] sectionOf;
    final int[][] objectivesOf;
    /** Weight as shown (percent); {@link #weight} is the exact share used in the sums. */
    final int[] weightPercent;
    final double[] weight;
    final int questions;
    final int passMarkPercent;
    final int passCorrect;

    private Blueprint(Outline outline, List<Section> sections, ExamMetadata metadata) {
        this.sections = sections;
        this.objectives = sections.stream().flatMap(s -> s.objectives().stream()).toList();
        this.sectionOf = new int[objectives.size()];
        this.objectivesOf = new int[sections.size()][];
        int next = 0;
        for (int s = 0; s < sections.size(); s++) {
            objectivesOf[s] = new int[sections.get(s).objectives().size()];
            for (int k = 0; k < objectivesOf[s].length; k++, next++) {
                index.put(objectives.get(next).id(), next);
                sectionOf[next] = s;
                objectivesOf[s][k] = next;
            }
        }
        var shares = SectionWeights.shares(outline, metadata);
        var percents = SectionWeights.percents(outline, metadata);
        this.weight = sections.stream().mapToDouble(s -> shares.get(s.number())).toArray();
        this.weightPercent = sections.stream().mapToInt(s -> percents.get(s.number())).toArray();
        this.questions = Math.max(1, metadata.questionCount().value());
        this.passMarkPercent = metadata.passMarkPercent().value();
        // Smallest number of right answers whose percentage reaches the pass mark; integers avoid 41.999.
        this.passCorrect = (passMarkPercent * questions + 99) / 100;
    }

    /** Builds the blueprint; throws IllegalArgumentException when the outline lists no objective. */
    static Blueprint of(Outline outline, ExamMetadata metadata) {
        Objects.requireNonNull(metadata, "metadata");
        var sections = new ArrayList<Section>();
        for (var s : outline.sections()) {
            if (!s.objectives().isEmpty()) {
                sections.add(s);
            }
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("outline " + outline.version() + " has no objectives");
        }
        return new Blueprint(outline, List.copyOf(sections), metadata);
    }

    int sectionCount() {
        return sections.size();
    }

    /** Blueprint weight of one objective: its section's weight spread evenly over the section's objectives. */
    double objectiveWeight(int objective) {
        int s = sectionOf[objective];
        return weight[s] / objectivesOf[s].length;
    }
}
