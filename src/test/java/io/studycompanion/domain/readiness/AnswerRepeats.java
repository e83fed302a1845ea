package io.studycompanion.domain.readiness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Reads repeats out of histories as the app would see them (question ids and times only): how often repeats are right
 * against first answers, and whether sessions end in a review of what was missed.
 */
final class AnswerRepeats {
    private static final long DAY = 86_400;
    private static final long HOUR = 3_600;

    private AnswerRepeats() {
    }

    /**
     * Practice answers to a question answered (practice or exam) less than a day before, against first answers to
     * questions on the same objective on the same calendar day (UTC) by the same learner. Only cells (learner,
     * objective, day) holding both count, and the first answers are weighted by each cell's repeats, so the two rates
     * compare like with like.
     */
    static Comparison withinADay(List<IrtLearner> learners) {
        double repeatsRight = 0;
        double firstsRight = 0;
        long repeats = 0;
        for (var learner : learners) {
            var last = new HashMap<String, Long>();
            var cells = new HashMap<String, long[]>(); // repeats, right repeats, firsts, right firsts
            for (var answer : learner.history()) {
                long at = answer.at().getEpochSecond();
                Long before = last.put(answer.questionId(), at);
                if (answer.exam()) {
                    continue;
                }
                var cell = cells.computeIfAbsent(answer.objectives().get(0) + "@" + Math.floorDiv(at, DAY),
                        key -> new long[4]);
                int right = answer.correct() ? 1 : 0;
                if (before == null) {
                    cell[2]++;
                    cell[3] += right;
                } else if (at - before < DAY) {
                    cell[0]++;
                    cell[1] += right;
                }
            }
            for (var cell : cells.values()) {
                if (cell[0] > 0 && cell[2] > 0) {
                    repeats += cell[0];
                    repeatsRight += cell[1];
                    firstsRight += cell[0] * (double) cell[3] / cell[2];
                }
            }
        }
        return new Comparison(repeatsRight / repeats, firstsRight / repeats, repeats);
    }

    /** @param repeats how many repeats the rates rest on */
    record Comparison(double repeatAccuracy, double firstAccuracy, long repeats) {
        double gap() {
            return repeatAccuracy - firstAccuracy;
        }
    }

    /** Share of practice answers to a question answered at most an hour before. */
    static double withinAnHour(List<IrtLearner> learners) {
        long practice = 0;
        long quick = 0;
        for (var learner : learners) {
            var last = new HashMap<String, Long>();
            for (var answer : learner.history()) {
                long at = answer.at().getEpochSecond();
                Long before = last.put(answer.questionId(), at);
                if (!answer.exam()) {
                    practice++;
                    quick += before != null && at - before <= HOUR ? 1 : 0;
                }
            }
        }
        return (double) quick / practice;
    }

    /** Among sessions with a wrong answer, the share that end in a review of the session's missed questions. */
    static double sessionsEndingInReview(List<IrtLearner> learners) {
        long withMisses = 0;
        long reviewed = 0;
        for (var learner : learners) {
            for (var session : sessions(learner.history())) {
                if (session.stream().allMatch(AnswerEvent::correct)) {
                    continue;
                }
                withMisses++;
                reviewed += endsInReview(session) ? 1 : 0;
            }
        }
        return (double) reviewed / withMisses;
    }

    /** Practice answers cut into sessions wherever more than the longest answer time passes between two. */
    static List<List<AnswerEvent>> sessions(List<AnswerEvent> history) {
        var sessions = new ArrayList<List<AnswerEvent>>();
        List<AnswerEvent> current = null;
        long last = Long.MIN_VALUE;
        for (var answer : history) {
            if (answer.exam()) {
                continue;
            }
            long at = answer.at().getEpochSecond();
            if (current == null || at - last > StudySchedule.MAX_SECONDS_PER_ANSWER) {
                current = new ArrayList<>();
                sessions.add(current);
            }
            current.add(answer);
            last = at;
        }
        return sessions;
    }

    /**
     * Whether the session's last answers re-answer, in order, the questions missed before them: all of them, or all
     * but the last missed (a full session leaves no room for it, see {@link ReviewQueue}).
     */
    static boolean endsInReview(List<AnswerEvent> session) {
        int n = session.size();
        var missed = new ArrayList<String>();
        for (int split = 0; split <= n; split++) {
            if (split > 0 && !session.get(split - 1).correct()) {
                missed.add(session.get(split - 1).questionId());
            }
            int tail = n - split;
            if (tail > 0 && (tail == missed.size() || tail == missed.size() - 1)) {
                boolean same = true;
                for (int k = 0; k < tail && same; k++) {
                    same = session.get(split + k).questionId().equals(missed.get(k));
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }
}
