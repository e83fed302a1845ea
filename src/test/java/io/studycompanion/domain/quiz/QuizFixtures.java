package io.studycompanion.domain.quiz;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.QuestionType;
import io.studycompanion.domain.Reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Questions built in code for quiz tests. */
public final class QuizFixtures {
    private QuizFixtures() {
    }

    public static Question single(String id, String objective, String key) {
        return new Question(id, List.of(ObjectiveId.parse(objective)), QuestionType.SINGLE, 1, 2, "Stem of " + id,
                choices(4), Set.of(key), "Because.", List.of(new Reference("Doc", "https://docs.databricks.com")),
                Optional.empty(), java.util.Map.of());
    }

    public static Question multiple(String id, String objective, String... keys) {
        return new Question(id, List.of(ObjectiveId.parse(objective)), QuestionType.MULTIPLE, keys.length, 3,
                "Stem of " + id + " Choose " + keys.length + ".", choices(5), Set.of(keys), "Because.",
                List.of(new Reference("Doc", "https://docs.databricks.com")), Optional.empty(),
                java.util.Map.of());
    }

    private static List<Choice> choices(int n) {
        return "ABCDE".substring(0, n).chars().mapToObj(c -> String.valueOf((char) c))
                .map(id -> new Choice(id, "Choice " + id, "Reason " + id)).toList();
    }
}
