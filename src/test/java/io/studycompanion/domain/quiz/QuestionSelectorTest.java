package io.studycompanion.domain.quiz;

import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionSelectorTest {
    private final List<io.studycompanion.domain.Question> bank = List.of(
            QuizFixtures.single("a", "v1:1.1.1", "A"), QuizFixtures.single("b", "v1:1.2.1", "A"),
            QuizFixtures.single("c", "v1:2.0.1", "A"), QuizFixtures.single("old", "v0:1.1.1", "A"));
    private final QuestionHistory history = new QuestionHistory(Map.of("a", false, "b", true), Set.of("c"));

    private List<String> ids(QuizScope scope) {
        return QuestionSelector.inScope(bank, "v1", scope, history).stream().map(q -> q.id()).sorted().toList();
    }

    @Test
    void scopes() {
        assertThat(ids(new QuizScope.Everything())).containsExactly("a", "b", "c");
        assertThat(ids(new QuizScope.Section(1, "x"))).containsExactly("a", "b");
        assertThat(ids(new QuizScope.Subsection(1, 2, "x"))).containsExactly("b");
        assertThat(ids(new QuizScope.Objectives(Set.of(ObjectiveId.parse("v1:2.0.1")), "x"))).containsExactly("c");
        assertThat(ids(new QuizScope.MissedBefore())).containsExactly("a");
        assertThat(ids(new QuizScope.NeverSeen())).containsExactly("c");
        assertThat(ids(new QuizScope.Flagged())).containsExactly("c");
    }

    @Test
    void aDifficultyScopeHoldsOnlyThatTag() {
        var mixed = List.of(QuizFixtures.single("two", "v1:1.1.1", "A"), QuizFixtures.multiple("three", "v1:1.1.1", "A", "B"));
        assertThat(QuestionSelector.inScope(mixed, "v1", new QuizScope.Difficulty(3), history))
                .extracting(q -> q.id()).containsExactly("three");
        assertThat(QuestionSelector.inScope(mixed, "v1", new QuizScope.Difficulty(2), history))
                .extracting(q -> q.id()).containsExactly("two");
        assertThat(new QuizScope.Difficulty(3).label()).isEqualTo("Scenario (multi-step) questions");
    }

    @Test
    void questionsNotAnsweredYetComeFirstThenTheRestAtRandom() {
        // history: "a" missed, "b" right, "c" never answered
        var firsts = new java.util.HashSet<String>();
        var seconds = new java.util.HashSet<String>();
        var random = new Random(5);
        for (int quiz = 0; quiz < 40; quiz++) {
            var picked = QuestionSelector.select(bank, "v1", new QuizScope.Everything(), history, 3, random);
            assertThat(picked.get(0).id()).as("quiz " + quiz).isEqualTo("c");
            seconds.add(picked.get(1).id());
            firsts.add(QuestionSelector.select(bank, "v1", new QuizScope.Section(1, "x"), history, 1, random).get(0).id());
        }
        assertThat(seconds).as("the answered ones still come in random order").containsExactlyInAnyOrder("a", "b");
        assertThat(firsts).as("a scope with nothing new: at random").containsExactlyInAnyOrder("a", "b");
        assertThat(QuestionSelector.count(bank, "v1", new QuizScope.Everything(), history)).isEqualTo(new ScopeCount(3, 1));
        assertThat(QuestionSelector.count(bank, "v1", new QuizScope.MissedBefore(), history)).isEqualTo(new ScopeCount(1, 0));
    }

    @Test
    void selectLimitsTheCount() {
        assertThat(QuestionSelector.select(bank, "v1", new QuizScope.Everything(), history, 2, new Random(1))).hasSize(2);
        assertThat(QuestionSelector.select(bank, "v1", new QuizScope.Everything(), history, 50, new Random(1))).hasSize(3);
    }
}
