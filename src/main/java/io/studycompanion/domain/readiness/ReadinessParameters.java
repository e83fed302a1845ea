package io.studycompanion.domain.readiness;

/**
 * The readiness model's knobs, with the defaults the app uses. Abilities and difficulties are in logits.
 *
 * @param abilityMean         prior mean of the learner's overall ability before any answer
 * @param abilitySd           prior spread of the overall ability
 * @param sectionSd           how far a section's ability strays from the overall ability
 * @param objectiveSd         how far an objective's ability strays from its section's
 * @param objectiveStateSd    how far an objective's ability now may stray from what the fitted curves read from its
 *                            answers (learning and forgetting are the learner's own); widens each objective's range
 *                            only: it averages out over the exam's many objectives
 * @param levelGap            difficulty step between tags (tag 1 sits this far below tag 2, tag 3 this far above)
 * @param levelGapSd          how far the learner's own answers may move each step from {@code levelGap}
 * @param learningMean        prior mean of the learning rate on an objective's own practice, logits per unit of
 *                            ln(1 + answers on it) (people practising improve)
 * @param learningSd          prior spread of that rate
 * @param sectionLearningMean prior mean of the learning rate on practice anywhere in the objective's section
 * @param sectionLearningSd   prior spread of that rate
 * @param halfLifeDays        an answer this many days old counts half as much (for forgetting)
 * @param guessMarkWeight     weight of a right answer the learner marked as a guess
 * @param flaggedWeight       weight of a right answer on a question the content lint flags
 * @param memoryMean          prior mean of the learner's key memory, in logits of the chance that a question answered
 *                            again right after its key was shown is right from memory; fitted with the abilities
 * @param memorySd            prior spread of that memory
 * @param memoryHalfLifeDays  the memory of one question's key halves over this many days; 0 switches memory off
 * @param examMix             share of tag 1, 2 and 3 questions on the real exam
 * @param examGuessChance     blind-guess chance of an exam question
 * @param enoughAnswers       recency-weighted answers an objective needs for {@link Evidence#ENOUGH}
 * @param passEvidenceAnswers answers (with every section tried) before a pass chance is shown
 * @param draws               Monte Carlo draws of the learner's abilities
 */
public record ReadinessParameters(double abilityMean, double abilitySd, double sectionSd, double objectiveSd,
                                  double objectiveStateSd, double levelGap, double levelGapSd, double learningMean,
                                  double learningSd, double sectionLearningMean, double sectionLearningSd,
                                  double halfLifeDays, double guessMarkWeight, double flaggedWeight,
                                  double memoryMean, double memorySd, double memoryHalfLifeDays, double[] examMix,
                                  double examGuessChance, double enoughAnswers, int passEvidenceAnswers, int draws) {

    /** See the README's "Readiness model" for where each figure comes from. */
    public static final ReadinessParameters DEFAULTS = new ReadinessParameters(0.5, 1.5, 0.5, 0.3, 0.6, 0.8, 0.4,
            0.08, 0.12, 0.03, 0.1, 90, 0.5, 0.25, -2.5, 1.5, 45, new double[] {0.25, 0.45, 0.30}, 0.25, 4, 60, 1000);

    public ReadinessParameters {
        examMix = examMix.clone();
        if (!(abilitySd > 0) || !(sectionSd > 0) || !(objectiveSd > 0) || !(objectiveStateSd >= 0)
                || !(levelGapSd > 0) || !(learningSd > 0) || !(sectionLearningSd > 0) || !(halfLifeDays > 0)
                || !weight(guessMarkWeight) || !weight(flaggedWeight) || !Double.isFinite(memoryMean)
                || !(memorySd > 0) || !(memoryHalfLifeDays >= 0) || examMix.length != 3
                || !(examGuessChance >= 0 && examGuessChance < 1) || enoughAnswers < 0 || passEvidenceAnswers < 0
                || draws < 10) {
            throw new IllegalArgumentException("invalid readiness parameters");
        }
    }

    private static boolean weight(double w) {
        return w >= 0 && w <= 1;
    }

    @Override
    public double[] examMix() {
        return examMix.clone();
    }

    /** Whether answers to questions seen before are read as possibly right from memory of their key. */
    public boolean memoryOn() {
        return memoryHalfLifeDays > 0;
    }

    /** Weaker evidence: right answers marked as a guess and on flagged questions. */
    public ReadinessParameters withWeights(double guessMark, double flagged) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, objectiveStateSd, levelGap,
                levelGapSd, learningMean, learningSd, sectionLearningMean, sectionLearningSd, halfLifeDays, guessMark,
                flagged, memoryMean, memorySd, memoryHalfLifeDays, examMix, examGuessChance, enoughAnswers,
                passEvidenceAnswers, draws);
    }

    public ReadinessParameters withGuessMarkWeight(double weight) {
        return withWeights(weight, flaggedWeight);
    }

    public ReadinessParameters withFlaggedWeight(double weight) {
        return withWeights(guessMarkWeight, weight);
    }

    /** Key memory: its prior (logits) and how fast one key fades; a half-life of 0 switches it off. */
    public ReadinessParameters withMemory(double mean, double sd, double halfLifeDays) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, objectiveStateSd, levelGap,
                levelGapSd, learningMean, learningSd, sectionLearningMean, sectionLearningSd, this.halfLifeDays,
                guessMarkWeight, flaggedWeight, mean, sd, halfLifeDays, examMix, examGuessChance, enoughAnswers,
                passEvidenceAnswers, draws);
    }

    public ReadinessParameters withHalfLife(double days) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, objectiveStateSd, levelGap,
                levelGapSd, learningMean, learningSd, sectionLearningMean, sectionLearningSd, days, guessMarkWeight,
                flaggedWeight, memoryMean, memorySd, memoryHalfLifeDays, examMix, examGuessChance, enoughAnswers,
                passEvidenceAnswers, draws);
    }

    /** The learning rates' priors: on the objective's own practice, and on practice in its section. */
    public ReadinessParameters withLearning(double mean, double sd, double sectionMean, double sectionSd) {
        return new ReadinessParameters(abilityMean, abilitySd, this.sectionSd, objectiveSd, objectiveStateSd, levelGap,
                levelGapSd, mean, sd, sectionMean, sectionSd, halfLifeDays, guessMarkWeight, flaggedWeight,
                memoryMean, memorySd, memoryHalfLifeDays, examMix, examGuessChance, enoughAnswers,
                passEvidenceAnswers, draws);
    }

    /** The priors of the hierarchy: overall ability's mean, and the spreads of sections and objectives. */
    public ReadinessParameters withSpreads(double abilityMean, double sectionSd, double objectiveSd,
                                           double objectiveStateSd) {
        return new ReadinessParameters(abilityMean, abilitySd, sectionSd, objectiveSd, objectiveStateSd, levelGap,
                levelGapSd, learningMean, learningSd, sectionLearningMean, sectionLearningSd, halfLifeDays,
                guessMarkWeight, flaggedWeight, memoryMean, memorySd, memoryHalfLifeDays, examMix, examGuessChance,
                enoughAnswers, passEvidenceAnswers, draws);
    }
}
