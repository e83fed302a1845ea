package io.studycompanion.domain.cue;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.Question;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * A test-taking strategy that answers without knowledge: pick the N choices that rank highest on a measure of
 * the wording (N = the number of keys). Ties are broken at random, so its score on a question is the chance
 * that the random pick is exactly the key (multiple answer is all or nothing).
 */
public enum PickStrategy {
    LONGEST("longest choice", (q, c) -> ChoiceText.length(c.text())),
    SHORTEST("shortest choice", (q, c) -> -ChoiceText.length(c.text())),
    CONVERGENCE("most words shared with the other choices", PickStrategy::sharedWords);

    private final String label;
    private final ToDoubleBiFunction<Question, Choice> measure;

    PickStrategy(String label, ToDoubleBiFunction<Question, Choice> measure) {
        this.label = label;
        this.measure = measure;
    }

    public String label() {
        return label;
    }

    /** The expected score (0–1) of this strategy on one question. */
    public double score(Question question) {
        Map<String, Double> value = new HashMap<>();
        question.choices().forEach(c -> value.put(c.id(), measure.applyAsDouble(question, c)));
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

    /** Sum of the choice's content-word overlap (Jaccard) with each other choice. */
    private static double sharedWords(Question question, Choice choice) {
        var own = contentWords(choice);
        return question.choices().stream().filter(c -> c != choice).mapToDouble(other -> {
            var theirs = contentWords(other);
            var union = new HashSet<>(own);
            union.addAll(theirs);
            var common = new HashSet<>(own);
            common.retainAll(theirs);
            return union.isEmpty() ? 0 : (double) common.size() / union.size();
        }).sum();
    }

    private static Set<String> contentWords(Choice choice) {
        var words = ChoiceText.wordSet(choice.text());
        words.removeAll(CueWords.STOP);
        return words;
    }
}
