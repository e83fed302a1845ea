package io.studycompanion.domain;

import java.util.ArrayList;
import java.util.List;

/** The rows of one stored table, column by column, as plain values (text, whole numbers, decimals or null). */
public record TableDump(String table, List<String> columns, List<List<Object>> rows) {
    public TableDump {
        columns = List.copyOf(columns);
        var copy = new ArrayList<List<Object>>();
        rows.forEach(r -> copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r))));
        rows = List.copyOf(copy);
    }
}
