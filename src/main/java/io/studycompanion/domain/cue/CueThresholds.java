package io.studycompanion.domain.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bank-level limits a question bank must stay within to count as cue-free.
 *
 * @param maxStrategy           highest allowed score of the longest- and the shortest-choice strategy
 * @param maxUniquelyLongest    highest share of single-answer items whose key is uniquely the longest
 * @param minMedianRatio        lowest median key ÷ mean-distractor length ratio
 * @param maxMedianRatio        highest median ratio
 * @param maxAbsoluteSkew       highest rate of absolute words in distractors, as a multiple of their rate in keys
 */
public record CueThresholds(double maxStrategy, double maxUniquelyLongest, double minMedianRatio,
                            double maxMedianRatio, double maxAbsoluteSkew) {
    /** The limits the shipped bank is held to (and imported packs are measured against). */
    public static final CueThresholds SHIPPED = new CueThresholds(0.30, 0.32, 0.90, 1.12, 1.5);

    public boolean strategyWithin(double score) {
        return score <= maxStrategy;
    }

    public boolean uniquelyLongestWithin(double share) {
        return share <= maxUniquelyLongest;
    }

    public boolean medianRatioWithin(double ratio) {
        return ratio >= minMedianRatio && ratio <= maxMedianRatio;
    }

    public boolean absolutesWithin(double inKeys, double inDistractors) {
        return inDistractors <= maxAbsoluteSkew * inKeys;
    }

    /** One sentence per figure past its limit; empty when every figure is within. */
    public List<String> breaches(CueFigures f) {
        var out = new ArrayList<String>();
        if (!strategyWithin(f.longest())) {
            out.add(percent("picking the longest choice scores", f.longest(), maxStrategy));
        }
        if (!strategyWithin(f.shortest())) {
            out.add(percent("picking the shortest choice scores", f.shortest(), maxStrategy));
        }
        if (!uniquelyLongestWithin(f.keyUniquelyLongest())) {
            out.add(percent("the key is uniquely the longest choice in", f.keyUniquelyLongest(), maxUniquelyLongest)
                    .replace(" (limit", " of single-answer items (limit"));
        }
        if (!medianRatioWithin(f.medianLengthRatio())) {
            out.add(String.format(Locale.ROOT, "the median key is %.2fx the mean distractor (limits %.2f–%.2f)",
                    f.medianLengthRatio(), minMedianRatio, maxMedianRatio));
        }
        if (!absolutesWithin(f.absoluteInKeys(), f.absoluteInDistractors())) {
            out.add(String.format(Locale.ROOT,
                    "absolute words stand in %.1f%% of distractors and %.1f%% of keys (limit %.1fx the keys' rate)",
                    100 * f.absoluteInDistractors(), 100 * f.absoluteInKeys(), maxAbsoluteSkew));
        }
        if (!f.nearDuplicates().isEmpty()) {
            out.add(f.nearDuplicates().size() + " pair(s) of near-duplicate stems (limit 0)");
        }
        return out;
    }

    private static String percent(String what, double value, double limit) {
        return String.format(Locale.ROOT, "%s %.1f%% (limit %.0f%%)", what, 100 * value, 100 * limit);
    }
}
