package io.studycompanion.domain.readiness;

/**
 * One question of the simulated bank, with the truth the app never sees: its real difficulty and discrimination.
 *
 * @param objective      index of the objective it tests (outline order, 0-based)
 * @param section        index of that objective's section (0-based)
 * @param tag            the difficulty tag an author would give it: 1, 2 or 3
 * @param difficulty     true difficulty b in logits (the tag only hints at it)
 * @param discrimination true discrimination a: how sharply knowing depends on ability
 * @param choices        number of choices shown
 * @param choose         number of choices to pick; scoring is all or nothing
 * @param exam           belongs to the exam pool rather than the practice bank
 */
record IrtQuestion(String id, int objective, int section, int tag, double difficulty, double discrimination,
                   int choices, int choose, boolean exam) {

    double guessChance() {
        return AnswerEvent.guessChance(choices, choose);
    }

    /** Chance that a learner of ability {@code theta} knows the answer (two-parameter logistic). */
    double knowChance(double theta) {
        return 1 / (1 + Math.exp(-discrimination * (theta - difficulty)));
    }

    /** Chance of a right answer: knowing, or else a blind guess that happens to hit. */
    double rightChance(double theta) {
        double know = knowChance(theta);
        return know + (1 - know) * guessChance();
    }
}
