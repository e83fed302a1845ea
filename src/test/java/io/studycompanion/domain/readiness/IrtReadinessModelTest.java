package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.studycompanion.domain.readiness.ReadinessFixtures.answers;
import static io.studycompanion.domain.readiness.ReadinessFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IrtReadinessModelTest {
    private final IrtReadinessModel model = new IrtReadinessModel();
    private final Outline outline = ReadinessFixtures.examOutline();
    private final ExamMetadata metadata = ReadinessFixtures.examMetadata();

    private ReadinessEstimate estimate(List<AnswerEvent> history) {
        return estimate(outline, metadata, history);
    }

    private ReadinessEstimate estimate(Outline outline, ExamMetadata metadata, List<AnswerEvent> history) {
        return model.estimate(outline, metadata, history, ReadinessFixtures.CLOCK, new Random(42));
    }

    private static ObjectiveMastery mastery(ReadinessEstimate estimate, ObjectiveId id) {
        return estimate.objectives().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Each of {@code questions} questions per objective of Section 1 and 2 answered {@code passes} times, the passes a
     * day apart; right on the first pass with every third question wrong, right on every repeat (the key remembered).
     */
    private static List<AnswerEvent> repeatedQuestions(int questions, int passes) {
        var history = new ArrayList<AnswerEvent>();
        for (int pass = 0; pass < passes; pass++) {
            var at = ReadinessFixtures.NOW.minusSeconds(86_400L * (passes - pass));
            for (int s = 1; s <= 2; s++) {
                for (int o = 1; o <= 8; o++) {
                    for (int q = 0; q < questions; q++) {
                        boolean right = pass > 0 || (o + q) % 3 != 0;
                        history.add(new AnswerEvent("r" + s + "-" + o + "-" + q, List.of(id(s, o)), right,
                                at.plusSeconds(60L * (o * questions + q)), 2));
                    }
                }
            }
        }
        return history;
    }

    @Test
    void rightAnswersToQuestionsSeenTheDayBeforeSayLessThanFreshOnes() {
        // The same right/wrong pattern: 3 passes over the same 32 questions, or 96 different questions.
        var repeated = repeatedQuestions(2, 3);
        var fresh = new ArrayList<AnswerEvent>();
        for (int i = 0; i < repeated.size(); i++) {
            var a = repeated.get(i);
            fresh.add(new AnswerEvent("f" + i, a.objectives(), a.correct(), a.at(), 2));
        }
        var memoryOff = new IrtReadinessModel(ReadinessParameters.DEFAULTS.withMemory(-3, 1.5, 0));

        double readRepeated = estimate(repeated).predictedScore();
        double readFresh = estimate(fresh).predictedScore();
        double repeatedWithoutMemory = memoryOff.estimate(outline, metadata, repeated, ReadinessFixtures.CLOCK,
                new Random(42)).predictedScore();

        assertThat(estimate(repeated).basis().repeats()).isEqualTo(64);
        assertThat(readRepeated).as("repeats right from memory count for less").isLessThan(readFresh - 0.03);
        assertThat(repeatedWithoutMemory).as("with memory off a repeat is a fresh answer")
                .isCloseTo(readFresh, within(0.005));
    }

    @Test
    void aWrongAnswerToARepeatedQuestionStillCounts() {
        var history = repeatedQuestions(2, 1);
        var missedAgain = new ArrayList<>(history);
        for (var a : history) {
            missedAgain.add(new AnswerEvent(a.questionId(), a.objectives(), false, a.at().plusSeconds(43_200), 2));
        }
        var rightAgain = new ArrayList<>(history);
        for (var a : history) {
            rightAgain.add(new AnswerEvent(a.questionId(), a.objectives(), true, a.at().plusSeconds(43_200), 2));
        }

        var rightOnNewQuestions = new ArrayList<>(history);
        for (var a : history) {
            rightOnNewQuestions.add(new AnswerEvent("new-" + a.questionId(), a.objectives(), true,
                    a.at().plusSeconds(43_200), 2));
        }

        double first = estimate(history).predictedScore();
        double again = estimate(rightAgain).predictedScore();
        assertThat(estimate(missedAgain).predictedScore()).as("missing a question whose key was shown is bad news")
                .isLessThan(first - 0.05);
        assertThat(again).as("getting it right again is good news").isGreaterThan(first);
        assertThat(again - first).as("but weaker than as many right answers to new questions")
                .isLessThan(0.8 * (estimate(rightOnNewQuestions).predictedScore() - first));
    }

    @Test
    void noAnswersGiveThePriorWithNoEvidenceAndWideRanges() {
        var estimate = estimate(List.of());

        assertThat(estimate.evidence()).isEqualTo(Evidence.NONE);
        // Every objective holds the prior: the same chance (up to Monte Carlo noise), well above the guess floor.
        double prior = estimate.predictedScore();
        assertThat(prior).isBetween(0.45, 0.75);
        assertThat(estimate.objectives()).hasSize(47).allSatisfy(m -> {
            assertThat(m.mean()).isCloseTo(prior, within(0.02));
            assertThat(m.evidence()).isEqualTo(Evidence.NONE);
            assertThat(m.high() - m.low()).isGreaterThan(0.5);
        });
        assertThat(estimate.sections()).allSatisfy(s -> assertThat(s.evidence()).isEqualTo(Evidence.NONE));
        assertThat(estimate.basis().passChanceShown()).isFalse();
        assertThat(estimate.basis().untriedSections()).containsExactly(1, 2, 3);
        assertThat(estimate.scoreHigh() - estimate.scoreLow()).isGreaterThan(0.3);
        assertThat(estimate.passHigh() - estimate.passLow()).isGreaterThan(0.5);
        assertThat(estimate.passMarkPercent()).isEqualTo(70);
        assertThat(estimate.at()).isEqualTo(ReadinessFixtures.NOW);
        assertThat(estimate.examVersion()).isEqualTo(ReadinessFixtures.VERSION);
    }

    @Test
    void threeRightAnswersRaiseTheMeanButCountAsLittleEvidence() {
        var three = mastery(estimate(answers(id(1, 1), 3, true, 0)), id(1, 1));
        var thirty = mastery(estimate(answers(id(1, 1), 30, true, 0)), id(1, 1));

        assertThat(three.mean()).isGreaterThan(0.6).isLessThan(thirty.mean());
        assertThat(three.evidence()).isEqualTo(Evidence.LITTLE);
        assertThat(three.answers()).isEqualTo(3);
        assertThat(three.effectiveAnswers()).isCloseTo(3, within(1e-9));
        assertThat(three.high() - three.low()).isGreaterThan(thirty.high() - thirty.low());
    }

    @Test
    void thirtyRightAnswersGiveAHighConfidentMean() {
        var thirty = mastery(estimate(answers(id(1, 1), 30, true, 0)), id(1, 1));

        assertThat(thirty.mean()).isGreaterThan(0.9);
        assertThat(thirty.evidence()).isEqualTo(Evidence.ENOUGH);
        // Not narrower: the objective's state now may stray from what its answers show (objectiveStateSd), which
        // keeps objective ranges honest on the simulated population (IrtPopulationTest).
        assertThat(thirty.high() - thirty.low()).isLessThan(0.15);
        assertThat(thirty.low()).isLessThanOrEqualTo(thirty.mean());
        assertThat(thirty.high()).isGreaterThanOrEqualTo(thirty.mean());
    }

    @Test
    void oldAnswersAloneAreLittleEvidence() {
        var old = mastery(estimate(answers(id(1, 1), 20, true, 300)), id(1, 1));

        assertThat(old.answers()).isEqualTo(20);
        assertThat(old.effectiveAnswers()).isCloseTo(20 * Math.pow(0.5, 300 / ReadinessParameters.DEFAULTS.halfLifeDays()), within(1e-6));
        assertThat(old.evidence()).isEqualTo(Evidence.LITTLE);
    }

    @Test
    void recentAnswersCountMoreThanOldOnes() {
        var improving = new ArrayList<AnswerEvent>(answers(id(1, 1), 10, false, 60));
        improving.addAll(answers(id(1, 1), 10, true, 0));
        var declining = new ArrayList<AnswerEvent>(answers(id(1, 1), 10, true, 60));
        declining.addAll(answers(id(1, 1), 10, false, 0));

        var up = estimate(improving);
        var down = estimate(declining);

        assertThat(mastery(up, id(1, 1)).mean()).isGreaterThan(0.6);
        assertThat(mastery(down, id(1, 1)).mean()).isLessThan(0.5);
        assertThat(mastery(up, id(1, 1)).mean() - mastery(down, id(1, 1)).mean()).isGreaterThan(0.15);
        assertThat(up.predictedScore()).isGreaterThan(down.predictedScore());
    }

    /** 240 answers spread over every objective at one difficulty tag, right with probability {@code p}. */
    private static List<AnswerEvent> diet(int tag, double p) {
        var random = new java.util.Random(tag);
        var list = new ArrayList<AnswerEvent>();
        var objectives = ReadinessFixtures.examOutline().objectives();
        for (int i = 0; i < 240; i++) {
            var id = objectives.get(i % objectives.size()).id();
            var at = ReadinessFixtures.NOW.minusSeconds(3600L * i);
            list.add(new AnswerEvent("q" + i, List.of(id), random.nextDouble() < p, at, tag));
        }
        return list;
    }

    @Test
    void theSameAccuracyOnHarderQuestionsMeansMore() {
        var easy = estimate(diet(1, 0.75));
        var applied = estimate(diet(2, 0.75));
        var hard = estimate(diet(3, 0.75));

        // The tags' prior gap bridges the levels: easy-only practice is discounted on the exam's harder questions.
        assertThat(easy.predictedScore()).isLessThan(applied.predictedScore() - 0.03);
        assertThat(hard.predictedScore()).isGreaterThan(applied.predictedScore() + 0.03);
        assertThat(easy.basis().byDifficulty()).containsExactly(240, 0, 0);
    }

    @Test
    void aWrongGuessFloorIsNotCreditedAsKnowledge() {
        // 30% right on four-choice questions is barely above a blind guess; on ten-combination questions it is not.
        var fourChoice = estimate(diet(2, 0.30));
        var tenCombinations = estimate(diet(2, 0.30).stream().map(a -> new AnswerEvent(a.questionId(), a.objectives(),
                a.correct(), a.at(), a.difficulty(), 0.1, false, false, false)).toList());

        assertThat(fourChoice.predictedScore()).isLessThan(0.45);
        assertThat(tenCombinations.predictedScore()).isGreaterThan(fourChoice.predictedScore() + 0.03);
    }

    @Test
    void aRightAnswerMarkedAsAGuessCountsForLess() {
        var sure = new ArrayList<AnswerEvent>(answers(id(1, 1), 6, false, 0));
        var guessed = new ArrayList<AnswerEvent>(sure);
        for (int i = 0; i < 10; i++) {
            sure.add(new AnswerEvent("s" + i, List.of(id(1, 1)), true, ReadinessFixtures.NOW, 2));
            guessed.add(new AnswerEvent("g" + i, List.of(id(1, 1)), true, ReadinessFixtures.NOW, 2, 0.25, false,
                    true, false));
        }
        assertThat(mastery(estimate(guessed), id(1, 1)).mean())
                .isLessThan(mastery(estimate(sure), id(1, 1)).mean() - 0.03);
        assertThat(estimate(guessed).basis().guessMarkedRight()).isEqualTo(10);
    }

    @Test
    void answersTaggedWithAnotherOutlineVersionAreIgnored() {
        var otherVersion = new ObjectiveId("v1", 1, 0, 1);
        var foreign = answers(otherVersion, 25, true, 0);

        assertThat(estimate(foreign)).isEqualTo(estimate(List.of()));

        var both = new AnswerEvent("q", List.of(otherVersion, id(1, 2)), true, ReadinessFixtures.NOW, 2);
        var estimate = estimate(List.of(both));
        assertThat(mastery(estimate, id(1, 2)).answers()).isEqualTo(1);
        assertThat(mastery(estimate, id(1, 1)).answers()).isZero();
    }

    @Test
    void anAnswerCountsForEveryObjectiveItLists() {
        var shared = new AnswerEvent("q", List.of(id(1, 1), id(2, 3)), true, ReadinessFixtures.NOW, 2);
        var estimate = estimate(List.of(shared));

        assertThat(mastery(estimate, id(1, 1)).answers()).isEqualTo(1);
        assertThat(mastery(estimate, id(2, 3)).answers()).isEqualTo(1);
        assertThat(estimate.sections()).extracting(SectionReadiness::answers).containsExactly(1, 1, 0);
    }

    @Test
    void predictedScoreIsTheBlueprintWeightedCombinationOfSections() {
        var small = ReadinessFixtures.outline(4, 4, 4);
        var history = new ArrayList<AnswerEvent>();
        for (int o = 1; o <= 4; o++) {
            history.addAll(answers(id(1, o), 40, true, 0));
            history.addAll(answers(id(2, o), 40, false, 0));
            history.addAll(answers(id(3, o), 40, false, 0));
        }
        var half = estimate(small, ReadinessFixtures.metadata(60, 70, 50, 30, 20), history);
        var fifth = estimate(small, ReadinessFixtures.metadata(60, 70, 20, 50, 30), history);

        assertThat(half.sections().get(0).mean()).isGreaterThan(0.9);
        // All wrong on four-choice questions: near the guess floor of the exam (25%), not below it.
        assertThat(half.sections().get(1).mean()).isBetween(0.25, 0.32);
        assertThat(half.predictedScore()).isCloseTo(weighted(half, 0.5, 0.3, 0.2), within(1e-9))
                .isCloseTo(0.5 + 0.5 * 0.27, within(0.05));
        assertThat(fifth.predictedScore()).isCloseTo(weighted(fifth, 0.2, 0.5, 0.3), within(1e-9))
                .isCloseTo(0.2 + 0.8 * 0.27, within(0.05));
        assertThat(half.sections()).extracting(SectionReadiness::weightPercent).containsExactly(50, 30, 20);
        assertThat(half.predictedScore()).isBetween(half.scoreLow(), half.scoreHigh());
    }

    private static double weighted(ReadinessEstimate estimate, double... weights) {
        double sum = 0;
        for (int s = 0; s < weights.length; s++) {
            sum += weights[s] * estimate.sections().get(s).mean();
        }
        return sum;
    }

    @Test
    void sectionsWithoutStatedWeightsAreWeightedByObjectiveCount() {
        var small = ReadinessFixtures.outline(6, 3, 1);
        var estimate = estimate(small, ReadinessFixtures.metadata(60, 70), answers(id(1, 1), 5, true, 0));

        assertThat(estimate.sections()).extracting(SectionReadiness::weightPercent).containsExactly(60, 30, 10);
        assertThat(estimate.predictedScore()).isCloseTo(weighted(estimate, 0.6, 0.3, 0.1), within(1e-12));
    }

    @Test
    void passProbabilityRisesWithAbility() {
        double previous = -1;
        for (int right : new int[] {6, 10, 12, 13, 14, 15, 16, 19}) {
            var history = new ArrayList<AnswerEvent>();
            for (var objective : outline.objectives()) {
                history.addAll(answers(objective.id(), right, true, 1));
                history.addAll(answers(objective.id(), 20 - right, false, 1));
            }
            var estimate = estimate(history);
            assertThat(estimate.passProbability()).as("%d of 20 right", right).isGreaterThan(previous)
                    .isBetween(estimate.passLow(), estimate.passHigh());
            previous = estimate.passProbability();
        }
        assertThat(previous).isGreaterThan(0.99);
    }

    @Test
    void overallEvidenceStaysLittleUntilMostOfTheBlueprintIsMeasured() {
        var history = new ArrayList<AnswerEvent>();
        for (int o = 1; o <= 22; o++) {
            history.addAll(answers(id(1, o), 5, true, 0));
        }
        var firstSection = estimate(history);
        for (int o = 1; o <= 20; o++) {
            history.addAll(answers(id(2, o), 5, true, 0));
        }
        var twoSections = estimate(history);

        assertThat(firstSection.evidence()).isEqualTo(Evidence.LITTLE);
        assertThat(firstSection.sections()).extracting(SectionReadiness::evidence)
                .containsExactly(Evidence.ENOUGH, Evidence.NONE, Evidence.NONE);
        assertThat(twoSections.evidence()).isEqualTo(Evidence.ENOUGH);
    }

    @Test
    void sameClockAndSeedGiveTheSameEstimate() {
        var history = new ArrayList<AnswerEvent>(answers(id(1, 1), 7, true, 3));
        history.addAll(answers(id(2, 4), 5, false, 10));

        var first = model.estimate(outline, metadata, history, ReadinessFixtures.CLOCK, new Random(7));
        var second = model.estimate(outline, metadata, history, ReadinessFixtures.CLOCK, new Random(7));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void anOutlineWithoutObjectivesIsRejected() {
        var empty = ReadinessFixtures.outline();
        assertThatThrownBy(() -> estimate(empty, metadata, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no objectives");
    }
}
