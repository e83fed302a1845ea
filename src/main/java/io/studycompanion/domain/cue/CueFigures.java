package io.studycompanion.domain.cue;

import java.util.List;

/**
 * Bank-level cue statistics of a set of questions: how far a reader who knows nothing gets by wording alone.
 *
 * @param chance               mean score of blind guessing over these items (0–1)
 * @param longest              score of always picking the longest choice(s)
 * @param shortest             score of always picking the shortest choice(s)
 * @param convergence          score of picking the choice(s) sharing the most words with the others
 * @param keyUniquelyLongest   share of single-answer items whose key is longer than every distractor
 * @param medianLengthRatio    median over items of key length ÷ mean distractor length
 * @param itemsAboveRatio      items whose ratio is above 1.5
 * @param absoluteInKeys       share of keys with an absolute word; likewise for distractors and hedges
 * @param allOrNone            items with an "all/none of the above" choice
 * @param nearDuplicates       pairs of questions whose stems nearly repeat each other
 */
public record CueFigures(int questions, double chance, double longest, double shortest, double convergence,
                         int singleAnswer, double keyUniquelyLongest, double medianLengthRatio, int itemsAboveRatio,
                         double absoluteInKeys, double absoluteInDistractors, double hedgeInKeys,
                         double hedgeInDistractors, int allOrNone, List<StemPair> nearDuplicates) {
    public CueFigures {
        nearDuplicates = List.copyOf(nearDuplicates);
    }

    /** Two questions whose stems share most of their word triples. */
    public record StemPair(String first, String second, double similarity) {
    }
}
