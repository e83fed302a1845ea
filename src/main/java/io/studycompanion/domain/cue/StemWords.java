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
        var mine = checked.stream().map(q -> Map.entry(q.id(), triples(q.stem()))).toList();
        var theirs = others.stream().filter(q -> !checkedIds.contains(q.id()))
                .map(q -> Map.entry(q.id(), triples(q.stem()))).toList();
        for (int i = 0; i < mine.size(); i++) {
            var a = mine.get(i);
            for (int j = i + 1; j < mine.size(); j++) {
                similarity(a, mine.get(j), pairs);
            }
            for (var b : theirs) {
                similarity(a, b, pairs);
            }
        }
        return pairs;
    }

    /** Jaccard similarity of the two stems' triples, without building the union (this runs for every pair). */
    private static void similarity(Map.Entry<String, Set<String>> a, Map.Entry<String, Set<String>> b,
                                   List<CueFigures.StemPair> pairs) {
        var x = a.getValue();
        var y = b.getValue();
        int small = Math.min(x.size(), y.size());
        int large = Math.max(x.size(), y.size());
        if (small == 0 || small < NEAR_DUPLICATE * large) {
            return; // the similarity is at most small / large
        }
        var fewer = x.size() <= y.size() ? x : y;
        var more = fewer == x ? y : x;
        int common = 0;
        for (var t : fewer) {
            if (more.contains(t)) {
                common++;
            }
        }
        double similarity = (double) common / (x.size() + y.size() - common);
        if (similarity >= NEAR_DUPLICATE) {
            pairs.add(new CueFigures.StemPair(a.getKey(), b.getKey(), similarity));
        }
    }

    /** Consecutive triples of content words, each as one string. */
    static Set<String> triples(String stem) {
        var words = ChoiceText.words(stem).stream().filter(w -> !CueWords.STOP.contains(w)).toList();
        var out = new HashSet<String>();
        for (int i = 0; i + 2 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return out;
    }
}
