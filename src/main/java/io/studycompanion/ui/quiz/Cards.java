package io.studycompanion.ui.quiz;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.AttemptItem;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the card the player or the review list draws for one question of an attempt. */
final class Cards {
    private static final String LETTERS = "ABCDEF";

    private Cards() {
    }

    /** Said where a question of an attempt is no longer in the bank (a pack removed, a question renamed). */
    static final String MISSING = "This question is no longer in your bank, so it cannot be shown. "
            + "Its answer still counts as it was given.";

    /**
     * @param q             the question, if the bank still holds it as it was when the attempt began
     * @param selection     what is selected now (the saved answer, or a practice draft not yet checked)
     * @param reveal        whether to show right/wrong, rationales and the explanation
     * @param showObjective whether to name the objective (not during an exam simulation: the real exam does not)
     */
    static QuestionCard of(Optional<Question> q, AttemptItem item, int total, String version, Set<String> selection,
                           boolean reveal, boolean showObjective) {
        return q.filter(question -> question.choices().stream().map(c -> c.id()).collect(Collectors.toSet())
                        .containsAll(item.choiceOrder()))
                .map(question -> of(question, item, total, version, selection, reveal, showObjective))
                .orElseGet(() -> new QuestionCard(item.position() + 1, total, item.questionId(), "", MISSING, 1,
                        java.util.List.of(), item.flagged(), item.confidence(), Optional.empty()));
    }

    private static QuestionCard of(Question q, AttemptItem item, int total, String version, Set<String> selection,
                                   boolean reveal, boolean showObjective) {
        var lines = new ArrayList<QuestionCard.ChoiceLine>();
        for (int i = 0; i < item.choiceOrder().size(); i++) {
            var id = item.choiceOrder().get(i);
            var choice = q.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            lines.add(new QuestionCard.ChoiceLine(String.valueOf(LETTERS.charAt(i)), id, choice.text(),
                    selection.contains(id), q.key().contains(id), choice.rationale()));
        }
        var objectives = showObjective ? q.objectives().stream().filter(o -> o.version().equals(version))
                .map(ObjectiveId::position).collect(Collectors.joining(", ")) : "";
        // Right or wrong as stored when the answer was given: the same verdict as the score and the dashboard.
        Optional<QuestionCard.Feedback> feedback = reveal
                ? Optional.of(new QuestionCard.Feedback(item.right(), letters(lines, true, selection),
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
