package io.studycompanion.domain.quiz;

/** The questions a quiz scope holds, and how many of them the learner has not answered yet. */
public record ScopeCount(int questions, int unseen) {
}
