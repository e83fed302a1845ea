package io.studycompanion.domain.quiz;

import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws an exam simulation to the blueprint: each section gets weight × question count questions
 * (largest-remainder rounding, so the parts add up exactly), new questions first within the section.
 */
public final class BlueprintSampler {
    private BlueprintSampler() {
    }

    /** How many questions each section gets; sections without enough questions get all they have. */
    public static Map<Integer, Integer> quotas(Map<Integer, Integer> weightPercent, int total) {
        var sum = weightPercent.values().stream().mapToInt(Integer::intValue).sum();
        var quotas = new LinkedHashMap<Integer, Integer>();
        var remainders = new ArrayList<Map.Entry<Integer, Double>>();
        int assigned = 0;
        for (var e : weightPercent.entrySet()) {
            double exact = sum == 0 ? 0 : (double) total * e.getValue() / sum;
            quotas.put(e.getKey(), (int) Math.floor(exact));
            assigned += (int) Math.floor(exact);
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < total - assigned && i < remainders.size(); i++) {
            quotas.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return quotas;
    }

    /**
     * Questions for the simulation: within each section those the learner has not answered yet first (see
     * {@link FreshFirst}; the real exam's questions are all new), otherwise at random; in random order.
     */
    public static List<Question> sample(Map<Integer, List<Question>> bySection, Map<Integer, Integer> weightPercent,
                                        int total, QuestionHistory history, Random random) {
        var result = new ArrayList<Question>();
        for (var quota : quotas(weightPercent, total).entrySet()) {
            var pool = FreshFirst.order(bySection.getOrDefault(quota.getKey(), List.of()), history, random);
            result.addAll(pool.subList(0, Math.min(quota.getValue(), pool.size())));
        }
        Collections.shuffle(result, random);
        return result;
    }
}
