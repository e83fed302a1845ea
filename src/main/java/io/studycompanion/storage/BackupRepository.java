package io.studycompanion.storage;

import io.studycompanion.domain.DataDump;
import io.studycompanion.domain.DumpSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Dumps and restores every table of the learner's progress, value for value. Both stream row by row (a backup
 * never has to fit in memory); a restore is one transaction, so on any failure nothing changes. A backup written
 * at an earlier schema is loaded into a scratch database at its own schema, brought forward by the same migrations
 * an old database file goes through, and copied from there.
 */
public final class BackupRepository {
    /** Parents before children, so inserts satisfy the foreign keys and deletes run in reverse. */
    static final List<String> TABLES = List.of("setting", "objective_progress", "attempt", "attempt_item", "review_state");
    private static final int BATCH = 500;

    private final Database database;

    public BackupRepository(Database database) {
        this.database = database;
    }

    /** Everything in memory (small data, tests); see {@link #dump(Instant, DumpSink)}. */
    public DataDump dump(Instant now) {
        var collect = new DumpSink.Collect();
        dump(now, collect);
        return collect.dump();
    }

    /** Sends every table to the sink, row by row, as one consistent read. */
    public void dump(Instant now, DumpSink sink) {
        database.inTransaction(c -> {
            sink.begin(database.userVersion(), now);
            for (var table : TABLES) {
                // The stored columns only: a generated one (attempt_item.answered_ms) is SQLite's to compute again.
                var stored = String.join(",", columns(c, table));
                try (var st = c.createStatement();
                     var rs = st.executeQuery("SELECT " + stored + " FROM " + table + " ORDER BY rowid")) {
                    var meta = rs.getMetaData();
                    var columns = new ArrayList<String>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                    sink.table(table, columns);
                    while (rs.next()) {
                        var row = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(rs.getObject(i));
                        }
                        sink.row(row);
                    }
                }
            }
            return null;
        }, "Reading your data for the backup");
    }

    /** Replaces all progress with a dump held in memory; see {@link #restore(DumpSink.Source)}. */
    public int restore(DataDump dump) {
        return restore(DumpSink.of(dump));
    }

    /**
     * Replaces all progress with the backup's, reading it row by row inside one transaction: known tables and
     * columns only, each row as long as its columns, every value readable by the app; a backup of an earlier
     * schema is migrated forward first. On any failure nothing changes. Returns the number of rows restored.
     */
    public int restore(DumpSink.Source source) {
        return database.inTransaction(c -> {
            try (var st = c.createStatement()) {
                // The backup's tables may come in any order; the keys are checked at commit.
                st.execute("PRAGMA defer_foreign_keys=ON");
                for (int i = TABLES.size() - 1; i >= 0; i--) {
                    st.executeUpdate("DELETE FROM " + TABLES.get(i));
                }
            }
            try (var loader = new Loader(c)) {
                source.feed(loader);
                loader.finish();
                requireReadable();
                return loader.rows;
            }
        }, "Restoring the backup");
    }

    /** Takes the backup's rows into the live database, or into a scratch one when the backup is older. */
    private final class Loader implements DumpSink, AutoCloseable {
        private final Connection live;
        private Connection target;
        private Database scratch;
        private Path scratchFile;
        private int schema = -1;
        private final Set<String> seen = new HashSet<>();
        private String table;
        private int width;
        private PreparedStatement insert;
        private int pending;
        private int rows;

        Loader(Connection live) {
            this.live = live;
        }

        @Override
        public void begin(int schemaVersion, Instant exportedAt) {
            int current = database.userVersion();
            if (schemaVersion > current) {
                throw new StorageException("The backup was made by a newer version of Study Companion (database schema "
                        + schemaVersion + "; this version uses schema " + current + "). Update the app to import it; "
                        + "nothing was changed.");
            }
            if (schemaVersion < 1) {
                throw new StorageException("The backup names no database schema it was made with (\"schemaVersion\"); "
                        + "nothing was changed.");
            }
            schema = schemaVersion;
            target = live;
            if (schemaVersion < current) {
                try {
                    scratchFile = Files.createTempFile(database.file().toAbsolutePath().getParent(), ".restore-", ".db");
                } catch (IOException e) {
                    throw new StorageException("Cannot prepare the import of an older backup in "
                            + database.file().getParent() + " (" + e.getMessage() + "); nothing was changed.", e);
                }
                scratch = Database.scratch(scratchFile, database.file(), database.migrations(), schemaVersion);
                target = scratch.connection();
            }
        }

        @Override
        public void table(String name, List<String> columns) {
            sql(() -> {
                endTable();
                if (!TABLES.contains(name)) {
                    throw new StorageException("The backup holds an unknown table '" + name + "'. Nothing was changed.");
                }
                if (!seen.add(name)) {
                    throw new StorageException("The backup holds the table " + name + " twice. Nothing was changed.");
                }
                var known = columns(target, name);
                if (known.isEmpty()) {
                    throw new StorageException("The backup's table " + name + " is not part of database schema "
                            + schema + ", which the backup says it was made with. Nothing was changed.");
                }
                for (var column : columns) {
                    if (!known.contains(column)) {
                        throw new StorageException("The backup's table " + name + " has an unknown column '" + column
                                + "'. Nothing was changed.");
                    }
                }
                if (new HashSet<>(columns).size() != columns.size()) {
                    throw new StorageException("The backup's table " + name + " names a column twice. Nothing was changed.");
                }
                table = name;
                width = columns.size();
                insert = target.prepareStatement("INSERT INTO " + name + " (" + String.join(",", columns) + ") VALUES ("
                        + String.join(",", columns.stream().map(x -> "?").toList()) + ")");
            });
        }

        @Override
        public void row(List<Object> values) {
            if (values.size() != width) {
                throw new StorageException("The backup's table " + table + " has a row with " + values.size()
                        + " values for " + width + " columns. Nothing was changed.");
            }
            sql(() -> {
                for (int i = 0; i < values.size(); i++) {
                    insert.setObject(i + 1, values.get(i));
                }
                insert.addBatch();
                rows++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            });
        }

        private void endTable() throws SQLException {
            if (insert != null) {
                if (pending > 0) {
                    insert.executeBatch();
                }
                insert.close();
                insert = null;
                pending = 0;
            }
        }

        /** Ends the last table; for an older backup, migrates the scratch database and copies it in. */
        void finish() throws SQLException {
            if (schema < 0) {
                throw new StorageException("The backup holds no data. Nothing was changed.");
            }
            endTable();
            if (scratch != null) {
                scratch.migrateTo(schema, database.userVersion());
                for (var name : TABLES) {
                    copy(name);
                }
            }
        }

        /** Copies one table from the migrated scratch database into the live one, row by row. */
        private void copy(String name) throws SQLException {
            var columns = new ArrayList<>(columns(target, name));
            columns.retainAll(columns(live, name));
            if (columns.isEmpty()) {
                return;
            }
            var list = String.join(",", columns);
            try (var read = target.createStatement();
                 var rs = read.executeQuery("SELECT " + list + " FROM " + name + " ORDER BY rowid");
                 var write = live.prepareStatement("INSERT INTO " + name + " (" + list + ") VALUES ("
                         + String.join(",", columns.stream().map(x -> "?").toList()) + ")")) {
                int batch = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.addBatch();
                    if (++batch == BATCH) {
                        write.executeBatch();
                        batch = 0;
                    }
                }
                write.executeBatch();
            }
        }

        @Override
        public void close() {
            try {
                if (insert != null) {
                    insert.close();
                }
            } catch (SQLException ignored) {
                // the statement dies with the transaction anyway
            }
            if (scratch != null) {
                scratch.close();
            }
            if (scratchFile != null) {
                for (var suffix : List.of("", "-journal", "-wal", "-shm")) {
                    try {
                        Files.deleteIfExists(scratchFile.resolveSibling(scratchFile.getFileName() + suffix));
                    } catch (IOException ignored) {
                        // a left-over scratch file holds a copy of the backup only
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }

    private void sql(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            throw SqliteErrors.translate(database.file(), "Restoring the backup", e);
        }
    }

    /**
     * Reads back everything the app will read, inside the restore's transaction, one row at a time (nothing is
     * collected, however large the data): a value it cannot read aborts the restore.
     */
    private void requireReadable() {
        try {
            database.query("SELECT * FROM attempt", "Checking the quizzes", rs -> {
                while (rs.next()) {
                    AttemptRepository.attempt(rs);
                }
                return List.of();
            });
            database.query("SELECT * FROM attempt_item", "Checking the answers", rs -> {
                while (rs.next()) {
                    AttemptRepository.item(rs);
                }
                return List.of();
            });
            database.query("SELECT * FROM review_state", "Checking the review schedule", rs -> {
                while (rs.next()) {
                    ReviewRepository.state(rs);
                }
                return List.of();
            });
            database.query("SELECT objective_id FROM objective_progress", "Checking the checklist", rs -> {
                while (rs.next()) {
                    io.studycompanion.domain.ObjectiveId.parse(rs.getString(1));
                }
                return List.of();
            });
        } catch (java.time.DateTimeException | IllegalArgumentException | NullPointerException e) {
            throw new StorageException("The backup holds a value this app cannot read (" + e.getMessage()
                    + "). Nothing was changed.", e);
        }
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        var names = new java.util.LinkedHashSet<String>();
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }
}
