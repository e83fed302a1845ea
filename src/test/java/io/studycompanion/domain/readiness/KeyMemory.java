package io.studycompanion.domain.readiness;

import java.util.Random;

/**
 * How the learners of a world remember answer keys, and how many review what they missed: the world's settings, from
 * which each learner draws its own {@link LearnerMemory}. {@link #OFF} (the default world) draws nothing and leaves
 * every learner exactly as without it.
 * <p>
 * The story: the app shows the key after every answer. Seeing a key leaves a memory of that one question, not of the
 * material: a later answer to the same question is right from memory with chance strength · ½^(days / h), where days
 * run from the last time the key was seen and h is the learner's half-life doubled for every earlier sighting
 * ({@link #CONSOLIDATION}: a key seen three times fades four times slower than one seen once). Learners differ in
 * strength and half-life, drawn independently of their ability. Keys of exam simulations count as seen at the
 * moment of answering (the app shows them at the end of the sitting, within two and a half hours; a second sitting
 * may meet them again). The real exam asks questions never seen, so memory never reaches the truth.
 *
 * @param strengthLow      per learner, the chance of recalling a key just seen is drawn uniformly in
 *                         [strengthLow, strengthHigh]
 * @param halfLifeLowDays  per learner, the half-life of a key seen once, log-uniform in [halfLifeLowDays,
 *                         halfLifeHighDays]
 * @param reviewShare      the share of learners with the review habit: at the end of each study session they
 *                         re-answer the questions they got wrong in it (see {@link ReviewQueue})
 */
record KeyMemory(double strengthLow, double strengthHigh, double halfLifeLowDays, double halfLifeHighDays,
                 double reviewShare) {
    /** Each further sighting of a key multiplies its half-life by this (memory consolidates with repetition). */
    static final double CONSOLIDATION = 2;
    /** No memory, no review: the world as it was. */
    static final KeyMemory OFF = new KeyMemory(0, 0, 1, 1, 0);
    /**
     * A mixed population: strength uniform in 0–0.95 (a fifth below 0.19, a fifth above 0.76), half-life of a key
     * seen once 1–20 days (log-uniform, median 4.5), and three learners in ten reviewing what they missed.
     */
    static final KeyMemory TYPICAL = new KeyMemory(0, 0.95, 1, 20, 0.3);
    /** Everyone remembers well: strength 0.9–0.98, half-life 20–60 days, nobody reviews. The crammer's default. */
    static final KeyMemory STRONG = new KeyMemory(0.9, 0.98, 20, 60, 0);

    KeyMemory {
        if (!(0 <= strengthLow && strengthLow <= strengthHigh && strengthHigh <= 1)) {
            throw new IllegalArgumentException("strengths must satisfy 0 ≤ low ≤ high ≤ 1");
        }
        if (!(0 < halfLifeLowDays && halfLifeLowDays <= halfLifeHighDays)) {
            throw new IllegalArgumentException("half-lives must satisfy 0 < low ≤ high");
        }
        if (!(0 <= reviewShare && reviewShare <= 1)) {
            throw new IllegalArgumentException("review share must be in [0, 1]");
        }
    }

    /** Nobody remembers a key and nobody reviews: learners are exactly those of a world without memory. */
    boolean off() {
        return strengthHigh == 0 && reviewShare == 0;
    }

    /** One learner's memory, from its own random stream: strength, half-life, review habit, always in that order. */
    LearnerMemory draw(Random random) {
        if (off()) {
            return LearnerMemory.NONE;
        }
        double strength = strengthLow + (strengthHigh - strengthLow) * random.nextDouble();
        double halfLife = Math.exp(Math.log(halfLifeLowDays)
                + random.nextDouble() * (Math.log(halfLifeHighDays) - Math.log(halfLifeLowDays)));
        boolean reviews = random.nextDouble() < reviewShare;
        return new LearnerMemory(strength, halfLife, reviews);
    }
}
