package io.studycompanion.domain;

import java.time.Instant;
import java.util.List;

/** All of a learner's progress as stored: checklist, settings, attempts, answers, review schedule. */
public record DataDump(int schemaVersion, Instant exportedAt, List<TableDump> tables) {
    public DataDump {
        tables = List.copyOf(tables);
    }

    public int rowCount() {
        return tables.stream().mapToInt(t -> t.rows().size()).sum();
    }
}
