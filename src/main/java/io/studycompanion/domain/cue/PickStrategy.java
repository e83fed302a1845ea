package io.studycompanion.domain.cue;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.Question;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A test-taking strategy that answers without knowledge: pick the N choices that rank highest on a measure of
 * the wording (N = the number of keys). Ties are broken at random, so its score on a question is the chance
 * that the random pick is exactly the key (multiple answer is all or nothing).
 */
public enum PickStrategy {
    /** The longest choice(s). */
    LONGEST(q -> byLength(q, 1)),
    /** The shortest choice(s). */
    SHORTEST(q -> byLength(q, -1)),
    /** The choice(s) sharing the most words with the other choices. */
    CONVERGENCE(PickStrategy::sharedWords);

    /** The measure of every choice of a question, by choice id (computed once per question). */
    private final Function<Question, Map<String, Double>> measure;

    PickStrategy(Function<Question, Map<String, Double>> measure) {
        this.measure = measure;
    }

    /** Each choice's length in characters of plain text, times {@code sign} (-1 ranks the shortest first). */
    private static Map<String, Double> byLength(Question question, int sign) {
        Map<String, Double> v = new HashMap<>();
        question.choices().forEach(c -> v.put(c.id(), (double) sign * ChoiceText.length(c.text())));
        return v;
    }

    /** The expected score (0–1) of this strategy on one question. */
    public double score(Question question) {
        Map<String, Double> value = measure.apply(question);
        int n = question.key().size();
        var threshold = value.values().stream().sorted((a, b) -> Double.compare(b, a)).skip(n - 1L).findFirst()
                .orElseThrow();
        Set<String> above = new HashSet<>();
        Set<String> tied = new HashSet<>();
        value.forEach((id, v) -> {
            if (v > threshold) {
                above.add(id);
            } else if (v.doubleValue() == threshold) {
                tied.add(id);
            }
        });
        var keyAndTied = new HashSet<>(above);
        keyAndTied.addAll(tied);
        if (!question.key().containsAll(above) || !keyAndTied.containsAll(question.key())) {
            return 0;
        }
        return 1 / binomial(tied.size(), n - above.size());
    }

    /** The chance of guessing one question right: one of C(choices, keys) picks. */
    public static double chance(Question question) {
        return 1 / binomial(question.choices().size(), question.key().size());
    }

    static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    /** For each choice, the sum of its content-word overlap (Jaccard) with each other choice. */
    private static Map<String, Double> sharedWords(Question question) {
        var words = question.choices().stream().map(PickStrategy::contentWords).toList();
        Map<String, Double> v = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            double sum = 0;
            for (int j = 0; j < words.size(); j++) {
                if (i != j) {
                    var union = new HashSet<>(words.get(i));
                    union.addAll(words.get(j));
                    var common = new HashSet<>(words.get(i));
                    common.retainAll(words.get(j));
                    sum += union.isEmpty() ? 0 : (double) common.size() / union.size();
                }
            }
            v.put(question.choices().get(i).id(), sum);
        }
        return v;
    }

    private static Set<String> contentWords(Choice choice) {
        var words = ChoiceText.wordSet(choice.text());
        words.removeAll(CueWords.STOP);
        return words;
    }
}
