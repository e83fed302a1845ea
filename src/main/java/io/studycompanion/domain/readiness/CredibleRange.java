package io.studycompanion.domain.readiness;

import java.util.function.DoubleUnaryOperator;

/**
 * An 80% range that always holds its own estimate. The equal-tailed range (10th to 90th percentile) misses the
 * mean of a lopsided belief: after many right answers nearly all of it sits next to 100% and a thin tail pulls
 * the mean below the 10th percentile (the model once showed 99.6% with the range 99.8–100%). The window then
 * slides, still holding 80% of the belief, until the estimate is inside it: it runs from the level
 * {@code p} to {@code p + 0.8}, with {@code p} as close to 0.1 as the estimate's own level allows.
 */
final class CredibleRange {
    static final double MASS = 0.8;
    private static final double CENTRED = (1 - MASS) / 2;

    private CredibleRange() {
    }

    /**
     * The range [low, high] of {@code quantile} holding {@code estimate}, where {@code belowEstimate} is the
     * share of the belief below the estimate.
     */
    static double[] of(double estimate, double belowEstimate, DoubleUnaryOperator quantile) {
        double from = Math.max(0, belowEstimate - MASS);
        double to = Math.min(1 - MASS, belowEstimate);
        double p = Math.min(to, Math.max(from, CENTRED));
        double low = quantile.applyAsDouble(p);
        double high = quantile.applyAsDouble(p + MASS);
        // The quantiles are numerical (bisection, interpolation): never let rounding put the estimate outside.
        return new double[] {Math.min(low, estimate), Math.max(high, estimate)};
    }

    /** The range for sorted draws, around the estimate given (usually their mean). */
    static double[] ofSorted(double[] sorted, double estimate) {
        int below = 0;
        while (below < sorted.length && sorted[below] < estimate) {
            below++;
        }
        return of(estimate, (double) below / sorted.length, q -> ExamScores.quantile(sorted, q));
    }
}
