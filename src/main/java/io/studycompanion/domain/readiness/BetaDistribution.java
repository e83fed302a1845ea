package io.studycompanion.domain.readiness;

import java.util.Random;

/**
 * The Beta(alpha, beta) distribution, used as the belief about a probability of answering right: after a
 * Beta prior and (recency-weighted, so possibly fractional) right and wrong answers, the belief is again Beta,
 * with the right answers added to alpha and the wrong ones to beta.
 */
public record BetaDistribution(double alpha, double beta) {
    private static final int BISECTION_STEPS = 50;

    public BetaDistribution {
        if (!(alpha > 0) || !(beta > 0) || Double.isInfinite(alpha) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("Beta parameters must be positive and finite: " + alpha + ", " + beta);
        }
    }

    /** The Beta distribution with the given mean and strength (alpha + beta, "pseudo-answers"). */
    public static BetaDistribution ofMean(double mean, double strength) {
        return new BetaDistribution(mean * strength, (1 - mean) * strength);
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    public double variance() {
        double n = alpha + beta;
        return alpha * beta / (n * n * (n + 1));
    }

    /** P(X ≤ x), the regularized incomplete beta function. */
    public double cdf(double x) {
        return SpecialFunctions.regularizedBeta(x, alpha, beta);
    }

    /** The q-quantile, found by bisection on the distribution function (50 steps: error below 1e-15). */
    public double quantile(double q) {
        if (q <= 0) {
            return 0;
        }
        if (q >= 1) {
            return 1;
        }
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** One random draw, as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
    public double sample(Random random) {
        return sample(alpha, beta, random);
    }

    /** Same as {@link #sample(Random)} without allocating a record in the Monte Carlo inner loop. */
    static double sample(double alpha, double beta, Random random) {
        double x = gamma(alpha, random);
        double y = gamma(beta, random);
        double sum = x + y;
        // Both draws can underflow to 0 only for tiny parameters; the mean is then the sensible answer.
        return sum > 0 ? x / sum : alpha / (alpha + beta);
    }

    /** Gamma(shape, 1) draw: Marsaglia and Tsang (2000), with the U^(1/shape) boost for shape &lt; 1. */
    static double gamma(double shape, Random random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
