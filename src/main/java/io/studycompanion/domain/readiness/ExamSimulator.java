package io.studycompanion.domain.readiness;

import java.util.Arrays;
import java.util.Random;

/**
 * Monte Carlo over what the learner might really know. Each draw takes the learner's overall ability μ from its
 * Beta posterior; every objective's p then follows Beta(right + s·μ, wrong + s·(1 − μ)) (the objective prior is
 * centred on the drawn μ, so unpractised objectives move together with the overall level instead of averaging
 * out). Each section's ability, the average p of its objectives, is drawn from the Beta with that average's exact
 * mean and variance given μ; the section gets its share of the exam's questions, and the distribution of the
 * number of right answers given those abilities is computed exactly. Sampling only the abilities and not the
 * answers keeps the Monte Carlo noise low. Holds scratch buffers: one instance per estimate, not shared.
 */
final class ExamSimulator {
    private final Blueprint blueprint;
    private final AnswerTally tally;
    private final BetaDistribution learner;
    private final double strength;
    private final double[] binomial;
    private final double[] convolved;

    /**
     * @param sectionAbility per section, the sorted draws of its mean ability (average p of its objectives)
     * @param scorePmf       probability of each number of right answers 0..questions, over all draws
     * @param passChance     per draw, the sorted probability of reaching the pass mark given that draw's abilities
     */
    record Result(double[][] sectionAbility, double[] scorePmf, double[] passChance) {
        double passMean() {
            return Arrays.stream(passChance).average().orElse(0);
        }

        /** Probability that the score fraction is below {@code fraction}. */
        double scoreBelow(double fraction) {
            double below = 0;
            for (int k = 0; k < scorePmf.length && (double) k / (scorePmf.length - 1) < fraction; k++) {
                below += scorePmf[k];
            }
            return below;
        }

        /** Smallest score fraction whose cumulative probability reaches q. */
        double scoreQuantile(double q) {
            double cumulative = 0;
            for (int k = 0; k < scorePmf.length; k++) {
                cumulative += scorePmf[k];
                if (cumulative >= q - 1e-12) {
                    return (double) k / (scorePmf.length - 1);
                }
            }
            return 1;
        }
    }

    ExamSimulator(Blueprint blueprint, AnswerTally tally, BetaDistribution learner, double strength) {
        this.blueprint = blueprint;
        this.tally = tally;
        this.learner = learner;
        this.strength = strength;
        this.binomial = new double[blueprint.questions + 1];
        this.convolved = new double[blueprint.questions + 1];
    }

    /** Runs {@code draws} draws with the given random source; the same source state gives the same result. */
    Result run(int draws, Random random) {
        int sections = blueprint.sectionCount();
        double[][] sectionAbility = new double[sections][draws];
        double[] mixture = new double[blueprint.questions + 1];
        double[] passChance = new double[draws];
        double[] ability = new double[sections];
        double[] pmf = new double[blueprint.questions + 1];
        int[] counts = new int[sections];
        for (int d = 0; d < draws; d++) {
            drawAbilities(random, ability);
            for (int s = 0; s < sections; s++) {
                sectionAbility[s][d] = ability[s];
            }
            questionCounts(random.nextDouble(), counts);
            scoreDistribution(counts, ability, pmf);
            passChance[d] = accumulate(pmf, mixture);
        }
        for (var a : sectionAbility) {
            Arrays.sort(a);
        }
        Arrays.sort(passChance);
        for (int k = 0; k < mixture.length; k++) {
            mixture[k] /= draws;
        }
        return new Result(sectionAbility, mixture, passChance);
    }

    /**
     * Draws each section's ability, the average p of its objectives. Given μ the objectives are independent
     * Betas, so the average's mean and variance are exact sums; it is drawn from the Beta with that mean and
     * variance (moment matching), which costs one draw per section instead of one per objective.
     */
    private void drawAbilities(Random random, double[] ability) {
        double mu = BetaReadinessModel.objectivePriorMean(learner.sample(random));
        for (int s = 0; s < ability.length; s++) {
            double mean = 0;
            double variance = 0;
            for (int o : blueprint.objectivesOf[s]) {
                double n = tally.right[o] + tally.wrong[o] + strength;
                double m = (tally.right[o] + strength * mu) / n;
                mean += m;
                variance += m * (1 - m) / (n + 1);
            }
            int k = blueprint.objectivesOf[s].length;
            ability[s] = drawWithMoments(mean / k, variance / ((double) k * k), random);
        }
    }

    /** A Beta draw with the given mean and variance (variance below mean·(1 − mean), as for any average of Betas). */
    private static double drawWithMoments(double mean, double variance, Random random) {
        if (variance <= 0 || mean <= 0 || mean >= 1) {
            return mean;
        }
        double strength = mean * (1 - mean) / variance - 1;
        return BetaDistribution.sample(mean * strength, (1 - mean) * strength, random);
    }

    /**
     * Splits the questions by weight × count with systematic rounding from a random offset: the parts always
     * add up to the total and each section gets exactly weight × count questions on average.
     */
    private void questionCounts(double offset, int[] counts) {
        double cumulative = 0;
        int previous = 0;
        for (int s = 0; s < counts.length; s++) {
            cumulative += blueprint.questions * blueprint.weight[s];
            int upTo = s == counts.length - 1 ? blueprint.questions : (int) Math.floor(cumulative + offset);
            upTo = Math.min(blueprint.questions, Math.max(previous, upTo));
            counts[s] = upTo - previous;
            previous = upTo;
        }
    }

    /**
     * Distribution of right answers when section s has counts[s] questions each answered right with
     * probability ability[s] (a question's objective is equally likely to be any of the section's objectives,
     * so its chance is the section's mean p): the convolution of one binomial per section.
     */
    private void scoreDistribution(int[] counts, double[] ability, double[] pmf) {
        Arrays.fill(pmf, 0);
        pmf[0] = 1;
        int size = 0;
        for (int s = 0; s < counts.length; s++) {
            binomial(counts[s], ability[s], binomial);
            Arrays.fill(convolved, 0, size + counts[s] + 1, 0);
            for (int i = 0; i <= size; i++) {
                for (int j = 0; j <= counts[s]; j++) {
                    convolved[i + j] += pmf[i] * binomial[j];
                }
            }
            size += counts[s];
            System.arraycopy(convolved, 0, pmf, 0, size + 1);
        }
    }

    /**
     * Binomial(n, p) probabilities by the ratio recurrence, run from the side where the chance is at most one
     * half so the starting term (1 − r)^n cannot underflow.
     */
    private static void binomial(int n, double p, double[] out) {
        boolean flip = p > 0.5;
        double r = flip ? 1 - p : p;
        double ratio = r / (1 - r);
        double term = Math.pow(1 - r, n);
        for (int k = 0; k <= n; k++) {
            out[flip ? n - k : k] = term;
            term *= ratio * (n - k) / (k + 1);
        }
    }

    /** Adds the draw's distribution to the mixture and returns its probability of reaching the pass mark. */
    private double accumulate(double[] pmf, double[] mixture) {
        double pass = 0;
        for (int k = 0; k < pmf.length; k++) {
            mixture[k] += pmf[k];
            if (k >= blueprint.passCorrect) {
                pass += pmf[k];
            }
        }
        return pass;
    }

    /** Linear-interpolated q-quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
