package io.studycompanion.domain.readiness;

import java.util.Random;

/**
 * What a simulated learner brings before any practice: ability in logits on three levels, and how fast practice
 * turns into ability.
 *
 * @param startAbility     overall ability g at the start of study
 * @param sectionOffsets   per section, added to g
 * @param objectiveOffsets per objective, added to g and its section's offset
 * @param learningSpeed    λ: scales every practice gain
 */
record LearnerTraits(double startAbility, double[] sectionOffsets, double[] objectiveOffsets, double learningSpeed,
                     StudyStyle style) {
    static final double START_MEAN = 0.6;
    static final double START_SD = 0.9;
    static final double SECTION_SD = 0.4;
    static final double OBJECTIVE_SD = 0.6;
    /** λ = exp(N(0, 0.7²)): the middle 90% of learners learn between a third and three times as fast as typical. */
    static final double LOG_SPEED_SD = 0.7;

    static LearnerTraits generate(int sections, int objectives, Random random) {
        double start = START_MEAN + START_SD * random.nextGaussian();
        double[] sectionOffsets = new double[sections];
        for (int s = 0; s < sections; s++) {
            sectionOffsets[s] = SECTION_SD * random.nextGaussian();
        }
        double[] objectiveOffsets = new double[objectives];
        for (int o = 0; o < objectives; o++) {
            objectiveOffsets[o] = OBJECTIVE_SD * random.nextGaussian();
        }
        double speed = Math.exp(LOG_SPEED_SD * random.nextGaussian());
        var style = StudyStyle.values()[random.nextInt(StudyStyle.values().length)];
        return new LearnerTraits(start, sectionOffsets, objectiveOffsets, speed, style);
    }

    /** Ability on an objective before any practice. */
    double untrained(int objective, int section) {
        return startAbility + sectionOffsets[section] + objectiveOffsets[objective];
    }
}
