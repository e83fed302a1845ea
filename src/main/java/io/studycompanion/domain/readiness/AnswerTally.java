package io.studycompanion.domain.readiness;

import java.time.Instant;
import java.util.List;

/**
 * The answer history reduced to recency-weighted right and wrong counts per objective, plus raw counts.
 * One pass over the history, no per-answer allocation, so 100,000 answers take a few milliseconds.
 */
final class AnswerTally {
    private static final double SECONDS_PER_DAY = 86_400;

    final double[] right;
    final double[] wrong;
    final int[] answers;
    final int[] sectionAnswers;
    double totalRight;
    double totalWrong;
    int total;

    private AnswerTally(Blueprint blueprint) {
        int n = blueprint.objectives.size();
        right = new double[n];
        wrong = new double[n];
        answers = new int[n];
        sectionAnswers = new int[blueprint.sectionCount()];
    }

    /**
     * Tallies the answers that list at least one objective of the blueprint (ids of other outline versions
     * are ignored). An answer {@code age} days old weighs 0.5^(age / halfLifeDays); future-dated ones weigh 1.
     */
    static AnswerTally of(Blueprint blueprint, List<AnswerEvent> history, Instant now, double halfLifeDays) {
        var tally = new AnswerTally(blueprint);
        // Stamps let an answer count once per objective and per section even if it lists an id twice.
        int[] objectiveStamp = new int[tally.answers.length];
        int[] sectionStamp = new int[tally.sectionAnswers.length];
        double decayPerSecond = Math.log(2) / (halfLifeDays * SECONDS_PER_DAY);
        long nowSeconds = now.getEpochSecond();
        int stamp = 0;
        for (var answer : history) {
            stamp++;
            long age = Math.max(0, nowSeconds - answer.at().getEpochSecond());
            double weight = Math.exp(-decayPerSecond * age);
            if (tally.add(blueprint, answer, weight, stamp, objectiveStamp, sectionStamp)) {
                tally.total++;
                if (answer.correct()) {
                    tally.totalRight += weight;
                } else {
                    tally.totalWrong += weight;
                }
            }
        }
        return tally;
    }

    private boolean add(Blueprint blueprint, AnswerEvent answer, double weight, int stamp, int[] objectiveStamp,
                        int[] sectionStamp) {
        boolean counted = false;
        for (var id : answer.objectives()) {
            Integer i = blueprint.index.get(id);
            if (i == null || objectiveStamp[i] == stamp) {
                continue;
            }
            objectiveStamp[i] = stamp;
            counted = true;
            answers[i]++;
            if (answer.correct()) {
                right[i] += weight;
            } else {
                wrong[i] += weight;
            }
            int s = blueprint.sectionOf[i];
            if (sectionStamp[s] != stamp) {
                sectionStamp[s] = stamp;
                sectionAnswers[s]++;
            }
        }
        return counted;
    }

    double effective(int objective) {
        return right[objective] + wrong[objective];
    }
}
