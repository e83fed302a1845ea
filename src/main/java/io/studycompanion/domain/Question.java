package io.studycompanion.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A practice question tied to exam objectives. Stem, choices and explanation are Markdown.
 *
 * @param choose       how many choices to pick: 1 for single answer, N for multiple answer
 * @param difficulty   1 recall, 2 applied, 3 multi-step scenario
 * @param platformNote how the platform changed since the guide, where it matters
 * @param cueNotes     written reasons for keeping a wording cue the lint flags, by the flag's code
 *                     (e.g. "echo" → why the stem's word must appear in the key)
 */
public record Question(String id, List<ObjectiveId> objectives, QuestionType type, int choose, int difficulty,
                       String stem, List<Choice> choices, Set<String> key, String explanation,
                       List<Reference> references, Optional<String> platformNote,
                       Map<String, String> cueNotes) {
    public Question {
        objectives = List.copyOf(objectives);
        choices = List.copyOf(choices);
        key = Set.copyOf(key);
        references = List.copyOf(references);
        cueNotes = Map.copyOf(cueNotes);
    }

    /** True when the stem or a choice carries a fenced code block (inline identifiers do not count). */
    public boolean hasCode() {
        return stem.contains("```") || choices.stream().anyMatch(c -> c.text().contains("```"));
    }

    public boolean isCorrect(Set<String> selected) {
        return key.equals(selected);
    }
}
