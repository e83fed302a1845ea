package io.studycompanion.domain.quiz;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Picks the questions of a practice quiz from the bank for a scope. */
public final class QuestionSelector {
    private QuestionSelector() {
    }

    /** The questions of the exam version that fall in the scope. */
    public static List<Question> inScope(List<Question> bank, String version, QuizScope scope, QuestionHistory history) {
        Predicate<Question> inVersion = q -> q.objectives().stream().anyMatch(o -> o.version().equals(version));
        return bank.stream().filter(inVersion).filter(q -> matches(q, version, scope, history)).toList();
    }

    /** Up to {@code count} questions from the scope, those not answered yet first, in random order. */
    public static List<Question> select(List<Question> bank, String version, QuizScope scope, QuestionHistory history,
                                        int count, Random random) {
        var pool = FreshFirst.order(inScope(bank, version, scope, history), history, random);
        return List.copyOf(pool.subList(0, Math.min(count, pool.size())));
    }

    /** How many questions the scope holds and how many of them the learner has not answered yet. */
    public static ScopeCount count(List<Question> bank, String version, QuizScope scope, QuestionHistory history) {
        var pool = inScope(bank, version, scope, history);
        return new ScopeCount(pool.size(), (int) pool.stream().filter(q -> !history.seen(q.id())).count());
    }

    private static boolean matches(Question q, String version, QuizScope scope, QuestionHistory history) {
        var ids = q.objectives().stream().filter(o -> o.version().equals(version)).toList();
        if (scope instanceof QuizScope.Section s) {
            return ids.stream().anyMatch(o -> o.section() == s.number());
        } else if (scope instanceof QuizScope.Subsection s) {
            return ids.stream().anyMatch(o -> o.section() == s.section() && o.subsection() == s.number());
        } else if (scope instanceof QuizScope.Objectives s) {
            return ids.stream().anyMatch(s.ids()::contains);
        } else if (scope instanceof QuizScope.Difficulty d) {
            return q.difficulty() == d.level();
        } else if (scope instanceof QuizScope.MissedBefore) {
            return history.missed(q.id());
        } else if (scope instanceof QuizScope.NeverSeen) {
            return !history.seen(q.id());
        } else if (scope instanceof QuizScope.Flagged) {
            return history.flagged().contains(q.id());
        }
        return true;
    }

    /** The section a question counts for in this version: that of its first objective in the version. */
    public static int sectionOf(Question q, String version) {
        return q.objectives().stream().filter(o -> o.version().equals(version)).findFirst()
                .map(ObjectiveId::section).orElse(0);
    }
}
