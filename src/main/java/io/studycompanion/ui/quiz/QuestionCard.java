package io.studycompanion.ui.quiz;

import io.studycompanion.domain.Reference;
import io.studycompanion.domain.quiz.Confidence;

import java.util.List;
import java.util.Optional;

/**
 * Everything the player draws for the current question, computed by the view model.
 *
 * @param choose   1 for single answer; N for "Choose N"
 * @param feedback present once a practice answer was checked, or when reviewing a finished attempt
 */
public record QuestionCard(int number, int total, String questionId, String objectives, String stem, int choose,
                           List<ChoiceLine> choices, boolean flagged, Optional<Confidence> confidence,
                           Optional<Feedback> feedback) {

    /** A choice as shown: its display letter (A, B, …) after shuffling, and its state. */
    public record ChoiceLine(String letter, String choiceId, String text, boolean selected, boolean correct,
                             String rationale) {
    }

    /** Right or wrong, and what to learn from it. */
    public record Feedback(boolean correct, String yourAnswer, String key, String explanation,
                           List<Reference> references, Optional<String> platformNote) {
    }

    public boolean multiple() {
        return choose > 1;
    }

    public long selectedCount() {
        return choices.stream().filter(ChoiceLine::selected).count();
    }
}
