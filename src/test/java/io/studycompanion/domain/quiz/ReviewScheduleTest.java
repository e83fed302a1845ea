package io.studycompanion.domain.quiz;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewScheduleTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aRightAnswerOnANeverMissedQuestionSchedulesNothing() {
        assertThat(ReviewSchedule.next(Optional.empty(), "q", true, DAY)).isEmpty();
    }

    @Test
    void missThenRightOnThreeSeparateDaysRetiresTheQuestion() {
        var s = ReviewSchedule.next(Optional.empty(), "q", false, DAY);
        assertThat(s).contains(new ReviewState("q", 1, DAY.plusDays(1), DAY));
        assertThat(s.get().isDue(DAY)).isFalse();
        assertThat(s.get().isDue(DAY.plusDays(1))).isTrue();

        var sameDay = ReviewSchedule.next(s, "q", true, DAY);
        assertThat(sameDay.orElseThrow().box()).as("right again the same day does not count").isEqualTo(1);

        var day2 = ReviewSchedule.next(sameDay, "q", true, DAY.plusDays(1));
        assertThat(day2).contains(new ReviewState("q", 2, DAY.plusDays(4), DAY.plusDays(1)));
        var day2again = ReviewSchedule.next(day2, "q", true, DAY.plusDays(1));
        assertThat(day2again.orElseThrow().box()).isEqualTo(2);
        var day5 = ReviewSchedule.next(day2again, "q", true, DAY.plusDays(4));
        assertThat(day5).contains(new ReviewState("q", 3, DAY.plusDays(11), DAY.plusDays(4)));
        assertThat(ReviewSchedule.next(day5, "q", true, DAY.plusDays(11))).isEmpty();
    }

    @Test
    void aMissAnywhereSendsItBackToBoxOne() {
        var box3 = Optional.of(new ReviewState("q", 3, DAY, DAY.minusDays(7)));
        assertThat(ReviewSchedule.next(box3, "q", false, DAY)).contains(new ReviewState("q", 1, DAY.plusDays(1), DAY));
    }
}
