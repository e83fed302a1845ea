package io.studycompanion.domain.readiness;

import java.util.List;

/**
 * What an estimate rests on, for the one line the dashboard and the report print and for the pass-chance gate.
 *
 * @param answers            answers on objectives of the current outline
 * @param byDifficulty       of those, how many at tag 1, 2 and 3
 * @param examAnswers        of those, given in exam simulations
 * @param guessMarkedRight   right answers marked as guesses (counted as weaker evidence)
 * @param flaggedRight       right answers on questions the content lint flags (counted as weaker evidence)
 * @param repeats            answers to questions answered before (a repeat can be right from memory of the key)
 * @param untriedSections    numbers of sections without any answer
 * @param answersToGo        answers still needed before the pass chance is shown (0 when shown)
 */
public record Basis(int answers, List<Integer> byDifficulty, int examAnswers, int guessMarkedRight, int flaggedRight,
                    int repeats, List<Integer> untriedSections, int answersToGo) {
    public static final Basis EMPTY = new Basis(0, List.of(0, 0, 0), 0, 0, 0, 0, List.of(), 0);

    public Basis {
        byDifficulty = List.copyOf(byDifficulty);
        untriedSections = List.copyOf(untriedSections);
    }

    /** True when every section has answers and there are enough of them for the pass chance to mean something. */
    public boolean passChanceShown() {
        return answers > 0 && untriedSections.isEmpty() && answersToGo == 0;
    }
}
