package io.studycompanion.domain.readiness;

import io.studycompanion.domain.Objective;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fit of the key memory: it reads memory from repeats, and converges in a few steps. */
class AbilityFitTest {
    private final Blueprint blueprint = Blueprint.of(ReadinessFixtures.examOutline(), ReadinessFixtures.examMetadata());

    /**
     * 4 questions on each objective, answered 4 times a day apart: right with chance {@code first} the first time,
     * {@code again} on later times.
     */
    private AbilityFit fit(double first, double again) {
        var ids = ReadinessFixtures.examOutline().objectives().stream().map(Objective::id).toList();
        var random = new Random(3);
        var history = new ArrayList<AnswerEvent>();
        for (int pass = 0; pass < 4; pass++) {
            var at = ReadinessFixtures.NOW.minusSeconds(86_400L * (5 - pass));
            for (int o = 0; o < ids.size(); o++) {
                for (int q = 0; q < 4; q++) {
                    boolean right = random.nextDouble() < (pass == 0 ? first : again);
                    history.add(new AnswerEvent("q" + o + "-" + q, List.of(ids.get(o)), right,
                            at.plusSeconds(60L * (4 * o + q)), 2));
                }
            }
        }
        var p = ReadinessParameters.DEFAULTS;
        return new AbilityFit(EvidenceGroups.of(blueprint, history, ReadinessFixtures.NOW, p), p);
    }

    @Test
    void repeatsFarMoreOftenRightThanFirstAnswersReadAsMemory() {
        double prior = ReadinessParameters.DEFAULTS.memoryMean();
        var remembers = fit(0.55, 0.95);
        var doesNot = fit(0.55, 0.55);

        assertThat(remembers.mode[AbilityFit.MEMORY]).as("memory read from the repeats").isGreaterThan(prior + 1);
        assertThat(doesNot.mode[AbilityFit.MEMORY]).as("no memory where repeats do no better").isLessThan(prior);
        assertThat(remembers.mode[AbilityFit.G]).as("and ability not credited with it")
                .isLessThan(fit(0.95, 0.95).mode[AbilityFit.G] - 1);
    }

    @Test
    void theFitConvergesInAFewSteps() {
        // Scoring converges only linearly in the memory: the fit stops once the log posterior is flat.
        assertThat(fit(0.55, 0.95).iterations).isLessThanOrEqualTo(12);
        assertThat(fit(0.7, 0.7).iterations).isLessThanOrEqualTo(12);
    }
}
