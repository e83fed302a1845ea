package io.studycompanion.domain.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The real exam as a learner would meet it at one moment: per section, the chance of a right answer on each
 * exam-pool question, and the blueprint quota drawn from that section.
 */
final class ExamTruth {
    private final double[][] rightChance;
    private final int[] quota;

    private ExamTruth(double[][] rightChance, int[] quota) {
        this.rightChance = rightChance;
        this.quota = quota;
    }

    static ExamTruth at(Instant at, IrtAbility ability, IrtBank bank, Map<Integer, Integer> quotas) {
        var pools = bank.exam();
        double[][] chance = new double[pools.size()][];
        int[] quota = new int[pools.size()];
        for (int s = 0; s < pools.size(); s++) {
            List<IrtQuestion> pool = pools.get(s);
            chance[s] = new double[pool.size()];
            for (int q = 0; q < pool.size(); q++) {
                chance[s][q] = pool.get(q).rightChance(ability.theta(pool.get(q).objective(), at));
            }
            quota[s] = quotas.get(s + 1);
        }
        return new ExamTruth(chance, quota);
    }

    /** Expected score fraction: each section's quota times its pool's mean chance, over the exam's length. */
    double expectedScore(int examQuestions) {
        double right = 0;
        for (int s = 0; s < rightChance.length; s++) {
            double mean = 0;
            for (double p : rightChance[s]) {
                mean += p / rightChance[s].length;
            }
            right += quota[s] * mean;
        }
        return right / examQuestions;
    }

    /** Each objective's mean chance of a right answer on typical questions at its ability (what mastery estimates). */
    static double[] objectiveChances(Instant at, IrtAbility ability, List<IrtQuestion> typical, int objectives) {
        double[] chance = new double[objectives];
        for (int o = 0; o < objectives; o++) {
            double theta = ability.theta(o, at);
            for (var question : typical) {
                chance[o] += question.rightChance(theta) / typical.size();
            }
        }
        return chance;
    }

    /** One sitting: each section's quota drawn without replacement from its pool; returns the right answers. */
    int sit(Random random) {
        int right = 0;
        for (int s = 0; s < rightChance.length; s++) {
            int[] order = new int[rightChance[s].length];
            for (int q = 0; q < order.length; q++) {
                order[q] = q;
            }
            for (int k = 0; k < quota[s]; k++) {
                int pick = k + random.nextInt(order.length - k); // partial Fisher–Yates
                int q = order[pick];
                order[pick] = order[k];
                right += random.nextDouble() < rightChance[s][q] ? 1 : 0;
            }
        }
        return right;
    }
}
