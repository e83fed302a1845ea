package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

import java.time.Instant;
import java.util.List;

/**
 * One answered question as the readiness model sees it.
 *
 * @param objectives  the objectives it tests
 * @param difficulty  the question's tag: 1 recall, 2 applied, 3 multi-step scenario
 * @param guessChance the chance of getting it right by a blind guess: 1 / choices, or for "choose N of M"
 *                    1 / C(M, N) (scoring is all or nothing)
 * @param exam        given in an exam simulation (blueprint-shaped, timed) rather than in practice
 * @param markedGuess the learner marked the answer as a guess
 * @param flagged     the question carries a wording cue the content lint flags (an imported pack)
 */
public record AnswerEvent(String questionId, List<ObjectiveId> objectives, boolean correct, Instant at, int difficulty,
                          double guessChance, boolean exam, boolean markedGuess, boolean flagged) {
    /** Four choices, one right: the shape of most exam questions. */
    public static final double FOUR_CHOICES = 0.25;

    public AnswerEvent {
        objectives = List.copyOf(objectives);
        if (!(guessChance >= 0 && guessChance < 1)) {
            throw new IllegalArgumentException("guess chance must be in [0, 1): " + guessChance);
        }
    }

    /** A practice answer on a four-choice, single-answer question, not marked, not flagged. */
    public AnswerEvent(String questionId, List<ObjectiveId> objectives, boolean correct, Instant at, int difficulty) {
        this(questionId, objectives, correct, at, difficulty, FOUR_CHOICES, false, false, false);
    }

    /** The blind-guess chance of a question with {@code choices} choices of which {@code choose} are picked. */
    public static double guessChance(int choices, int choose) {
        if (choices <= 0 || choose <= 0 || choose > choices) {
            return 0;
        }
        double combinations = 1;
        for (int i = 0; i < choose; i++) {
            combinations = combinations * (choices - i) / (i + 1);
        }
        return combinations <= 1 ? 0 : 1 / combinations;
    }
}
