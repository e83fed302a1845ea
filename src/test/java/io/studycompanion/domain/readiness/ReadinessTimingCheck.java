package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.Random;

/** Quick manual timing: java -cp ... ReadinessTimingCheck. Not a test; prints ms per estimate for 100,000 answers. */
final class ReadinessTimingCheck {
    private ReadinessTimingCheck() {
    }

    public static void main(String[] args) {
        var outline = ReadinessFixtures.examOutline();
        var ids = outline.objectives();
        var random = new Random(1);
        var history = new ArrayList<AnswerEvent>();
        for (int i = 0; i < 100_000; i++) {
            var id = ids.get(random.nextInt(ids.size())).id();
            history.add(ReadinessFixtures.answers(id, 1, random.nextDouble() < 0.7, random.nextDouble() * 365).get(0));
        }
        var model = new IrtReadinessModel();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 20; run++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            var estimate = model.estimate(outline, ReadinessFixtures.examMetadata(), history, ReadinessFixtures.CLOCK,
                    new Random(run));
            System.out.printf("run %d: %.1f ms wall, %.1f ms cpu (score %.3f, pass %.3f)%n", run,
                    (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                    estimate.predictedScore(), estimate.passProbability());
        }
    }
}
