package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.studycompanion.domain.readiness.ReadinessFixtures.answers;
import static io.studycompanion.domain.readiness.ReadinessFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** All right, all wrong and a single answer: every range holds its estimate and the figures stay sensible. */
class ExtremeHistoriesTest {
    private final IrtReadinessModel model = new IrtReadinessModel();

    private ReadinessEstimate estimate(List<AnswerEvent> history) {
        return model.estimate(ReadinessFixtures.examOutline(), ReadinessFixtures.examMetadata(), history,
                ReadinessFixtures.CLOCK, new Random(42));
    }

    private static ObjectiveMastery mastery(ReadinessEstimate estimate, ObjectiveId id) {
        return estimate.objectives().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** 200 answers, all right or all wrong, spread evenly over the 47 objectives of the exam. */
    private static List<AnswerEvent> everywhere(boolean correct) {
        var history = new ArrayList<AnswerEvent>();
        int[] perSection = {22, 20, 5};
        for (int i = 0; i < 200; i++) {
            int k = i % 47;
            int section = k < 22 ? 1 : k < 42 ? 2 : 3;
            int objective = section == 1 ? k + 1 : section == 2 ? k - 21 : k - 41;
            assert objective <= perSection[section - 1];
            history.addAll(answers(id(section, objective), 1, correct, 0));
        }
        return history;
    }

    private static void everyRangeHoldsItsEstimate(ReadinessEstimate e) {
        assertThat(e.objectives()).allSatisfy(m -> assertThat(m.mean()).as(m.id().position())
                .isBetween(m.low(), m.high()));
        assertThat(e.sections()).allSatisfy(s -> assertThat(s.mean()).as("section " + s.section())
                .isBetween(s.low(), s.high()));
        assertThat(e.predictedScore()).as("score").isBetween(e.scoreLow(), e.scoreHigh());
        assertThat(e.passProbability()).as("pass").isBetween(e.passLow(), e.passHigh());
    }

    @Test
    void twoHundredRightAnswersOnOneObjectiveGiveARangeThatHoldsTheEstimate() {
        var e = estimate(answers(id(1, 1), 200, true, 0));
        var m = mastery(e, id(1, 1));

        // Before: mean 99.6% with the 80% range [99.8%, 100%] - the range excluded its own estimate.
        assertThat(m.mean()).isGreaterThan(0.97).isLessThan(1);
        assertThat(m.low()).isLessThan(m.mean());
        assertThat(m.high()).isLessThanOrEqualTo(1);
        everyRangeHoldsItsEstimate(e);
    }

    @Test
    void twoHundredRightAnswersEverywhereGiveAHighPassChanceThatIsNotACertainty() {
        var e = estimate(everywhere(true));

        everyRangeHoldsItsEstimate(e);
        assertThat(e.predictedScore()).isGreaterThan(0.85);
        // Before: 100% with the range [100, 100].
        assertThat(e.passProbability()).isGreaterThan(0.9).isLessThan(1);
        assertThat(e.passLow()).isLessThan(e.passHigh());
    }

    @Test
    void twoHundredWrongAnswersEverywhereGiveALowPassChanceThatIsNotAnImpossibility() {
        var e = estimate(everywhere(false));

        everyRangeHoldsItsEstimate(e);
        // Four-choice questions: a learner who gets everything wrong still scores about a quarter by guessing.
        assertThat(e.predictedScore()).isBetween(0.25, 0.30);
        assertThat(e.passProbability()).isLessThan(0.001).isGreaterThanOrEqualTo(0);
    }

    @Test
    void twoHundredWrongAnswersOnOneObjectiveGiveARangeThatHoldsTheEstimate() {
        var e = estimate(answers(id(2, 3), 200, false, 0));
        var m = mastery(e, id(2, 3));

        assertThat(m.mean()).isBetween(0.25, 0.30);
        assertThat(m.high()).isGreaterThan(m.mean());
        everyRangeHoldsItsEstimate(e);
    }

    @Test
    void oneAnswerMovesTheObjectiveALittleAndLeavesTheRangeWide() {
        var right = estimate(answers(id(1, 1), 1, true, 0));
        var wrong = estimate(answers(id(1, 1), 1, false, 0));

        for (var e : List.of(right, wrong)) {
            var m = mastery(e, id(1, 1));
            everyRangeHoldsItsEstimate(e);
            assertThat(m.evidence()).isEqualTo(Evidence.LITTLE);
            assertThat(m.high() - m.low()).isGreaterThan(0.4);
            assertThat(m.mean()).isBetween(0.2, 0.8);
            assertThat(e.evidence()).isEqualTo(Evidence.LITTLE);
        }
        assertThat(mastery(right, id(1, 1)).mean()).isGreaterThan(mastery(wrong, id(1, 1)).mean());
    }
}
