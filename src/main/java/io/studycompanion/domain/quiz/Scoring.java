package io.studycompanion.domain.quiz;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores attempts. Multiple-answer questions are all or nothing: the selection must equal the key exactly.
 * Unanswered questions count as wrong. An attempt is scored from the result stored with each answer when it
 * was given, never re-scored from today's bank, so it reads the same on the dashboard, in its results and on
 * another machine (where a question may be missing: it still counts, only not in a section line).
 */
public final class Scoring {
    private Scoring() {
    }

    public static boolean isCorrect(Question question, Set<String> selected) {
        return question.key().equals(selected);
    }

    public static AttemptResult score(Attempt attempt, Map<String, Question> questions, Outline outline, int passMark) {
        var sections = new LinkedHashMap<String, int[]>();
        var subsections = new LinkedHashMap<String, int[]>();
        int correct = 0;
        for (var item : attempt.items()) {
            var question = questions.get(item.questionId());
            boolean right = item.right();
            correct += right ? 1 : 0;
            var objective = Optional.ofNullable(question).flatMap(q -> primaryObjective(q, attempt.examVersion()));
            objective.ifPresent(o -> {
                tally(sections, String.valueOf(o.section()), right);
                tally(subsections, o.section() + "." + o.subsection(), right);
            });
        }
        var total = attempt.items().size();
        var overall = new ScoreLine("", "Overall", correct, total);
        return new AttemptResult(overall, passMark, passes(overall, passMark), attempt.unansweredPositions().size(),
                lines(sections, outline, false), lines(subsections, outline, true), attempt.elapsed());
    }

    /** An overall result passes when its percentage reaches the pass mark. */
    public static boolean passes(ScoreLine overall, int passMark) {
        return overall.percent() >= passMark;
    }

    static Optional<ObjectiveId> primaryObjective(Question q, String version) {
        return q.objectives().stream().filter(o -> o.version().equals(version)).findFirst();
    }

    private static void tally(Map<String, int[]> map, String key, boolean right) {
        var counts = map.computeIfAbsent(key, k -> new int[2]);
        counts[0] += right ? 1 : 0;
        counts[1]++;
    }

    private static List<ScoreLine> lines(Map<String, int[]> map, Outline outline, boolean subsections) {
        var result = new ArrayList<ScoreLine>();
        for (var section : outline.sections()) {
            if (!subsections) {
                var c = map.get(String.valueOf(section.number()));
                if (c != null) {
                    result.add(new ScoreLine(String.valueOf(section.number()), section.title(), c[0], c[1]));
                }
                continue;
            }
            for (var sub : section.subsections()) {
                var code = section.number() + "." + sub.number();
                var c = map.get(code);
                if (c != null) {
                    result.add(new ScoreLine(code, sub.isImplicit() ? section.title() : sub.title(), c[0], c[1]));
                }
            }
        }
        return result;
    }
}
