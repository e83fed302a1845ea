package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer history folded into groups of answers the model cannot tell apart: same objective, same difficulty
 * tag, same guess chance, same place on the learning curves. Each group keeps its weighted right and wrong counts
 * and how much practice was still to come after it: on its objective, ln(1 + N) − ln(1 + n) for the (n+1)-th of N
 * answers so far, and the same for its section (the power law of practice: early answers sit far back on the
 * curve, the newest at its end, where the estimate is read; an objective left aside has no practice to come, so
 * nothing is extrapolated for it). Fitting 100,000 answers costs as much as fitting a few thousand groups.
 *
 * <p>An answer listing k objectives of the outline counts 1/k for each (the question is one piece of evidence,
 * shared). Weights: recency 0.5^(age in days / half-life), times the parameters' weight for a
 * right answer marked as a guess or on a flagged question. An answer to a question answered before also keeps how
 * fresh the memory of its key is (see {@link #recall}): the fit reads it as possibly right from memory.
 */
final class EvidenceGroups {
    private static final long DAY = 86_400;
    /** Lists of objectives remembered while resolving (a history that builds a new list per answer stays small). */
    private static final int MAX_LISTS = 10_000;
    /** Practice still to come is grouped in steps of this width (in units of ln(1 + answers)). */
    static final double CURVE_STEP = 0.2;
    static final double RECALL_STEP = 0.2;

    final Blueprint blueprint;
    int size;
    int[] objective = new int[64];
    int[] level = new int[64];
    double[] guess = new double[64];
    /**
     * How fresh the memory of the question's key is: 0.5^(days since its key was last shown / memory half-life),
     * in steps of {@link #RECALL_STEP}; 0 for a first answer (or with memory off).
     */
    double[] recall = new double[64];
    /** Practice still to come after the group's answers, on their objective and on their section (≤ 0 as given). */
    double[] own = new double[64];
    double[] section = new double[64];
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
    /** Answers to a question answered before (by question id). */
    int repeats;

    private EvidenceGroups(Blueprint blueprint) {
        this.blueprint = blueprint;
        this.answers = new int[blueprint.objectives.size()];
        this.effective = new double[answers.length];
        this.sectionAnswers = new int[blueprint.sectionCount()];
    }

    static EvidenceGroups of(Blueprint blueprint, List<AnswerEvent> history, Instant now, ReadinessParameters parameters) {
        var groups = new EvidenceGroups(blueprint);
        // Resolve each list of objectives to indices once, not once per answer: the answers of one question share
        // its list, so an identity map finds it without hashing the ids (a list seen for the first time is
        // resolved, whichever question it belongs to).
        Map<List<ObjectiveId>, int[]> resolved = new IdentityHashMap<>();
        int[][] objectivesOf = new int[history.size()][];
        long[] seconds = new long[history.size()];
        boolean counted = false;
        boolean sorted = true;
        for (int a = 0; a < history.size(); a++) {
            var answer = history.get(a);
            seconds[a] = answer.at().getEpochSecond();
            sorted &= a == 0 || seconds[a] >= seconds[a - 1];
            int[] known = resolved.get(answer.objectives());
            if (known == null) {
                known = groups.indices(answer.objectives());
                if (resolved.size() < MAX_LISTS) {
                    resolved.put(answer.objectives(), known);
                }
            }
            objectivesOf[a] = known;
            counted |= known.length > 0;
        }
        if (counted) {
            groups.fill(history, objectivesOf, seconds, sorted ? null : chronological(seconds),
                    now.getEpochSecond(), parameters);
        }
        return groups;
    }

    /** Positions of the answers oldest first, for a history that does not come sorted (ties keep their order). */
    private static int[] chronological(long[] seconds) {
        return java.util.stream.IntStream.range(0, seconds.length).boxed()
                .sorted(java.util.Comparator.comparingLong(a -> seconds[a])).mapToInt(Integer::intValue).toArray();
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

    /** @param order positions oldest first, or null when the history already is in that order */
    private void fill(List<AnswerEvent> history, int[][] objectivesOf, long[] seconds, int[] order, long now,
                      ReadinessParameters parameters) {
        var slots = new LongIntMap();
        // The newest group of each objective and tag: at large counts the steps change every few answers, so
        // most answers land in the group the previous one on that objective did, without a hash lookup.
        long[] lastKey = new long[answers.length * 3];
        int[] lastSlot = new int[answers.length * 3];
        Arrays.fill(lastKey, -1);
        double[] guessValues = new double[8];
        int guessCount = 0;
        double decayPerDay = Math.log(2) / parameters.halfLifeDays();
        // When each question was last answered (its key shown): a later answer to it may be right from memory.
        // Questions are numbered as first met; their last times sit in an array (no boxing per answer).
        var questionNumber = new java.util.HashMap<String, Integer>();
        long[] lastSeen = new long[64];
        boolean memory = parameters.memoryOn();
        int[] recallByHour = recallTable(parameters);
        // The totals are the per-objective and per-section answer counts the estimate reports.
        int[] objectiveTotal = answers;
        int[] sectionTotal = sectionAnswers;
        for (int[] objectives : objectivesOf) {
            count(objectives, objectiveTotal, sectionTotal);
        }
        int[] objectiveBefore = new int[answers.length];
        int[] sectionBefore = new int[sectionAnswers.length];
        int largest = 0;
        for (int t : sectionTotal) {
            largest = Math.max(largest, t);
        }
        double[] ln1p = new double[largest + 1];
        for (int n = 0; n <= largest; n++) {
            ln1p[n] = Math.log1p(n);
        }
        for (int i = 0; i < history.size(); i++) {
            int a = order == null ? i : order[i];
            var answer = history.get(a);
            int[] objectives = objectivesOf[a];
            int k = objectives.length;
            if (k == 0) {
                continue;
            }
            double age = Math.max(0, now - seconds[a]) / (double) DAY;
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
            tally(answer, tag);
            Integer known = questionNumber.get(answer.questionId());
            int question = known == null ? questionNumber.size() : known;
            int recallStep = 0;
            if (known == null) {
                questionNumber.put(answer.questionId(), question);
            } else {
                repeats++;
                if (memory) {
                    long hours = Math.max(0, seconds[a] - lastSeen[question]) / 3_600;
                    recallStep = hours < recallByHour.length ? recallByHour[(int) hours] : 0;
                }
            }
            if (question == lastSeen.length) {
                lastSeen = Arrays.copyOf(lastSeen, 2 * lastSeen.length);
            }
            lastSeen[question] = seconds[a];
            for (int o : objectives) {
                int s = blueprint.sectionOf[o];
                long ownStep = Math.round((ln1p[objectiveTotal[o]] - ln1p[objectiveBefore[o]]) / CURVE_STEP);
                long sectionStep = Math.round((ln1p[sectionTotal[s]] - ln1p[sectionBefore[s]]) / CURVE_STEP);
                long key = o + 4096L * (tag + 4L * (recallStep + 16L * (guessIndex + 256L * (ownStep
                        + 1024L * sectionStep))));
                int recent = o * 3 + tag; // the newest group of this objective and tag (any recall)
                int slot = lastKey[recent] == key ? lastSlot[recent] : slots.get(key);
                if (slot < 0) {
                    slot = add(o, tag, answer.guessChance(), recallStep * RECALL_STEP, -ownStep * CURVE_STEP,
                            -sectionStep * CURVE_STEP);
                    slots.put(key, slot);
                }
                lastKey[recent] = key;
                lastSlot[recent] = slot;
                if (answer.correct()) {
                    right[slot] += weight;
                } else {
                    wrong[slot] += weight;
                }
                effective[o] += weight;
            }
            count(objectives, objectiveBefore, sectionBefore);
        }
    }

    /**
     * The recall step for a key last seen h whole hours ago, by h: round(0.5^(h / 24 / half-life) / step), up to
     * the hour where it rounds to 0 (memory off: empty).
     */
    private static int[] recallTable(ReadinessParameters parameters) {
        if (!parameters.memoryOn()) {
            return new int[0];
        }
        // The step reaches 0 once 0.5^(h / 24 / half-life) < step / 2.
        int hours = (int) Math.ceil(24 * parameters.memoryHalfLifeDays() * Math.log(2 / RECALL_STEP) / Math.log(2));
        var steps = new int[hours + 1];
        for (int h = 0; h < steps.length; h++) {
            steps[h] = (int) Math.round(Math.pow(0.5, h / 24.0 / parameters.memoryHalfLifeDays()) / RECALL_STEP);
        }
        return steps;
    }

    /** Counts an answer once for each of its objectives and once for each of their sections. */
    private void count(int[] objectives, int[] perObjective, int[] perSection) {
        for (int i = 0; i < objectives.length; i++) {
            perObjective[objectives[i]]++;
            int s = blueprint.sectionOf[objectives[i]];
            boolean first = true;
            for (int j = 0; j < i; j++) {
                first &= blueprint.sectionOf[objectives[j]] != s;
            }
            if (first) {
                perSection[s]++;
            }
        }
    }

    private void tally(AnswerEvent answer, int tag) {
        total++;
        byDifficulty[tag]++;
        examAnswers += answer.exam() ? 1 : 0;
        guessMarkedRight += answer.correct() && answer.markedGuess() ? 1 : 0;
        flaggedRight += answer.correct() && answer.flagged() ? 1 : 0;
    }

    private int add(int o, int tag, double guessChance, double recalled, double ownToCome, double sectionToCome) {
        if (size == objective.length) {
            int n = size * 2;
            objective = Arrays.copyOf(objective, n);
            level = Arrays.copyOf(level, n);
            guess = Arrays.copyOf(guess, n);
            recall = Arrays.copyOf(recall, n);
            own = Arrays.copyOf(own, n);
            section = Arrays.copyOf(section, n);
            right = Arrays.copyOf(right, n);
            wrong = Arrays.copyOf(wrong, n);
        }
        objective[size] = o;
        level[size] = tag;
        guess[size] = guessChance;
        recall[size] = recalled;
        own[size] = ownToCome;
        section[size] = sectionToCome;
        return size++;
    }
}
