package io.studycompanion.domain.readiness;

import java.util.Arrays;

/**
 * The exam score given drawn abilities. For each draw the exam's questions are split over the sections by their
 * weights, and the distribution of the number of right answers given the sections' abilities is computed exactly
 * (one binomial per section, convolved), so only the abilities are sampled, not the answers. Holds scratch
 * buffers: one instance per estimate, not shared.
 */
final class ExamScores {
    private final Blueprint blueprint;
    private final double[] binomial;
    private final double[] convolved;
    private final double[] pmf;
    private final double[] mixture;
    private final int[] counts;
    private final double[] passChance;
    private int draws;

    ExamScores(Blueprint blueprint, int capacity) {
        this.blueprint = blueprint;
        this.binomial = new double[blueprint.questions + 1];
        this.convolved = new double[blueprint.questions + 1];
        this.pmf = new double[blueprint.questions + 1];
        this.mixture = new double[blueprint.questions + 1];
        this.counts = new int[blueprint.sectionCount()];
        this.passChance = new double[capacity];
    }

    /** Adds one draw: each section's chance of a right answer, and a uniform number for the question split. */
    void add(double[] sectionAbility, double offset) {
        questionCounts(offset);
        scoreDistribution(sectionAbility);
        double pass = 0;
        for (int k = 0; k < pmf.length; k++) {
            mixture[k] += pmf[k];
            if (k >= blueprint.passCorrect) {
                pass += pmf[k];
            }
        }
        passChance[draws++] = pass;
    }

    /**
     * @param scorePmf   probability of each number of right answers 0..questions, over all draws
     * @param passChance per draw, the sorted probability of reaching the pass mark given that draw's abilities
     */
    record Result(double[] scorePmf, double[] passChance) {
        double passMean() {
            return Arrays.stream(passChance).average().orElse(0);
        }

        /**
         * Probability that the score fraction is below {@code fraction}, reading each whole number of right answers
         * k as spread evenly over [k − ½, k + ½] questions, so the quantiles below are continuous: an 80% range then
         * holds 80% of the belief, not 80% plus whatever sits on its end points (on a 60-question exam that made
         * the "80%" range hold about 86% of sittings).
         */
        double scoreBelow(double fraction) {
            int n = scorePmf.length - 1;
            double x = fraction * n + 0.5;
            double below = 0;
            for (int k = 0; k <= n; k++) {
                below += scorePmf[k] * Math.max(0, Math.min(1, x - k));
            }
            return below;
        }

        /** The score fraction below which a share q of the belief lies (the inverse of {@link #scoreBelow}). */
        double scoreQuantile(double q) {
            int n = scorePmf.length - 1;
            double cumulative = 0;
            for (int k = 0; k <= n; k++) {
                if (cumulative + scorePmf[k] >= q && scorePmf[k] > 0) {
                    double within = (q - cumulative) / scorePmf[k];
                    return Math.max(0, Math.min(1, (k - 0.5 + within) / n));
                }
                cumulative += scorePmf[k];
            }
            return 1;
        }
    }

    Result result() {
        double[] pmfOut = new double[mixture.length];
        for (int k = 0; k < mixture.length; k++) {
            pmfOut[k] = mixture[k] / draws;
        }
        double[] sorted = Arrays.copyOf(passChance, draws);
        Arrays.sort(sorted);
        return new Result(pmfOut, sorted);
    }

    /**
     * Splits the questions by weight × count with systematic rounding from a random offset: the parts always
     * add up to the total and each section gets exactly weight × count questions on average.
     */
    private void questionCounts(double offset) {
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

    /** The convolution of one binomial per section: counts[s] questions right with probability ability[s]. */
    private void scoreDistribution(double[] ability) {
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

    /** Linear-interpolated q-quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
