package io.studycompanion.domain.quiz;

import io.studycompanion.domain.Outlines;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    @Test
    void multipleAnswerIsAllOrNothing() {
        var multi = QuizFixtures.multiple("m", "v1:1.1.1", "A", "C");
        assertThat(Scoring.isCorrect(multi, Set.of("A", "C"))).isTrue();
        assertThat(Scoring.isCorrect(multi, Set.of("A"))).isFalse();
        assertThat(Scoring.isCorrect(multi, Set.of("A", "C", "D"))).isFalse();
        assertThat(Scoring.isCorrect(multi, Set.of("A", "B"))).isFalse();
    }

    @Test
    void scoresPerSectionAndSubsectionAgainstThePassMark() {
        var questions = Map.of(
                "a", QuizFixtures.single("a", "v1:1.1.1", "A"),
                "b", QuizFixtures.single("b", "v1:1.2.1", "B"),
                "c", QuizFixtures.multiple("c", "v1:1.1.2", "A", "C"),
                "d", QuizFixtures.single("d", "v1:2.0.1", "D"));
        var items = List.of(
                AttemptItem.unanswered(0, "a", List.of("A", "B", "C", "D")).withAnswer(Set.of("A"), true, Instant.EPOCH),
                AttemptItem.unanswered(1, "b", List.of("A", "B", "C", "D")).withAnswer(Set.of("C"), false, Instant.EPOCH),
                AttemptItem.unanswered(2, "c", List.of("A", "B", "C", "D", "E")).withAnswer(Set.of("A", "C"), true, Instant.EPOCH),
                AttemptItem.unanswered(3, "d", List.of("A", "B", "C", "D")));
        var attempt = new Attempt(1, QuizMode.EXAM, "v1", "t", Instant.EPOCH, Optional.of(Duration.ofMinutes(10)),
                Duration.ofMinutes(4), items, Optional.empty());

        var result = Scoring.score(attempt, questions, Outlines.small(), 70);

        assertThat(result.overall()).isEqualTo(new ScoreLine("", "Overall", 2, 4));
        assertThat(result.passed()).isFalse();
        assertThat(result.unanswered()).isEqualTo(1);
        assertThat(result.sections()).containsExactly(
                new ScoreLine("1", "Model Development", 2, 3), new ScoreLine("2", "Deployment", 0, 1));
        assertThat(result.subsections()).containsExactly(
                new ScoreLine("1.1", "Using Spark ML", 2, 2), new ScoreLine("1.2", "Advanced MLflow", 0, 1),
                new ScoreLine("2.0", "Deployment", 0, 1));
        assertThat(result.timeUsed()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void exactlyThePassMarkPasses() {
        var questions = Map.of("a", QuizFixtures.single("a", "v1:1.1.1", "A"));
        var items = List.of(AttemptItem.unanswered(0, "a", List.of("A", "B", "C", "D")).withAnswer(Set.of("A"), true, Instant.EPOCH));
        var attempt = new Attempt(1, QuizMode.PRACTICE, "v1", "t", Instant.EPOCH, Optional.empty(), Duration.ZERO, items, Optional.empty());
        assertThat(Scoring.score(attempt, questions, Outlines.small(), 100).passed()).isTrue();
    }
}
