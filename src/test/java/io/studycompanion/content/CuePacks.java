package io.studycompanion.content;

import java.util.ArrayList;
import java.util.List;

/** Question packs for the cue checks: one whose keys stand out by length and absolutes, one without cues. */
public final class CuePacks {
    private CuePacks() {
    }

    /** Four valid questions whose key is always the longest choice and whose distractors say "only"/"never". */
    public static String keysStandOut() {
        var questions = new ArrayList<String>();
        String[] topics = {"a churn model", "a demand forecast", "a fraud scorer", "a ranking model"};
        for (int i = 0; i < topics.length; i++) {
            questions.add(question("loud-00" + (i + 1), "A team ships " + topics[i] + ". What should it do first?",
                    List.of("Register the version in Unity Catalog and point the champion alias at it after validation",
                            "Only copy files", "Never log it", "Use a stage"), "A"));
        }
        return "{\"questions\": [" + String.join(",", questions) + "]}";
    }

    /** Four valid questions whose choices are equally long and whose keys sit in every position. */
    public static String withoutCues() {
        var questions = new ArrayList<String>();
        String[] stems = {"Which object trains on a DataFrame?", "Which object scores predictions?",
                "Which object chains stages?", "Which object maps rows to rows?"};
        for (int i = 0; i < stems.length; i++) {
            questions.add(question("quiet-00" + (i + 1), stems[i],
                    List.of("Estimator", "Evaluator", "Pipeline!", "Transform"), String.valueOf("ABCD".charAt(i))));
        }
        return "{\"questions\": [" + String.join(",", questions) + "]}";
    }

    private static String question(String id, String stem, List<String> choices, String key) {
        var items = new ArrayList<String>();
        for (int i = 0; i < choices.size(); i++) {
            items.add(String.format("{\"id\": \"%c\", \"text\": \"%s\", \"rationale\": \"why %c\"}", 'A' + i,
                    choices.get(i), 'A' + i));
        }
        return String.format("""
                {"id": "%s", "objectives": ["2025-09-30:1.1.1"], "type": "single", "difficulty": 2,
                 "stem": "%s", "choices": [%s], "key": ["%s"], "explanation": "Because.",
                 "references": [{"title": "ML Pipelines", "url": "https://spark.apache.org/docs/latest/ml-pipeline.html"}]}""",
                id, stem, String.join(",", items), key);
    }
}
