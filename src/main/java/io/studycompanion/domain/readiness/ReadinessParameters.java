package io.studycompanion.domain.readiness;

/**
 * The readiness model's knobs, with the defaults the app uses. Abilities and difficulties are in logits.
 *
 * @param abilityMean         prior mean of the learner's overall ability before any answer
 * @param abilitySd           prior spread of the overall ability
 * @param sectionSd           how far a section's ability strays from the overall ability
 * @param objectiveSd         how far an objective's ability strays from its section's
 * @param levelGap            difficulty step between tags (tag 1 sits this far below tag 2, tag 3 this far above)
 * @param levelGapSd          how far the learner's own answers may move each step from {@code levelGap}
 * @param learningMean        prior mean of the learning trend, logits per 30 days (learners studying for the exam improve)
 * @param learningSd          prior spread of the learning trend
 * @param halfLifeDays        an answer this many days older than the newest counts half as much
 * @param guessMarkWeight     weight of a right answer the learner marked as a guess
 * @param flaggedWeight       weight of a right answer on a question the content lint flags
 * @param examMix             share of tag 1, 2 and 3 questions on the real exam
 * @param examGuessChance     blind-guess chance of an exam question
 * @param enoughAnswers       recency-weighted answers an objective needs for {@link Evidence#ENOUGH}
 * @param passEvidenceAnswers answers (with every section tried) before a pass chance is shown
 * @param draws               Monte Carlo draws of the learner's abilities
 */
public record ReadinessParameters(double abilityMean, double abilitySd, double sectionSd, double objectiveSd,
                                  double levelGap, double levelGapSd, double learningMean, double learningSd,
                                  double halfLifeDays, double guessMarkWeight, double flaggedWeight,
                                  double[] examMix, double examGuessChance, double enoughAnswers,
                                  int passEvidenceAnswers, int draws) {

    /** See the README's "How readiness is estimated" for where each figure comes from. */
    public static final ReadinessParameters DEFAULTS = new ReadinessParameters(0.5, 1.5, 0.5, 0.5, 0.8, 0.4,
            0.3, 0.35, 90, 0.5, 0.5, new double[] {0.25, 0.45, 0.30}, 0.25, 4, 60, 2000);

    public ReadinessParameters {
        examMix = examMix.clone();
        if (!(abilitySd > 0) || !(sectionSd > 0) || !(objectiveSd > 0) || !(levelGapSd > 0) || !(learningSd > 0)
                || !(halfLifeDays > 0) || !(guessMarkWeight >= 0 && guessMarkWeight <= 1)
                || !(flaggedWeight >= 0 && flaggedWeight <= 1) || examMix.length != 3
                || !(examGuessChance >= 0 && examGuessChance < 1) || enoughAnswers < 0 || passEvidenceAnswers < 0
                || draws < 10) {
            throw new IllegalArgumentException("invalid readiness parameters");
        }
    }

    @Override
    public double[] examMix() {
        return examMix.clone();
    }

    public ReadinessParameters withGuessMarkWeight(double weight) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, levelGap, levelGapSd,
                learningMean, learningSd, halfLifeDays, weight, flaggedWeight, examMix, examGuessChance,
                enoughAnswers, passEvidenceAnswers, draws);
    }

    public ReadinessParameters withHalfLife(double days) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, levelGap, levelGapSd,
                learningMean, learningSd, days, guessMarkWeight, flaggedWeight, examMix, examGuessChance,
                enoughAnswers, passEvidenceAnswers, draws);
    }

    public ReadinessParameters withLearning(double mean, double sd) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, levelGap, levelGapSd,
                mean, sd, halfLifeDays, guessMarkWeight, flaggedWeight, examMix, examGuessChance,
                enoughAnswers, passEvidenceAnswers, draws);
    }
}
