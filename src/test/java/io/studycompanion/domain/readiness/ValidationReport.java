package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accuracy and calibration of readiness estimates against simulated learners.
 *
 * @param maeRich        mean absolute error of the predicted score (points) for learners with ≥ 100 answers
 * @param maeSparse      the same for learners with fewer answers
 * @param bias           mean (predicted − true) score in points, all learners
 * @param brier          Brier score of the pass probability against simulated sittings
 * @param oracleBrier    Brier score of the true pass chance (the floor no model can beat)
 * @param rangeCoverage  share of sittings whose score lies in the 80% score range
 * @param calibrationGap sitting-weighted mean |mean predicted − observed pass rate| over the bins
 * @param shownBins      bins of the learners shown a pass chance, against their pass rate over the oracle sittings
 * @param floor          the binomial noise in the MAE of learners with ≥ 100 answers: what no model removes
 */
record ValidationReport(int learners, int sittings, double maeRich, double maeSparse, double bias, double brier,
                        double oracleBrier, double rangeCoverage, List<Bin> bins, double calibrationGap,
                        List<Bin> shownBins, double floor) {
    static final int RICH_HISTORY = 100;

    /**
     * One reliability bin: predicted pass probability in [from, from + 0.1); {@code observed} the pass rate of the
     * sittings, {@code meanTruePass} the learners' pass rate over {@value SyntheticLearner#ORACLE_SITTINGS} more.
     */
    record Bin(double from, int learners, int sittings, double meanPredicted, double observed, double meanTruePass) {
        double gap() {
            return Math.abs(meanPredicted - meanTruePass);
        }
    }

    static ValidationReport of(List<SyntheticLearner> learners, List<ReadinessEstimate> estimates) {
        double[] errors = scoreErrors(learners, estimates);
        double[] sittings = sittingScores(learners, estimates);
        var bins = bins(learners, estimates, false);
        return new ValidationReport(learners.size(), (int) sittings[3], errors[0], errors[1], errors[2], sittings[0],
                sittings[1], sittings[2], bins, gap(bins), bins(learners, estimates, true),
                ReadinessFixtures.binomialFloor(learners.stream().map(SyntheticLearner::history).toList()));
    }

    /** MAE in points for rich and sparse histories, and the mean signed error. */
    private static double[] scoreErrors(List<SyntheticLearner> learners, List<ReadinessEstimate> estimates) {
        double[] sums = new double[4]; // rich |error|, rich count, sparse |error|, sparse count
        double bias = 0;
        for (int i = 0; i < learners.size(); i++) {
            double error = 100 * (estimates.get(i).predictedScore() - learners.get(i).trueScore());
            int slot = learners.get(i).history().size() >= RICH_HISTORY ? 0 : 2;
            sums[slot] += Math.abs(error);
            sums[slot + 1]++;
            bias += error / learners.size();
        }
        return new double[] {sums[0] / sums[1], sums[2] / sums[3], bias};
    }

    /** Brier score, oracle Brier score, score-range coverage and the number of sittings. */
    private static double[] sittingScores(List<SyntheticLearner> learners, List<ReadinessEstimate> estimates) {
        double brier = 0;
        double oracle = 0;
        double covered = 0;
        int sittings = 0;
        for (int i = 0; i < learners.size(); i++) {
            var estimate = estimates.get(i);
            for (int score : learners.get(i).examScores()) {
                double fraction = (double) score / SyntheticLearner.EXAM_QUESTIONS;
                double passed = score >= SyntheticLearner.PASS_CORRECT ? 1 : 0;
                brier += square(estimate.passProbability() - passed);
                oracle += square(learners.get(i).truePassChance() - passed);
                covered += fraction >= estimate.scoreLow() - 1e-9 && fraction <= estimate.scoreHigh() + 1e-9 ? 1 : 0;
                sittings++;
            }
        }
        return new double[] {brier / sittings, oracle / sittings, covered / sittings, sittings};
    }

    private static List<Bin> bins(List<SyntheticLearner> learners, List<ReadinessEstimate> estimates, boolean shown) {
        double[][] sums = new double[10][5]; // learners, sittings, predicted (per sitting), passes, true pass chance
        for (int i = 0; i < learners.size(); i++) {
            if (shown && !estimates.get(i).basis().passChanceShown()) {
                continue;
            }
            double p = estimates.get(i).passProbability();
            var sum = sums[Math.min(9, (int) (p * 10))];
            sum[0]++;
            sum[4] += learners.get(i).truePassChance();
            for (int score : learners.get(i).examScores()) {
                sum[1]++;
                sum[2] += p;
                sum[3] += score >= SyntheticLearner.PASS_CORRECT ? 1 : 0;
            }
        }
        var bins = new ArrayList<Bin>();
        for (int b = 0; b < 10; b++) {
            var s = sums[b];
            bins.add(new Bin(b / 10.0, (int) s[0], (int) s[1], s[1] == 0 ? 0 : s[2] / s[1], s[1] == 0 ? 0 : s[3] / s[1],
                    s[0] == 0 ? 0 : s[4] / s[0]));
        }
        return bins;
    }

    private static double gap(List<Bin> bins) {
        double weighted = 0;
        int total = 0;
        for (var bin : bins) {
            weighted += bin.sittings() * Math.abs(bin.meanPredicted() - bin.observed());
            total += bin.sittings();
        }
        return weighted / total;
    }

    private static double square(double x) {
        return x * x;
    }

    /** Markdown for the README: headline figures and the reliability table. */
    String markdown(String setup) {
        var out = new StringBuilder("# Readiness model validation\n\n").append(setup).append("\n\n");
        out.append(String.format(Locale.ROOT, "| Figure | Value |%n|---|---|%n"
                        + "| MAE predicted vs true score, ≥ 100 answers | %.2f points |%n"
                        + "| MAE predicted vs true score, < 100 answers | %.2f points |%n"
                        + "| Mean bias (predicted − true) | %+.2f points |%n"
                        + "| Brier score of pass probability | %.4f (oracle with true abilities: %.4f) |%n"
                        + "| Sittings inside the 80%% score range | %.1f%% |%n"
                        + "| Weighted mean calibration gap | %.3f |%n"
                        + "| Binomial noise floor of the MAE, ≥ 100 answers | %.2f points |%n%n",
                maeRich, maeSparse, bias, brier, oracleBrier, 100 * rangeCoverage, calibrationGap, floor));
        out.append("| Predicted pass probability | Learners | Sittings | Mean predicted | Observed pass rate |\n");
        out.append("|---|---|---|---|---|\n");
        for (var bin : bins) {
            out.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %d | %.3f | %.3f |%n", bin.from(),
                    bin.from() + 0.1, bin.learners(), bin.sittings(), bin.meanPredicted(), bin.observed()));
        }
        out.append("\nLearners shown a pass chance, against their pass rate over ")
                .append(SyntheticLearner.ORACLE_SITTINGS).append(" sittings each:\n\n")
                .append("| Predicted pass probability | Learners | Mean predicted | Pass rate |\n|---|---|---|---|\n");
        for (var bin : shownBins) {
            out.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f |%n", bin.from(), bin.from() + 0.1,
                    bin.learners(), bin.meanPredicted(), bin.meanTruePass()));
        }
        return out.toString();
    }
}
