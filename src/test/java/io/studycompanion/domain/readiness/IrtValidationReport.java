package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * How one predictor's estimates compare with the truth of an {@link IrtWorld} population. Errors are in points
 * (predicted − true score, × 100).
 *
 * @param speedThirds bias and MAE in each third of learners ranked by learning speed, slowest first
 * @param inside      share of sittings whose score lies in [scoreLow, scoreHigh]; below and above: the misses
 * @param bins        reliability of the pass probability over all learners
 * @param shownBins   the same over the learners the app shows a pass chance to ({@link Basis#passChanceShown()}; a
 *                    predictor without a basis shows it to all): the figure a learner reads must be calibrated
 * @param shown       how many learners those are
 * @param bands       by history size, next to a constant predictor (population mean score, pass rate of all sittings)
 */
record IrtValidationReport(String predictor, int learners, int sittings, Group all, Group rich, Group sparse,
                           List<Group> speedThirds, List<Group> styles, double brier, double oracleBrier,
                           double inside, double below, double above, List<Bin> bins, List<Bin> shownBins,
                           int shown, List<Band> bands) {
    static final int RICH_HISTORY = 100;
    static final int[] BAND_FROM = {30, 60, 100, 200, 500};
    static final int OBJECTIVE_ANSWERS = 10;
    static final int RANKED_OBJECTIVES = 10;

    /** Learners sharing something: their count, mean absolute error and mean signed error in points. */
    record Group(String label, int learners, double mae, double bias) {
    }

    /**
     * Predicted pass probability in [from, from + 0.1). {@code observed}: share of the learners' 5 sittings passed;
     * {@code meanTruePass}: share of their {@value IrtWorld#ORACLE_SITTINGS} further sittings each passed, the same
     * rate measured without most of the sitting-to-sitting noise (5 sittings of 20 learners leave a spread of about
     * 0.05 in a bin, as wide as the target: even the oracle misses it there).
     */
    record Bin(double from, int learners, int sittings, double meanPredicted, double observed, double meanTruePass) {
        double gap() {
            return Math.abs(meanPredicted - meanTruePass);
        }
    }

    /**
     * Objective mastery on objectives with at least {@link #OBJECTIVE_ANSWERS} answers, against each objective's
     * true chance on typical questions: MAE and bias in points, raw accuracy's MAE on the same objectives, the
     * share of true chances inside the objective's 80% range, and how well each orders a learner's objectives
     * (mean Spearman correlation with the true order, over learners with {@link #RANKED_OBJECTIVES} or more such
     * objectives: the study plan's weakest-first list depends on it).
     */
    record Objectives(int count, double mae, double bias, double rawMae, double inside, int rankedLearners,
                      double rankCorrelation, double rawRankCorrelation) {
        static Objectives of(List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
            double absolute = 0;
            double signed = 0;
            double raw = 0;
            int inside = 0;
            int count = 0;
            double rank = 0;
            double rawRank = 0;
            int ranked = 0;
            for (int i = 0; i < learners.size(); i++) {
                var learner = learners.get(i);
                var objectives = estimates.get(i).objectives();
                var estimated = new ArrayList<Double>();
                var accuracy = new ArrayList<Double>();
                var truths = new ArrayList<Double>();
                for (int o = 0; o < objectives.size(); o++) {
                    var mastery = objectives.get(o);
                    if (mastery.answers() < OBJECTIVE_ANSWERS) {
                        continue;
                    }
                    int right = 0;
                    int all = 0;
                    for (var answer : learner.history()) {
                        if (answer.objectives().contains(mastery.id())) {
                            all++;
                            right += answer.correct() ? 1 : 0;
                        }
                    }
                    double truth = learner.objectiveTruth()[o];
                    absolute += Math.abs(mastery.mean() - truth);
                    signed += mastery.mean() - truth;
                    raw += Math.abs((double) right / all - truth);
                    inside += truth >= mastery.low() && truth <= mastery.high() ? 1 : 0;
                    count++;
                    estimated.add(mastery.mean());
                    accuracy.add((double) right / all);
                    truths.add(truth);
                }
                if (truths.size() >= RANKED_OBJECTIVES) {
                    rank += spearman(estimated, truths);
                    rawRank += spearman(accuracy, truths);
                    ranked++;
                }
            }
            return new Objectives(count, 100 * absolute / count, 100 * signed / count, 100 * raw / count,
                    (double) inside / count, ranked, rank / ranked, rawRank / ranked);
        }

        /** Spearman's rank correlation (ties share their mean rank); 0 when either list has no order. */
        static double spearman(List<Double> a, List<Double> b) {
            double[] ra = ranks(a);
            double[] rb = ranks(b);
            double meanRank = (ra.length - 1) / 2.0;
            double ab = 0;
            double aa = 0;
            double bb = 0;
            for (int i = 0; i < ra.length; i++) {
                ab += (ra[i] - meanRank) * (rb[i] - meanRank);
                aa += (ra[i] - meanRank) * (ra[i] - meanRank);
                bb += (rb[i] - meanRank) * (rb[i] - meanRank);
            }
            return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
        }

        private static double[] ranks(List<Double> values) {
            var order = IntStream.range(0, values.size()).boxed().sorted(Comparator.comparingDouble(values::get))
                    .toList();
            double[] rank = new double[values.size()];
            for (int i = 0; i < order.size(); ) {
                int j = i;
                while (j + 1 < order.size() && values.get(order.get(j + 1)).equals(values.get(order.get(i)))) {
                    j++;
                }
                for (int k = i; k <= j; k++) {
                    rank[order.get(k)] = (i + j) / 2.0;
                }
                i = j + 1;
            }
            return rank;
        }
    }

    record Band(String label, int learners, double mae, double brier, double constantMae, double constantBrier) {
    }

    /** Mean true score and mean predicted − true (points) of the learners on one practice diet. */
    record Diet(int tag, int learners, double meanTrue, double bias) {
        static Diet of(int tag, List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
            return new Diet(tag, learners.size(), learners.stream().mapToDouble(IrtLearner::trueScore).average()
                    .orElse(Double.NaN), group("", learners, estimates, i -> true).bias());
        }
    }

    static IrtValidationReport of(String predictor, List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
        double[] sittingFigures = sittingFigures(learners, estimates);
        return new IrtValidationReport(predictor, learners.size(), (int) sittingFigures[5],
                group("all", learners, estimates, i -> true),
                group("≥ " + RICH_HISTORY + " answers", learners, estimates, i -> learners.get(i).answers() >= RICH_HISTORY),
                group("< " + RICH_HISTORY + " answers", learners, estimates, i -> learners.get(i).answers() < RICH_HISTORY),
                speedThirds(learners, estimates), styles(learners, estimates), sittingFigures[0], sittingFigures[1],
                sittingFigures[2], sittingFigures[3], sittingFigures[4], bins(learners, estimates, i -> true),
                bins(learners, estimates, i -> shown(estimates.get(i))),
                (int) estimates.stream().filter(IrtValidationReport::shown).count(),
                bands(learners, estimates));
    }

    private static double error(IrtLearner learner, ReadinessEstimate estimate) {
        return 100 * (estimate.predictedScore() - learner.trueScore());
    }

    static Group group(String label, List<IrtLearner> learners, List<ReadinessEstimate> estimates,
                       IntPredicate member) {
        double absolute = 0;
        double signed = 0;
        int count = 0;
        for (int i = 0; i < learners.size(); i++) {
            if (member.test(i)) {
                double error = error(learners.get(i), estimates.get(i));
                absolute += Math.abs(error);
                signed += error;
                count++;
            }
        }
        return new Group(label, count, count == 0 ? Double.NaN : absolute / count, count == 0 ? Double.NaN : signed / count);
    }

    private static List<Group> speedThirds(List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
        var bySpeed = IntStream.range(0, learners.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> learners.get(i).learningSpeed())).toList();
        var thirds = new ArrayList<Group>();
        for (int t = 0; t < 3; t++) {
            var members = bySpeed.subList(t * bySpeed.size() / 3, (t + 1) * bySpeed.size() / 3);
            var label = String.format(Locale.ROOT, "speed third %d (λ %.2f–%.2f)", t + 1,
                    learners.get(members.get(0)).learningSpeed(),
                    learners.get(members.get(members.size() - 1)).learningSpeed());
            var indexes = Set.copyOf(members);
            thirds.add(group(label, learners, estimates, indexes::contains));
        }
        return thirds;
    }

    private static List<Group> styles(List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
        var groups = new ArrayList<Group>();
        for (var style : StudyStyle.values()) {
            groups.add(group("style " + style, learners, estimates, i -> learners.get(i).style() == style));
        }
        return groups;
    }

    /** Brier, oracle Brier, share inside / below / above the 80% range, and the number of sittings. */
    private static double[] sittingFigures(List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
        double brier = 0;
        double oracle = 0;
        double inside = 0;
        double below = 0;
        int sittings = 0;
        for (int i = 0; i < learners.size(); i++) {
            var estimate = estimates.get(i);
            for (int score : learners.get(i).examScores()) {
                double fraction = (double) score / IrtWorld.EXAM_QUESTIONS;
                double passed = passed(score);
                brier += square(estimate.passProbability() - passed);
                oracle += square(learners.get(i).truePassChance() - passed);
                if (fraction < estimate.scoreLow() - 1e-9) {
                    below++;
                } else if (fraction <= estimate.scoreHigh() + 1e-9) {
                    inside++;
                }
                sittings++;
            }
        }
        double above = sittings - inside - below;
        return new double[] {brier / sittings, oracle / sittings, inside / sittings, below / sittings,
                above / sittings, sittings};
    }

    private static boolean shown(ReadinessEstimate estimate) {
        return estimate.basis().answers() == 0 || estimate.basis().passChanceShown();
    }

    private static List<Bin> bins(List<IrtLearner> learners, List<ReadinessEstimate> estimates, IntPredicate member) {
        double[][] sums = new double[10][5]; // learners, sittings, predicted (per sitting), passes, true pass chance
        for (int i = 0; i < learners.size(); i++) {
            if (!member.test(i)) {
                continue;
            }
            double p = estimates.get(i).passProbability();
            var sum = sums[Math.min(9, (int) (p * 10))];
            sum[0]++;
            sum[4] += learners.get(i).truePassChance();
            for (int score : learners.get(i).examScores()) {
                sum[1]++;
                sum[2] += p;
                sum[3] += passed(score);
            }
        }
        var bins = new ArrayList<Bin>();
        for (int b = 0; b < 10; b++) {
            var s = sums[b];
            bins.add(new Bin(b / 10.0, (int) s[0], (int) s[1], ratio(s[2], s[1]), ratio(s[3], s[1]), ratio(s[4], s[0])));
        }
        return bins;
    }

    private static List<Band> bands(List<IrtLearner> learners, List<ReadinessEstimate> estimates) {
        double meanTrue = learners.stream().mapToDouble(IrtLearner::trueScore).average().orElse(Double.NaN);
        double passRate = learners.stream().flatMapToInt(l -> IntStream.of(l.examScores())).mapToDouble(s -> passed(s))
                .average().orElse(Double.NaN);
        var bands = new ArrayList<Band>();
        for (int b = 0; b < BAND_FROM.length; b++) {
            int from = BAND_FROM[b];
            int to = b + 1 < BAND_FROM.length ? BAND_FROM[b + 1] : Integer.MAX_VALUE;
            double[] sums = new double[6]; // learners, |error|, sittings, Brier, constant |error|, constant Brier
            for (int i = 0; i < learners.size(); i++) {
                var learner = learners.get(i);
                if (learner.answers() < from || learner.answers() >= to) {
                    continue;
                }
                sums[0]++;
                sums[1] += Math.abs(error(learner, estimates.get(i)));
                sums[4] += Math.abs(100 * (meanTrue - learner.trueScore()));
                for (int score : learner.examScores()) {
                    sums[2]++;
                    sums[3] += square(estimates.get(i).passProbability() - passed(score));
                    sums[5] += square(passRate - passed(score));
                }
            }
            String label = to == Integer.MAX_VALUE ? from + "+" : from + "–" + (to - 1);
            bands.add(new Band(label, (int) sums[0], ratio(sums[1], sums[0]), ratio(sums[3], sums[2]),
                    ratio(sums[4], sums[0]), ratio(sums[5], sums[2])));
        }
        return bands;
    }

    private static double passed(int score) {
        return score >= IrtWorld.PASS_CORRECT ? 1 : 0;
    }

    private static double ratio(double sum, double count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    private static double square(double x) {
        return x * x;
    }

    /** The larger of the two miss sides as a share of all misses (½ when misses fall evenly, NaN without misses). */
    double largerMissSide() {
        double misses = below + above;
        return misses == 0 ? Double.NaN : Math.max(below, above) / misses;
    }
}
