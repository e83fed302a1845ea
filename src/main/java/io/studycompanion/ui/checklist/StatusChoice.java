package io.studycompanion.ui.checklist;

import io.studycompanion.domain.ObjectiveStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An entry of the status filter: every status, or one of them. */
public record StatusChoice(Optional<ObjectiveStatus> status) {
    public static final StatusChoice ALL = new StatusChoice(Optional.empty());

    public static List<StatusChoice> all() {
        return Stream.concat(Stream.of(ALL),
                Arrays.stream(ObjectiveStatus.values()).map(s -> new StatusChoice(Optional.of(s)))).toList();
    }

    @Override
    public String toString() {
        return status.map(ObjectiveStatus::label).orElse("All statuses");
    }
}
