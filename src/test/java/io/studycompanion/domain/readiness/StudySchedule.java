package io.studycompanion.domain.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** When a simulated learner practises: in sessions of a few dozen answers, at times spread over the study window. */
final class StudySchedule {
    static final Duration WINDOW = Duration.ofDays(60);
    static final int MIN_SESSION = 5;
    static final double MAX_SECONDS_PER_ANSWER = 150;

    private StudySchedule() {
    }

    /**
     * {@code answers} practice times, ascending, all within {@link #WINDOW} before {@code now}. Each learner has a
     * typical session length (15–45 answers) and a lean: session days drawn as u^lean over the window, so some
     * learners study mostly early (and forget) and some cram at the end.
     */
    static List<Instant> practiceTimes(int answers, Instant now, Random random) {
        var times = new ArrayList<Instant>(answers);
        sessions(answers, now, random).forEach(times::addAll);
        times.sort(null);
        return times;
    }

    /**
     * The same times as {@link #practiceTimes} (same draws from {@code random}), kept by session: in the order the
     * sessions were drawn (not by time; two sessions may overlap), each session's times ascending, 30–150 s apart.
     */
    static List<List<Instant>> sessions(int answers, Instant now, Random random) {
        double typicalSession = 15 + 30 * random.nextDouble();
        double lean = Math.exp(-0.8 + 1.6 * random.nextDouble());
        long window = WINDOW.toSeconds();
        var sessions = new ArrayList<List<Instant>>();
        int left = answers;
        while (left > 0) {
            int size = Math.min(left, Math.max(MIN_SESSION,
                    (int) Math.round(typicalSession * Math.exp(0.4 * random.nextGaussian()))));
            long longest = (long) (size * MAX_SECONDS_PER_ANSWER) + 60;
            double place = Math.pow(random.nextDouble(), lean);
            long at = now.getEpochSecond() - window + (long) (place * (window - longest));
            var times = new ArrayList<Instant>(size);
            for (int k = 0; k < size; k++) {
                times.add(Instant.ofEpochSecond(at));
                at += 30 + (long) (random.nextDouble() * (MAX_SECONDS_PER_ANSWER - 30));
            }
            sessions.add(List.copyOf(times));
            left -= size;
        }
        return sessions;
    }

    /** The start of an exam simulation, in the last {@code days} days, leaving time to finish before {@code now}. */
    static Instant examStart(int days, int questions, Instant now, Random random) {
        long span = Duration.ofDays(days).toSeconds() - (long) (questions * MAX_SECONDS_PER_ANSWER) - 60;
        return Instant.ofEpochSecond(now.getEpochSecond() - Duration.ofDays(days).toSeconds()
                + (long) (random.nextDouble() * span));
    }
}
