package io.studycompanion.ui.quiz;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.AttemptItem;
import io.studycompanion.domain.quiz.Scoring;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the card the player or the review list draws for one question of an attempt. */
final class Cards {
    private static final String LETTERS = "ABCDEF";

    private Cards() {
    }

    /**
     * @param selection what is selected now (the saved answer, or a practice draft not yet checked)
     * @param reveal    whether to show right/wrong, rationales and the explanation
     */
    static QuestionCard of(Question q, AttemptItem item, int total, String version, Set<String> selection, boolean reveal) {
        var lines = new ArrayList<QuestionCard.ChoiceLine>();
        for (int i = 0; i < item.choiceOrder().size(); i++) {
            var id = item.choiceOrder().get(i);
            var choice = q.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            lines.add(new QuestionCard.ChoiceLine(String.valueOf(LETTERS.charAt(i)), id, choice.text(),
                    selection.contains(id), q.key().contains(id), choice.rationale()));
        }
        var objectives = q.objectives().stream().filter(o -> o.version().equals(version)).map(ObjectiveId::position)
                .collect(Collectors.joining(", "));
        Optional<QuestionCard.Feedback> feedback = reveal
                ? Optional.of(new QuestionCard.Feedback(Scoring.isCorrect(q, selection), letters(lines, true, selection),
                letters(lines, false, q.key()), q.explanation(), q.references(), q.platformNote()))
                : Optional.empty();
        return new QuestionCard(item.position() + 1, total, q.id(), objectives, q.stem(), q.choose(), lines,
                item.flagged(), item.confidence(), feedback);
    }

    /** Display letters of the given choice ids, e.g. "B, D"; "no answer" when empty. */
    private static String letters(java.util.List<QuestionCard.ChoiceLine> lines, boolean yours, Set<String> ids) {
        var text = lines.stream().filter(l -> ids.contains(l.choiceId())).map(QuestionCard.ChoiceLine::letter)
                .collect(Collectors.joining(", "));
        return text.isEmpty() && yours ? "no answer" : text;
    }
}
