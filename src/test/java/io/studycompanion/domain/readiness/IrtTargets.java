package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The targets for the readiness estimate on the IRT population: named bounds, each checked on its own. */
final class IrtTargets {
    /** Points; learners with ≥ 100 answers. */
    static final double MAE_RICH_MAX = 2.4;
    /** The model's MAE on the same ≥ 100-answer learners as a share of the raw-accuracy baseline's. */
    static final double MAE_VS_RAW_ACCURACY_MAX = 0.8;
    /** Points, overall and in each third of learning speed. */
    static final double BIAS_MAX = 1.0;
    /** Points, mean predicted − true for each difficulty diet. */
    static final double DIET_BIAS_MAX = 5.0;
    static final double RANGE_INSIDE_MIN = 0.75;
    static final double RANGE_INSIDE_MAX = 0.85;
    /** Neither side of the 80% range takes more than this share of the sittings outside it. */
    static final double MISS_SIDE_MAX = 2.0 / 3;
    static final double BRIER_MAX = 0.075;
    /** Per reliability bin: |mean predicted − pass rate over the oracle sittings|. */
    static final double RELIABILITY_GAP_MAX = 0.05;
    /** Held instead of Brier ≤ 0.075, which lies below the oracle's own Brier here: Brier above the oracle's. */
    static final double BRIER_OVER_ORACLE_HELD = 0.025;
    /** Reliability bins with fewer learners are too noisy to hold to the gap. */
    static final int RELIABILITY_MIN_LEARNERS = 20;
    /** Objective ranges: share of true objective chances inside the 80% range (objectives with ≥ 10 answers). */
    static final double OBJECTIVE_INSIDE_MIN = 0.75;
    static final double OBJECTIVE_INSIDE_MAX = 0.85;
    /** Objective mastery's MAE as a share of the objective's raw accuracy's. */
    static final double OBJECTIVE_MAE_VS_RAW_MAX = 0.7;

    private IrtTargets() {
    }

    record Check(String target, String measured, boolean met) {
    }

    /** The target no model meets on these populations (held against the oracle by the tests instead). */
    static boolean notYetMet(Check check) {
        return check.target().startsWith("Brier");
    }

    /** @param objectives the objective figures, or null for a predictor without objective estimates */
    static List<Check> check(IrtValidationReport model, IrtValidationReport rawAccuracy,
                             List<IrtValidationReport.Diet> diets, IrtValidationReport.Objectives objectives) {
        var checks = new ArrayList<Check>();
        checks.add(new Check(f("MAE ≥ %d answers ≤ %.1f points", IrtValidationReport.RICH_HISTORY, MAE_RICH_MAX),
                f("%.2f", model.rich().mae()), model.rich().mae() <= MAE_RICH_MAX));
        double ratio = model.rich().mae() / rawAccuracy.rich().mae();
        checks.add(new Check(f("MAE ≥ %d answers ≤ %.1f × raw accuracy's", IrtValidationReport.RICH_HISTORY,
                MAE_VS_RAW_ACCURACY_MAX), f("%.2f × (%.2f vs %.2f)", ratio, model.rich().mae(),
                rawAccuracy.rich().mae()), ratio <= MAE_VS_RAW_ACCURACY_MAX));
        checks.add(bias("overall", model.all().bias()));
        for (var third : model.speedThirds()) {
            checks.add(bias(third.label(), third.bias()));
        }
        for (var diet : diets) {
            checks.add(new Check(f("diet: difficulty %d only, predicted − true within ±%.0f points", diet.tag(),
                    DIET_BIAS_MAX), f("%+.2f", diet.bias()), Math.abs(diet.bias()) <= DIET_BIAS_MAX));
        }
        checks.add(new Check(f("sittings inside the 80%% range %.0f–%.0f%%", 100 * RANGE_INSIDE_MIN,
                100 * RANGE_INSIDE_MAX), f("%.1f%%", 100 * model.inside()),
                model.inside() >= RANGE_INSIDE_MIN && model.inside() <= RANGE_INSIDE_MAX));
        checks.add(new Check("no side takes more than 2/3 of the misses", f("%.2f (below %.1f%%, above %.1f%%)",
                model.largerMissSide(), 100 * model.below(), 100 * model.above()),
                model.largerMissSide() <= MISS_SIDE_MAX));
        checks.add(new Check(f("Brier ≤ %.3f", BRIER_MAX), f("%.4f", model.brier()), model.brier() <= BRIER_MAX));
        for (var bin : model.shownBins()) {
            if (bin.learners() >= RELIABILITY_MIN_LEARNERS) {
                checks.add(new Check(f("reliability %.1f–%.1f (%d learners shown a pass chance): mean predicted"
                                + " within %.2f of the pass rate", bin.from(), bin.from() + 0.1, bin.learners(), RELIABILITY_GAP_MAX),
                        f("%.3f (%.3f vs %.3f)", bin.gap(), bin.meanPredicted(), bin.meanTruePass()),
                        bin.gap() <= RELIABILITY_GAP_MAX));
            }
        }
        if (objectives != null) {
            checks.add(new Check(f("objective 80%% ranges hold %.0f–%.0f%% of true objective chances (≥ %d answers)",
                    100 * OBJECTIVE_INSIDE_MIN, 100 * OBJECTIVE_INSIDE_MAX, IrtValidationReport.OBJECTIVE_ANSWERS),
                    f("%.1f%% of %d", 100 * objectives.inside(), objectives.count()),
                    objectives.inside() >= OBJECTIVE_INSIDE_MIN && objectives.inside() <= OBJECTIVE_INSIDE_MAX));
            double objectiveRatio = objectives.mae() / objectives.rawMae();
            checks.add(new Check(f("objective mastery MAE ≤ %.1f × the objective's raw accuracy's",
                    OBJECTIVE_MAE_VS_RAW_MAX), f("%.2f × (%.2f vs %.2f points)", objectiveRatio, objectives.mae(),
                    objectives.rawMae()), objectiveRatio <= OBJECTIVE_MAE_VS_RAW_MAX));
            checks.add(new Check(f("objectives ordered at least as well as by raw accuracy (rank correlation with the"
                            + " truth, learners with ≥ %d objectives of ≥ %d answers)",
                    IrtValidationReport.RANKED_OBJECTIVES, IrtValidationReport.OBJECTIVE_ANSWERS),
                    f("%.3f vs %.3f (%d learners)", objectives.rankCorrelation(), objectives.rawRankCorrelation(),
                            objectives.rankedLearners()),
                    objectives.rankCorrelation() >= objectives.rawRankCorrelation()));
        }
        return checks;
    }

    private static Check bias(String who, double bias) {
        return new Check(f("bias %s within ±%.0f point", who, BIAS_MAX), f("%+.2f", bias), Math.abs(bias) <= BIAS_MAX);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
