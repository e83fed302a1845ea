package io.studycompanion.domain.readiness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Days left to the exam and how many questions a day get through the rest of the bank by then: every
 * question of the exam version whose last answer is not right (never seen, or missed last time).
 */
public record StudyPlan(LocalDate examDate, long daysLeft, int questionsToGo, int perDay) {

    public static Optional<StudyPlan> of(Optional<LocalDate> examDate, LocalDate today, int questionsToGo) {
        return examDate.map(date -> {
            var days = ChronoUnit.DAYS.between(today, date);
            var perDay = days <= 0 ? questionsToGo : (int) Math.ceil((double) questionsToGo / days);
            return new StudyPlan(date, Math.max(0, days), questionsToGo, perDay);
        });
    }
}
