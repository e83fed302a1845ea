package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Outline;

import java.time.Clock;
import java.util.List;
import java.util.Random;

/**
 * The naive predictor a model must beat: the score is the share of the history answered right; range and pass
 * chance treat the exam as that many independent questions at that accuracy (binomial).
 */
final class RawAccuracyBaseline implements ReadinessModel {
    private static final double RANGE_TAIL = 0.10;

    @Override
    public ReadinessEstimate estimate(Outline outline, ExamMetadata metadata, List<AnswerEvent> answers, Clock clock,
                                      Random random) {
        double accuracy = answers.isEmpty() ? 0.5
                : (double) answers.stream().filter(AnswerEvent::correct).count() / answers.size();
        int questions = metadata.questionCount().value();
        int passMark = metadata.passMarkPercent().value();
        int passCorrect = (int) Math.ceil(questions * passMark / 100.0 - 1e-9);
        double[] pmf = binomial(questions, accuracy);
        double pass = 0;
        for (int k = passCorrect; k <= questions; k++) {
            pass += pmf[k];
        }
        double low = quantile(pmf, RANGE_TAIL) / (double) questions;
        double high = quantile(pmf, 1 - RANGE_TAIL) / (double) questions;
        return new ReadinessEstimate(clock.instant(), outline.version(), List.of(), List.of(), accuracy, low, high,
                pass, pass, pass, passMark, answers.isEmpty() ? Evidence.NONE : Evidence.ENOUGH);
    }

    static double[] binomial(int n, double p) {
        double[] pmf = new double[n + 1];
        double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
        double logChoose = 0; // log C(n, k), built up k by k
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logChoose += Math.log(n - k + 1) - Math.log(k);
            }
            pmf[k] = Math.exp(logChoose + k * Math.log(q) + (n - k) * Math.log(1 - q));
        }
        return pmf;
    }

    /** The smallest count whose cumulative probability reaches {@code share}. */
    static int quantile(double[] pmf, double share) {
        double cumulative = 0;
        for (int k = 0; k < pmf.length; k++) {
            cumulative += pmf[k];
            if (cumulative >= share - 1e-12) {
                return k;
            }
        }
        return pmf.length - 1;
    }
}
