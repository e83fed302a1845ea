package io.studycompanion.domain.cue;

import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the stems of a bank say in common: how many stems use each word (so a "distinctive" word can be told
 * from a common one) and which stems nearly repeat another.
 */
public final class StemWords {
    /** Share of word triples two stems must have in common to count as near-duplicates. */
    public static final double NEAR_DUPLICATE = 0.5;
    private final Map<String, Integer> stemsWithWord = new HashMap<>();
    private final int stems;

    /** Counts over every distinct question (by id) of the given collections. */
    public StemWords(Collection<Question> questions) {
        var byId = new LinkedHashMap<String, Question>();
        questions.forEach(q -> byId.putIfAbsent(q.id(), q));
        byId.values().forEach(q -> ChoiceText.wordSet(q.stem()).forEach(w -> stemsWithWord.merge(w, 1, Integer::sum)));
        stems = byId.size();
    }

    /** A content word of at least four letters used by few stems: at most 5% of them (and at most 2 in a small set). */
    public boolean distinctive(String word) {
        return word.length() >= 4 && !CueWords.STOP.contains(word)
                && stemsWithWord.getOrDefault(word, 0) <= Math.max(2, 0.05 * stems);
    }

    /** Pairs among {@code checked}, and between {@code checked} and {@code others}, whose stems nearly repeat. */
    public static List<CueFigures.StemPair> nearDuplicates(List<Question> checked, Collection<Question> others) {
        var pairs = new ArrayList<CueFigures.StemPair>();
        var checkedIds = new HashSet<String>();
        checked.forEach(q -> checkedIds.add(q.id()));
        var triples = new HashMap<String, Set<List<String>>>();
        for (int i = 0; i < checked.size(); i++) {
            var a = checked.get(i);
            for (int j = i + 1; j < checked.size(); j++) {
                similarity(a, checked.get(j), triples, pairs);
            }
            for (var b : others) {
                if (!checkedIds.contains(b.id())) {
                    similarity(a, b, triples, pairs);
                }
            }
        }
        return pairs;
    }

    private static void similarity(Question a, Question b, Map<String, Set<List<String>>> cache,
                                   List<CueFigures.StemPair> pairs) {
        var x = cache.computeIfAbsent(a.id(), id -> triples(a.stem()));
        var y = cache.computeIfAbsent(b.id(), id -> triples(b.stem()));
        if (x.isEmpty() || y.isEmpty()) {
            return;
        }
        var common = new HashSet<>(x);
        common.retainAll(y);
        var union = new HashSet<>(x);
        union.addAll(y);
        double similarity = (double) common.size() / union.size();
        if (similarity >= NEAR_DUPLICATE) {
            pairs.add(new CueFigures.StemPair(a.id(), b.id(), similarity));
        }
    }

    /** Consecutive triples of content words. */
    static Set<List<String>> triples(String stem) {
        var words = ChoiceText.words(stem).stream().filter(w -> !CueWords.STOP.contains(w)).toList();
        var out = new HashSet<List<String>>();
        for (int i = 0; i + 2 < words.size(); i++) {
            out.add(words.subList(i, i + 3));
        }
        return out;
    }
}
