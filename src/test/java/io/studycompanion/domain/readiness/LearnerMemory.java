package io.studycompanion.domain.readiness;

/**
 * One simulated learner's memory of answer keys (see {@link KeyMemory} for the story).
 *
 * @param strength     chance of recalling a key just seen
 * @param halfLifeDays days over which the recall chance of a key seen once halves
 * @param reviews      re-answers a session's missed questions at its end
 */
record LearnerMemory(double strength, double halfLifeDays, boolean reviews) {
    /** Remembers nothing, reviews nothing. */
    static final LearnerMemory NONE = new LearnerMemory(0, 1, false);

    /**
     * Chance of answering from memory a question whose key was last seen {@code seconds} ago, having been seen
     * {@code sightings} times in all: strength · ½^(t / (h · CONSOLIDATION^(sightings − 1))).
     */
    double recallChance(long seconds, int sightings) {
        if (strength == 0 || sightings == 0) {
            return 0;
        }
        double halfLife = halfLifeDays * 86_400 * Math.pow(KeyMemory.CONSOLIDATION, sightings - 1);
        return strength * Math.pow(0.5, Math.max(0, seconds) / halfLife);
    }

    /** The same memory without the review habit (a crammer's repetition is its passes). */
    LearnerMemory withoutReview() {
        return new LearnerMemory(strength, halfLifeDays, false);
    }
}
