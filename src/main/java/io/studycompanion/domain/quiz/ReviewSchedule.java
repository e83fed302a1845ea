package io.studycompanion.domain.quiz;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Leitner schedule for questions answered wrongly. A miss puts the question in box 1 (due the next day).
 * A right answer on a later day than the previous answer moves it up a box (due after 1, 3, then 7 days);
 * a right answer in the last box retires it. Several right answers on the same day count once, so a question
 * only leaves the schedule after being answered right on separate days.
 */
public final class ReviewSchedule {
    static final int[] INTERVAL_DAYS = {1, 3, 7};

    private ReviewSchedule() {
    }

    /** The state after an answer; empty when the question is not (or no longer) under review. */
    public static Optional<ReviewState> next(Optional<ReviewState> current, String questionId, boolean correct,
                                             LocalDate today) {
        if (!correct) {
            return Optional.of(new ReviewState(questionId, 1, today.plusDays(INTERVAL_DAYS[0]), today));
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var state = current.get();
        if (!today.isAfter(state.lastAnswered())) {
            return Optional.of(new ReviewState(questionId, state.box(), state.due(), today));
        }
        if (state.box() >= INTERVAL_DAYS.length) {
            return Optional.empty();
        }
        var box = state.box() + 1;
        return Optional.of(new ReviewState(questionId, box, today.plusDays(INTERVAL_DAYS[box - 1]), today));
    }
}
