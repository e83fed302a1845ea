package io.studycompanion.domain.readiness;

/**
 * The readiness model's tuning knobs, with the defaults the app uses.
 *
 * @param halfLifeDays           an answer this many days old counts half as much as one given today
 * @param objectivePriorStrength pseudo-answers of the per-objective prior (how hard few answers are shrunk)
 * @param learnerPriorStrength   pseudo-answers pulling the learner's overall accuracy toward {@code learnerPriorMean}
 * @param learnerPriorMean       overall accuracy assumed before any answer
 * @param enoughAnswers          effective (recency-weighted) answers an objective needs for {@link Evidence#ENOUGH}
 * @param draws                  Monte Carlo draws of the learner's abilities
 */
public record ReadinessParameters(double halfLifeDays, double objectivePriorStrength, double learnerPriorStrength,
                                  double learnerPriorMean, double enoughAnswers, int draws) {

    /** 21-day half-life, 3 pseudo-answers per objective, 4 overall toward 50%, 4 effective answers, 4,000 draws. */
    public static final ReadinessParameters DEFAULTS = new ReadinessParameters(21, 3, 4, 0.5, 4, 4000);

    public ReadinessParameters {
        if (!(halfLifeDays > 0) || !(objectivePriorStrength > 0) || !(learnerPriorStrength > 0)
                || !(learnerPriorMean > 0 && learnerPriorMean < 1) || enoughAnswers < 0 || draws < 10) {
            throw new IllegalArgumentException("invalid readiness parameters");
        }
    }
}
