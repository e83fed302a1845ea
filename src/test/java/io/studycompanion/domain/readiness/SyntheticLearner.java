package io.studycompanion.domain.readiness;

import io.studycompanion.domain.Objective;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.quiz.BlueprintSampler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated learner with known per-objective ability: a practice history on a bank of 7 questions per
 * objective, and real exam sittings drawn like the app's exam simulation (blueprint quotas, questions at random).
 *
 * @param trueScore blueprint-weighted true ability: the exam score expected with these abilities
 * @param examScores right answers in each simulated exam sitting
 * @param truePassChance share of {@value #ORACLE_SITTINGS} further sittings passed: what an oracle would predict
 */
record SyntheticLearner(double[] ability, List<AnswerEvent> history, double trueScore, int[] examScores,
                        double truePassChance) {
    static final int QUESTIONS_PER_OBJECTIVE = 7;
    static final int EXAM_QUESTIONS = 60;
    static final int PASS_CORRECT = 42;
    /** Sittings used to measure the pass chance a perfectly informed model would state. */
    static final int ORACLE_SITTINGS = 200;
    static final int HISTORY_DAYS = 60;

    /**
     * Overall level uniform in 40–95%; each objective's ability spreads around it (logit ± N(0, 0.7)); the learner
     * practises objectives with unequal, random propensities, so some stay unpractised.
     */
    static SyntheticLearner generate(Outline outline, Map<Integer, Integer> weights, int sittings, Random world) {
        var objectives = outline.objectives();
        double level = 0.40 + 0.55 * world.nextDouble();
        double[] ability = new double[objectives.size()];
        for (int o = 0; o < ability.length; o++) {
            ability[o] = 1 / (1 + Math.exp(-(Math.log(level / (1 - level)) + 0.7 * world.nextGaussian())));
        }
        var history = history(objectives, ability, 20 + world.nextInt(281), world);
        var quotas = BlueprintSampler.quotas(weights, EXAM_QUESTIONS);
        int[] scores = new int[sittings];
        for (int i = 0; i < sittings; i++) {
            scores[i] = sitExam(outline, quotas, ability, world);
        }
        int passed = 0;
        for (int i = 0; i < ORACLE_SITTINGS; i++) {
            passed += sitExam(outline, quotas, ability, world) >= PASS_CORRECT ? 1 : 0;
        }
        return new SyntheticLearner(ability, history, trueScore(outline, weights, ability), scores,
                (double) passed / ORACLE_SITTINGS);
    }

    private static List<AnswerEvent> history(List<Objective> objectives, double[] ability, int count, Random world) {
        double[] propensity = new double[ability.length];
        double total = 0;
        for (int o = 0; o < ability.length; o++) {
            propensity[o] = -Math.log(1 - world.nextDouble());
            total += propensity[o];
        }
        var history = new ArrayList<AnswerEvent>(count);
        for (int i = 0; i < count; i++) {
            int o = pick(propensity, total * world.nextDouble());
            var at = ReadinessFixtures.NOW.minus(Duration.ofSeconds((long) (world.nextDouble() * HISTORY_DAYS * 86_400)));
            String question = "q" + o + "-" + world.nextInt(QUESTIONS_PER_OBJECTIVE);
            history.add(new AnswerEvent(question, List.of(objectives.get(o).id()), world.nextDouble() < ability[o], at, 2));
        }
        return history;
    }

    private static int pick(double[] propensity, double target) {
        double cumulative = 0;
        for (int o = 0; o < propensity.length; o++) {
            cumulative += propensity[o];
            if (target < cumulative) {
                return o;
            }
        }
        return propensity.length - 1;
    }

    /** One sitting: each section's quota of questions drawn without replacement from its part of the bank. */
    private static int sitExam(Outline outline, Map<Integer, Integer> quotas, double[] ability, Random world) {
        int right = 0;
        int first = 0;
        for (var section : outline.sections()) {
            int count = section.objectives().size();
            int[] pool = new int[count * QUESTIONS_PER_OBJECTIVE];
            for (int q = 0; q < pool.length; q++) {
                pool[q] = first + q / QUESTIONS_PER_OBJECTIVE;
            }
            // Partial Fisher–Yates: the first quota entries become a uniform sample without replacement.
            for (int q = 0; q < quotas.get(section.number()); q++) {
                int pick = q + world.nextInt(pool.length - q);
                int o = pool[pick];
                pool[pick] = pool[q];
                right += world.nextDouble() < ability[o] ? 1 : 0;
            }
            first += count;
        }
        return right;
    }

    static double trueScore(Outline outline, Map<Integer, Integer> weights, double[] ability) {
        double score = 0;
        int first = 0;
        for (var section : outline.sections()) {
            int count = section.objectives().size();
            double mean = 0;
            for (int o = first; o < first + count; o++) {
                mean += ability[o] / count;
            }
            score += weights.get(section.number()) / 100.0 * mean;
            first += count;
        }
        return score;
    }
}
