package io.studycompanion.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the question bank covers one outline: questions per objective (zeros included), and the bank's mix by
 * section, type and difficulty. A question tagged with several objectives of one section counts once for it.
 */
public record Coverage(Outline outline, Map<ObjectiveId, Integer> perObjective, Map<Integer, Integer> perSection,
                       Map<QuestionType, Integer> perType, Map<Integer, Integer> perDifficulty, int questions,
                       int withCode) {

    public static Coverage of(Outline outline, Collection<Question> bank) {
        var perObjective = new LinkedHashMap<ObjectiveId, Integer>();
        outline.objectives().forEach(o -> perObjective.put(o.id(), 0));
        var perSection = new TreeMap<Integer, Integer>();
        outline.sections().forEach(s -> perSection.put(s.number(), 0));
        var perType = new LinkedHashMap<QuestionType, Integer>();
        for (var t : QuestionType.values()) {
            perType.put(t, 0);
        }
        var perDifficulty = new TreeMap<Integer, Integer>(Map.of(1, 0, 2, 0, 3, 0));
        var relevant = bank.stream().filter(q -> q.objectives().stream().anyMatch(perObjective::containsKey)).toList();
        for (var q : relevant) {
            q.objectives().stream().filter(perObjective::containsKey).forEach(o -> perObjective.merge(o, 1, Integer::sum));
            primarySection(q, perObjective).ifPresent(s -> perSection.merge(s, 1, Integer::sum));
            perType.merge(q.type(), 1, Integer::sum);
            perDifficulty.merge(q.difficulty(), 1, Integer::sum);
        }
        var code = (int) relevant.stream().filter(Question::hasCode).count();
        return new Coverage(outline, Collections.unmodifiableMap(perObjective), Collections.unmodifiableMap(perSection),
                Collections.unmodifiableMap(perType), Collections.unmodifiableMap(perDifficulty), relevant.size(), code);
    }

    /** The section of the question's first objective in this outline: each question counts for one section. */
    private static Optional<Integer> primarySection(Question q, Map<ObjectiveId, Integer> known) {
        return q.objectives().stream().filter(known::containsKey).findFirst().map(ObjectiveId::section);
    }

    /** Objectives in outline order. */
    public List<ObjectiveId> objectiveOrder() {
        return outline.objectives().stream().map(Objective::id).toList();
    }

    public double sectionShare(int section) {
        return questions == 0 ? 0 : 100.0 * perSection.getOrDefault(section, 0) / questions;
    }

    public double typeShare(QuestionType type) {
        return questions == 0 ? 0 : 100.0 * perType.getOrDefault(type, 0) / questions;
    }

    public double codeShare() {
        return questions == 0 ? 0 : 100.0 * withCode / questions;
    }

    /** How many questions every objective should have (the content guide's target). */
    public static final int TARGET_PER_OBJECTIVE = 10;

    /** Objectives with fewer questions than {@link #TARGET_PER_OBJECTIVE}. */
    public long thinObjectives() {
        return perObjective.values().stream().filter(n -> n < TARGET_PER_OBJECTIVE).count();
    }
}
