package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;

import java.time.Instant;
import java.util.List;

/** One answered question as the readiness model sees it: which objectives it tests, right or wrong, when. */
public record AnswerEvent(String questionId, List<ObjectiveId> objectives, boolean correct, Instant at, int difficulty) {
    public AnswerEvent {
        objectives = List.copyOf(objectives);
    }
}
