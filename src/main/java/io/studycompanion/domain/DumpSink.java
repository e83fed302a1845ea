package io.studycompanion.domain;

import java.time.Instant;
import java.util.List;

/**
 * Receives a learner's data as it is read, table by table and row by row, so a backup larger than memory can be
 * exported or imported: first {@link #begin}, then for each table {@link #table} and its rows. Values are text,
 * whole numbers ({@code Long}), decimals ({@code Double}) or null.
 */
public interface DumpSink {
    void begin(int schemaVersion, Instant exportedAt);

    void table(String name, List<String> columns);

    void row(List<Object> values);

    /** Something that sends a whole dump to a sink (a backup file being read, a database being dumped). */
    @FunctionalInterface
    interface Source {
        void feed(DumpSink sink);
    }

    /** A sink that keeps everything in memory (small dumps, tests). */
    final class Collect implements DumpSink {
        private int schemaVersion;
        private Instant exportedAt;
        private final List<TableDump> tables = new java.util.ArrayList<>();
        private String table;
        private List<String> columns;
        private List<List<Object>> rows;

        @Override
        public void begin(int schemaVersion, Instant exportedAt) {
            this.schemaVersion = schemaVersion;
            this.exportedAt = exportedAt;
        }

        @Override
        public void table(String name, List<String> columns) {
            flush();
            this.table = name;
            this.columns = columns;
            this.rows = new java.util.ArrayList<>();
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
        }

        private void flush() {
            if (table != null) {
                tables.add(new TableDump(table, columns, rows));
                table = null;
            }
        }

        public DataDump dump() {
            flush();
            return new DataDump(schemaVersion, exportedAt, tables);
        }
    }

    /** Feeds a dump held in memory. */
    static Source of(DataDump dump) {
        return sink -> {
            sink.begin(dump.schemaVersion(), dump.exportedAt());
            for (var t : dump.tables()) {
                sink.table(t.table(), t.columns());
                t.rows().forEach(sink::row);
            }
        };
    }
}
