package io.studycompanion.domain;

import java.util.Objects;

/** The learner's own record for one objective: ticked off, status and a free-text note. */
public record ObjectiveProgress(ObjectiveId objectiveId, boolean ticked, ObjectiveStatus status, String note) {
    public ObjectiveProgress {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
    }

    public static ObjectiveProgress untouched(ObjectiveId id) {
        return new ObjectiveProgress(id, false, ObjectiveStatus.NOT_STARTED, "");
    }

    public ObjectiveProgress withTicked(boolean value) {
        return new ObjectiveProgress(objectiveId, value, status, note);
    }

    public ObjectiveProgress withStatus(ObjectiveStatus value) {
        return new ObjectiveProgress(objectiveId, ticked, value, note);
    }

    public ObjectiveProgress withNote(String value) {
        return new ObjectiveProgress(objectiveId, ticked, status, value);
    }
}
