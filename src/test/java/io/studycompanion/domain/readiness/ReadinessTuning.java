package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Scratch: runs the first population under parameter variants. Not a test. */
public final class ReadinessTuning {
    public static void main(String[] args) {
        var outline = ReadinessFixtures.examOutline();
        var world = new Random(20251101);
        var learners = new ArrayList<SyntheticLearner>();
        for (int i = 0; i < 400; i++) {
            learners.add(SyntheticLearner.generate(outline, java.util.Map.of(1, 44, 2, 44, 3, 12), 5, world));
        }
        var d = ReadinessParameters.DEFAULTS;
        run("defaults", d, learners);
        run("learning sd 0.25", d.withLearning(0.2, 0.25), learners);
        run("learning sd 0.1", d.withLearning(0.0, 0.1), learners);
        run("half-life 21", d.withHalfLife(21), learners);
        run("half-life 1000, sd .1", d.withHalfLife(1000).withLearning(0, 0.1), learners);
    }

    static void run(String name, ReadinessParameters p, List<SyntheticLearner> learners) {
        var model = new IrtReadinessModel(p);
        var outline = ReadinessFixtures.examOutline();
        var metadata = ReadinessFixtures.examMetadata();
        long t = System.nanoTime();
        var estimates = IntStream.range(0, learners.size()).parallel()
                .mapToObj(i -> model.estimate(outline, metadata, learners.get(i).history(), ReadinessFixtures.CLOCK,
                        new Random(i))).toList();
        var r = ValidationReport.of(learners, estimates);
        System.out.printf("%-28s MAE %.2f/%.2f bias %+.2f brier %.4f (oracle %.4f) cover %.3f gap %.3f  %.1fs%n", name,
                r.maeRich(), r.maeSparse(), r.bias(), r.brier(), r.oracleBrier(), r.rangeCoverage(), r.calibrationGap(),
                (System.nanoTime() - t) / 1e9);
    }
}
