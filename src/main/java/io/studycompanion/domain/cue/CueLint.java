package io.studycompanion.domain.cue;

import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Measures how far wording alone leads to the keys of a set of questions: test-wise strategies against
 * chance, key length against the distractors, absolute and hedging words, echoes of the stem, "all/none of
 * the above" and near-duplicate stems (the item-writing cues of Haladyna, Downing and Rodriguez).
 */
public final class CueLint {
    private final CueThresholds thresholds;

    public CueLint(CueThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param checked the questions to measure (a bank, a file or a pack)
     * @param bank    the bank they belong to or join: counts which stem words are common, and is searched for
     *                near-duplicate stems (may include {@code checked})
     */
    public CueReport check(List<Question> checked, Collection<Question> bank) {
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("there are no questions to check");
        }
        var all = new ArrayList<Question>(bank);
        all.addAll(checked);
        var stems = new StemWords(all);
        var items = new ArrayList<ItemCue>();
        var ratios = new ArrayList<Double>();
        for (var q : checked) {
            var check = new ItemCueCheck(q);
            items.addAll(check.cues(stems));
            ratios.add(check.lengthRatio());
        }
        var duplicates = StemWords.nearDuplicates(checked, bank);
        duplicates.forEach(p -> items.add(new ItemCueCheck(find(checked, p.first())).cue(CueFlag.NEAR_DUPLICATE,
                String.format(java.util.Locale.ROOT, "%.0f%% of its word triples are in %s's stem",
                        100 * p.similarity(), p.second()))));
        var singles = checked.stream().filter(q -> q.key().size() == 1).toList();
        var figures = new CueFigures(checked.size(), mean(checked, PickStrategy::chance),
                mean(checked, PickStrategy.LONGEST::score), mean(checked, PickStrategy.SHORTEST::score),
                mean(checked, PickStrategy.CONVERGENCE::score), singles.size(),
                singles.isEmpty() ? 0 : mean(singles, q -> new ItemCueCheck(q).keyUniquelyLongest() ? 1 : 0),
                median(ratios), (int) ratios.stream().filter(r -> r > ItemCueCheck.LONG).count(),
                rate(checked, true, CueWords.ABSOLUTE), rate(checked, false, CueWords.ABSOLUTE),
                rate(checked, true, CueWords.HEDGE), rate(checked, false, CueWords.HEDGE),
                (int) items.stream().filter(i -> i.flag() == CueFlag.ALL_OR_NONE).count(), duplicates);
        return new CueReport(figures, items, thresholds.breaches(figures));
    }

    private static Question find(List<Question> questions, String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static double mean(List<Question> questions, ToDoubleFunction<Question> score) {
        return questions.stream().mapToDouble(score).average().orElse(0);
    }

    /** Share of keys (or of distractors) that contain a word of {@code list}. */
    private static double rate(List<Question> questions, boolean keys, java.util.Set<String> list) {
        long total = 0;
        long hits = 0;
        for (var q : questions) {
            for (var c : q.choices()) {
                if (q.key().contains(c.id()) == keys) {
                    total++;
                    hits += ItemCueCheck.has(list, c) ? 1 : 0;
                }
            }
        }
        return total == 0 ? 0 : (double) hits / total;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
