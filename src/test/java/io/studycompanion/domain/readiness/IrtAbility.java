package io.studycompanion.domain.readiness;

import java.time.Instant;

/**
 * A learner's ability as it changes: the untrained level from the traits, plus practice gains on each objective and
 * a smaller spill-over onto its whole section. Gains fade toward the untrained level while not practised.
 */
final class IrtAbility {
    /** First practice answer on an objective adds λ·STEP logits; later ones less (exp(−n / STEP_DECAY_ANSWERS)). */
    static final double STEP = 0.08;
    /** After about this many answers on one objective further practice adds little: total gain tops out at 3.2 λ. */
    static final double STEP_DECAY_ANSWERS = 40;
    /**
     * Share of each step that also spreads over the section, divided among its objectives: the section-wide lift is
     * SPILL times the section's mean own-objective gain, so untried objectives of a studied section improve a bit.
     */
    static final double SPILL = 0.3;
    static final double HALF_LIFE_DAYS = 45;
    private static final double HALF_LIFE_SECONDS = HALF_LIFE_DAYS * 86_400;

    private final LearnerTraits traits;
    private final int[] sectionOf;
    private final int[] sectionSize;
    private final double[] gain;
    private final long[] lastPractised;
    private final int[] practised;
    private final double[] sectionGain;
    private final long[] sectionLastPractised;

    IrtAbility(LearnerTraits traits, int[] sectionOf, int[] sectionSize) {
        this.traits = traits;
        this.sectionOf = sectionOf;
        this.sectionSize = sectionSize;
        gain = new double[sectionOf.length];
        lastPractised = new long[sectionOf.length];
        practised = new int[sectionOf.length];
        sectionGain = new double[sectionSize.length];
        sectionLastPractised = new long[sectionSize.length];
    }

    /** Ability in logits on an objective at a moment no earlier than its last practice. */
    double theta(int objective, Instant at) {
        int section = sectionOf[objective];
        long now = at.getEpochSecond();
        return traits.untrained(objective, section) + faded(gain[objective], lastPractised[objective], now)
                + faded(sectionGain[section], sectionLastPractised[section], now);
    }

    /** One practice answer: the gain lands after the answer (the learner sees the explanation). */
    void practise(int objective, Instant at) {
        int section = sectionOf[objective];
        long now = at.getEpochSecond();
        double step = traits.learningSpeed() * STEP * Math.exp(-practised[objective] / STEP_DECAY_ANSWERS);
        gain[objective] = faded(gain[objective], lastPractised[objective], now) + step;
        lastPractised[objective] = now;
        practised[objective]++;
        sectionGain[section] = faded(sectionGain[section], sectionLastPractised[section], now)
                + SPILL * step / sectionSize[section];
        sectionLastPractised[section] = now;
    }

    int practised(int objective) {
        return practised[objective];
    }

    /** A gain made at {@code since}, halved every half-life until {@code now} (zero gains stay zero). */
    static double faded(double gain, long since, long now) {
        return gain == 0 ? 0 : gain * Math.pow(0.5, Math.max(0, now - since) / HALF_LIFE_SECONDS);
    }
}
