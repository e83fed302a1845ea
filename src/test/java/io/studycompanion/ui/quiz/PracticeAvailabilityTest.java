package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.ScopeCount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The practice setup says how many questions the scope holds and that new ones come first. */
class PracticeAvailabilityTest {
    @Test
    void newQuestionsFirstIsSaidOnlyWhenItMatters() {
        assertThat(QuizSetupViewModel.practiceAvailability(new ScopeCount(40, 40)))
                .isEqualTo("40 questions in this scope. Feedback after each answer.");
        assertThat(QuizSetupViewModel.practiceAvailability(new ScopeCount(312, 120)))
                .isEqualTo("312 questions in this scope; the 120 you have not answered yet come first. Feedback after each answer.");
        assertThat(QuizSetupViewModel.practiceAvailability(new ScopeCount(12, 0)))
                .isEqualTo("12 questions in this scope, all answered before. Feedback after each answer.");
        assertThat(QuizSetupViewModel.practiceAvailability(new ScopeCount(0, 0)))
                .isEqualTo("0 questions in this scope. Feedback after each answer.");
    }
}
