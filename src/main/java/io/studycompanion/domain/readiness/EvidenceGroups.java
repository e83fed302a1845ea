package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer history folded into groups of answers the model cannot tell apart: same objective, same difficulty
 * tag, same guess chance, same three days. Each group keeps its weighted right and wrong counts and its time on the
 * learning trend (days before the newest answer: the trend is read where the evidence ends, never extrapolated
 * into a pause), so fitting 100,000 answers costs as much as fitting a few thousand groups.
 *
 * <p>An answer listing k objectives of the outline counts 1/k for each (the question is one piece of evidence,
 * shared). Weights: recency 0.5^(age in days / half-life), times the parameters' weight for a
 * right answer marked as a guess or on a flagged question.
 */
final class EvidenceGroups {
    static final double TREND_DAYS = 30;
    private static final long DAY = 86_400;
    /** Answers within this many days of each other share a group: the trend moves 0.1 of its monthly step. */
    static final int BUCKET_DAYS = 3;

    final Blueprint blueprint;
    int size;
    int[] objective = new int[64];
    int[] level = new int[64];
    double[] guess = new double[64];
    double[] time = new double[64];
    double[] right = new double[64];
    double[] wrong = new double[64];

    /** Per objective: answers (whole) and recency-weighted evidence. */
    final int[] answers;
    final double[] effective;
    final int[] sectionAnswers;
    final int[] byDifficulty = new int[3];
    int total;
    int examAnswers;
    int guessMarkedRight;
    int flaggedRight;

    private EvidenceGroups(Blueprint blueprint) {
        this.blueprint = blueprint;
        this.answers = new int[blueprint.objectives.size()];
        this.effective = new double[answers.length];
        this.sectionAnswers = new int[blueprint.sectionCount()];
    }

    static EvidenceGroups of(Blueprint blueprint, List<AnswerEvent> history, Instant now, ReadinessParameters parameters) {
        var groups = new EvidenceGroups(blueprint);
        // Resolve each question's objectives to indices once, not once per answer (checked: same list).
        Map<String, Resolved> resolved = new HashMap<>();
        int[][] objectivesOf = new int[history.size()][];
        long newest = Long.MIN_VALUE;
        for (int a = 0; a < history.size(); a++) {
            var answer = history.get(a);
            var known = resolved.get(answer.questionId());
            if (known == null || (known.ids != answer.objectives() && !known.ids.equals(answer.objectives()))) {
                known = new Resolved(answer.objectives(), groups.indices(answer.objectives()));
                resolved.put(answer.questionId(), known);
            }
            objectivesOf[a] = known.indices;
            if (objectivesOf[a].length > 0) {
                newest = Math.max(newest, answer.at().getEpochSecond());
            }
        }
        if (newest != Long.MIN_VALUE) {
            groups.fill(history, objectivesOf, newest, now.getEpochSecond(), parameters);
        }
        return groups;
    }

    private record Resolved(List<ObjectiveId> ids, int[] indices) {
    }

    /** The distinct objectives of the outline an answer lists, as indices. */
    private int[] indices(List<ObjectiveId> ids) {
        int[] found = new int[ids.size()];
        int n = 0;
        for (var id : ids) {
            Integer o = blueprint.index.get(id);
            boolean seen = false;
            for (int i = 0; i < n && o != null; i++) {
                seen |= found[i] == o;
            }
            if (o != null && !seen) {
                found[n++] = o;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private void fill(List<AnswerEvent> history, int[][] objectivesOf, long newest, long now,
                      ReadinessParameters parameters) {
        var slots = new LongIntMap();
        double[] guessValues = new double[8];
        int guessCount = 0;
        double decayPerDay = Math.log(2) / parameters.halfLifeDays();
        for (int a = 0; a < history.size(); a++) {
            var answer = history.get(a);
            int[] objectives = objectivesOf[a];
            int k = objectives.length;
            if (k == 0) {
                continue;
            }
            long days = Math.max(0, (newest - answer.at().getEpochSecond()) / (DAY * BUCKET_DAYS));
            double age = Math.max(0, now - answer.at().getEpochSecond()) / (double) DAY;
            double weight = Math.exp(-decayPerDay * age) / k;
            if (answer.correct() && answer.markedGuess()) {
                weight *= parameters.guessMarkWeight();
            }
            if (answer.correct() && answer.flagged()) {
                weight *= parameters.flaggedWeight();
            }
            int tag = Math.min(3, Math.max(1, answer.difficulty())) - 1;
            int guessIndex = 0;
            while (guessIndex < guessCount && guessValues[guessIndex] != answer.guessChance()) {
                guessIndex++;
            }
            if (guessIndex == guessCount) {
                guessValues = guessCount == guessValues.length ? Arrays.copyOf(guessValues, 2 * guessCount) : guessValues;
                guessValues[guessCount++] = answer.guessChance();
            }
            tally(answer, tag, objectives);
            for (int o : objectives) {
                long key = o + 4096L * (tag + 4L * (guessIndex + 1024L * days));
                int slot = slots.get(key);
                if (slot < 0) {
                    slot = add(o, tag, answer.guessChance(), -(days + 0.5) * BUCKET_DAYS / TREND_DAYS);
                    slots.put(key, slot);
                }
                if (answer.correct()) {
                    right[slot] += weight;
                } else {
                    wrong[slot] += weight;
                }
                answers[o]++;
                effective[o] += weight;
            }
        }
    }

    private void tally(AnswerEvent answer, int tag, int[] objectives) {
        total++;
        byDifficulty[tag]++;
        examAnswers += answer.exam() ? 1 : 0;
        guessMarkedRight += answer.correct() && answer.markedGuess() ? 1 : 0;
        flaggedRight += answer.correct() && answer.flagged() ? 1 : 0;
        for (int i = 0; i < objectives.length; i++) {
            int s = blueprint.sectionOf[objectives[i]];
            boolean first = true;
            for (int j = 0; j < i; j++) {
                first &= blueprint.sectionOf[objectives[j]] != s;
            }
            if (first) {
                sectionAnswers[s]++;
            }
        }
    }

    private int add(int o, int tag, double guessChance, double t) {
        if (size == objective.length) {
            int n = size * 2;
            objective = Arrays.copyOf(objective, n);
            level = Arrays.copyOf(level, n);
            guess = Arrays.copyOf(guess, n);
            time = Arrays.copyOf(time, n);
            right = Arrays.copyOf(right, n);
            wrong = Arrays.copyOf(wrong, n);
        }
        objective[size] = o;
        level[size] = tag;
        guess[size] = guessChance;
        time[size] = t;
        return size++;
    }
}
