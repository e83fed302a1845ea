package io.studycompanion.domain.readiness;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The review habit within the answer budget: a reviewing learner keeps its sessions' times and lengths, but once the
 * questions it missed in a session fill the session's remaining answers it stops taking new questions and re-answers
 * the missed ones, oldest first, minutes after missing them. Each missed question is reviewed once; a review answered
 * wrong again is not queued again. A new question is taken only while the missed ones fit in the rest of the session,
 * so at most the last one missed (when the last new answer is wrong with the session nearly full) goes unreviewed.
 * Total answers stay those the schedule drew (30–1,500), fewer of them new.
 */
final class ReviewQueue {
    private final Map<Integer, ArrayDeque<IrtQuestion>> missed = new HashMap<>();

    /** The question to review at {@code slot}, or null for a new question. */
    IrtQuestion due(IrtWorld.StudySlot slot) {
        var queue = missed.get(slot.session());
        return queue != null && queue.size() >= slot.left() ? queue.poll() : null;
    }

    /** A new question of the session answered wrong: to be reviewed before the session ends. */
    void missed(IrtWorld.StudySlot slot, IrtQuestion question) {
        missed.computeIfAbsent(slot.session(), s -> new ArrayDeque<>()).add(question);
    }
}
