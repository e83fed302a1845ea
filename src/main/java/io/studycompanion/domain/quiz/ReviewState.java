package io.studycompanion.domain.quiz;

import java.time.LocalDate;

/** A missed question's place in the review schedule: its Leitner box and the day it is due again. */
public record ReviewState(String questionId, int box, LocalDate due, LocalDate lastAnswered) {
    public boolean isDue(LocalDate today) {
        return !due.isAfter(today);
    }
}
