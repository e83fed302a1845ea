package io.studycompanion.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small hand-built outlines for tests. */
public final class Outlines {
    private Outlines() {
    }

    public static Objective objective(String version, int s, int u, int o, String text) {
        return new Objective(new ObjectiveId(version, s, u, o), text);
    }

    /** Two sections: 1 has subsections 1.1 (2 objectives) and 1.2 (1); 2 has no subsections (2 objectives). */
    public static Outline small() {
        var v = "v1";
        var s1 = new Section(1, "Model Development", OptionalInt.of(60), List.of(
                new Subsection(1, "Using Spark ML", List.of(objective(v, 1, 1, 1, "Construct an ML pipeline"),
                        objective(v, 1, 1, 2, "Tune a model with cross-validation"))),
                new Subsection(2, "Advanced MLflow", List.of(objective(v, 1, 2, 1, "Use nested runs")))));
        var s2 = new Section(2, "Deployment", OptionalInt.empty(), List.of(
                new Subsection(0, "", List.of(objective(v, 2, 0, 1, "Compare blue-green and canary"),
                        objective(v, 2, 0, 2, "Query a serving endpoint")))));
        return new Outline("Test Exam", v, Optional.empty(), Optional.empty(), List.of(s1, s2));
    }
}
