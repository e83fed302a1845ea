package io.studycompanion.domain.readiness;

import java.util.List;

/**
 * A simulated learner after study: the history the app sees and the truth at NOW it must estimate.
 *
 * @param style          how it chose questions (a diet learner is recorded as RANDOM: uniform over its one tag; so
 *                       is a crammer, which cycles through its few questions)
 * @param learningSpeed  λ, the factor on every practice gain
 * @param startAbility   overall ability g at the start of study, logits
 * @param trueScore      expected score fraction on a blueprint-drawn exam from the exam pool, at NOW
 * @param examScores     right answers out of 60 in each simulated sitting at NOW
 * @param truePassChance share of the oracle sittings that passed: what a perfectly informed model would state
 * @param trueLow        10% quantile of the oracle sittings' score fraction; {@code trueHigh} the 90% quantile
 * @param objectiveTruth per objective of the outline (in its order), the mean chance on its exam-pool questions at NOW
 * @param memory         its memory of answer keys and review habit ({@link LearnerMemory#NONE} in a world without)
 */
record IrtLearner(int index, StudyStyle style, double learningSpeed, double startAbility, List<AnswerEvent> history,
                  double trueScore, int[] examScores, double truePassChance, double trueLow, double trueHigh,
                  double[] objectiveTruth, LearnerMemory memory) {
    IrtLearner {
        history = List.copyOf(history);
        examScores = examScores.clone();
        objectiveTruth = objectiveTruth.clone();
    }

    int answers() {
        return history.size();
    }

    double rawAccuracy() {
        return history.isEmpty() ? 0 : (double) history.stream().filter(AnswerEvent::correct).count() / history.size();
    }

    /** What a perfectly informed model would say: the truth, as an estimate the report can score like any other. */
    ReadinessEstimate oracle() {
        return new ReadinessEstimate(IrtWorld.NOW, ReadinessFixtures.VERSION, List.of(), List.of(), trueScore, trueLow,
                trueHigh, truePassChance, truePassChance, truePassChance, 70, Evidence.ENOUGH);
    }

    /** Right share of the practice answers (exam simulations left out). */
    double practiceAccuracy() {
        var practice = history.stream().filter(a -> !a.exam()).toList();
        return practice.isEmpty() ? 0 : (double) practice.stream().filter(AnswerEvent::correct).count() / practice.size();
    }

    long examAnswers() {
        return history.stream().filter(AnswerEvent::exam).count();
    }
}
