package io.studycompanion.domain.quiz;

import io.studycompanion.domain.Question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Questions the learner has not answered yet come before those it has, each part in random order. The app shows
 * the key after every answer, so a question met again can be right from memory of that one key: new questions
 * teach more and show readiness best (the real exam's questions are all new).
 */
public final class FreshFirst {
    private FreshFirst() {
    }

    /** The pool shuffled, then the questions not yet answered moved to the front (a stable reordering). */
    public static List<Question> order(List<Question> pool, QuestionHistory history, Random random) {
        var shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        shuffled.sort(Comparator.comparing(q -> history.seen(q.id())));
        return shuffled;
    }
}
