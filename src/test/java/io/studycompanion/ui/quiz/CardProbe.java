package io.studycompanion.ui.quiz;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.AttemptItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import java.util.Random;

/** Builds the cards the player and the review draw for a question, as a check that any accepted question can be shown. */
public final class CardProbe {
    private CardProbe() {
    }

    /** The question shown unanswered, then answered with its key and revealed; fails if either cannot be built. */
    public static void show(Question question, Random random) {
        var order = new ArrayList<>(question.choices().stream().map(Choice::id).toList());
        Collections.shuffle(order, random);
        var item = AttemptItem.unanswered(0, question.id(), order);
        var asked = Cards.of(Optional.of(question), item, 1, "2025-09-30", java.util.Set.of(), false, true);
        var answered = item.withAnswer(question.key(), true, java.time.Instant.EPOCH);
        var revealed = Cards.of(Optional.of(question), answered, 1, "2025-09-30", question.key(), true, true);
        if (asked.choices().size() != question.choices().size() || revealed.feedback().isEmpty()) {
            throw new IllegalStateException(question.id() + " cannot be shown as it was written");
        }
    }
}
