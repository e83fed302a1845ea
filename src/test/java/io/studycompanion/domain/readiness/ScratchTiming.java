package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.Random;

final class ScratchTiming {
    public static void main(String[] args) {
        var outline = ReadinessFixtures.examOutline();
        var ids = outline.objectives();
        var random = new Random(1);
        var history = new ArrayList<AnswerEvent>();
        for (int i = 0; i < 100_000; i++) {
            var id = ids.get(random.nextInt(ids.size())).id();
            var a = ReadinessFixtures.answers(id, 1, random.nextDouble() < 0.7, random.nextDouble() * 90).get(0);
            history.add(new AnswerEvent(a.questionId(), a.objectives(), a.correct(), a.at(), 1 + random.nextInt(3)));
        }
        var p = ReadinessParameters.DEFAULTS;
        var blueprint = Blueprint.of(outline, ReadinessFixtures.examMetadata());
        for (int run = 0; run < 15; run++) {
            long t0 = System.nanoTime();
            var groups = EvidenceGroups.of(blueprint, history, ReadinessFixtures.NOW, p);
            long t1 = System.nanoTime();
            var fit = new AbilityFit(groups, p);
            long t2 = System.nanoTime();
            new IrtReadinessModel().estimate(outline, ReadinessFixtures.examMetadata(), history, ReadinessFixtures.CLOCK, new Random(run));
            long t3 = System.nanoTime();
            System.out.printf("groups %d: %.1f ms, fit %.1f ms (%d iters?), whole %.1f ms%n", groups.size, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, 0, (t3 - t2) / 1e6);
        }
    }
}
