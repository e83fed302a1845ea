package io.studycompanion.storage;

import io.studycompanion.domain.DataDump;
import io.studycompanion.domain.TableDump;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Dumps and restores every table of the learner's progress, value for value, in one transaction. */
public final class BackupRepository {
    /** Parents before children, so inserts satisfy the foreign keys and deletes run in reverse. */
    static final List<String> TABLES = List.of("setting", "objective_progress", "attempt", "attempt_item", "review_state");

    private final Database database;

    public BackupRepository(Database database) {
        this.database = database;
    }

    public DataDump dump(Instant now) {
        var tables = new ArrayList<TableDump>();
        for (var table : TABLES) {
            tables.add(database.query("SELECT * FROM " + table + " ORDER BY rowid", "Reading " + table, rs -> {
                var meta = rs.getMetaData();
                var columns = new ArrayList<String>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                var rows = new ArrayList<List<Object>>();
                while (rs.next()) {
                    var row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return List.of(new TableDump(table, columns, rows));
            }).get(0));
        }
        return new DataDump(database.userVersion(), now, tables);
    }

    /**
     * Replaces all progress with the dump. Checked first (same schema, known tables and columns), then applied
     * in one transaction: on any failure nothing changes.
     */
    public void restore(DataDump dump) {
        check(dump);
        database.inTransaction(c -> {
            try (var st = c.createStatement()) {
                for (int i = TABLES.size() - 1; i >= 0; i--) {
                    st.executeUpdate("DELETE FROM " + TABLES.get(i));
                }
            }
            for (var table : TABLES) {
                var data = dump.tables().stream().filter(t -> t.table().equals(table)).findFirst();
                if (data.isPresent()) {
                    insert(c, data.get());
                }
            }
            requireReadable();
            return null;
        }, "Restoring the backup");
    }

    /** Reads back everything the app will read, inside the restore's transaction: a value it cannot read aborts it. */
    private void requireReadable() {
        try {
            var attempts = new AttemptRepository(database);
            attempts.all();
            attempts.finalAnswers();
            new ReviewRepository(database).all();
            database.query("SELECT objective_id FROM objective_progress", "Checking the checklist", rs -> {
                while (rs.next()) {
                    io.studycompanion.domain.ObjectiveId.parse(rs.getString(1));
                }
                return List.of();
            });
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new StorageException("The backup holds a value this app cannot read (" + e.getMessage()
                    + "). Nothing was changed.", e);
        }
    }

    private void check(DataDump dump) {
        if (dump.schemaVersion() != database.userVersion()) {
            throw new StorageException("The backup was made with database schema " + dump.schemaVersion()
                    + "; this version of the app uses schema " + database.userVersion() + ". Nothing was changed.");
        }
        for (var t : dump.tables()) {
            if (!TABLES.contains(t.table())) {
                throw new StorageException("The backup holds an unknown table '" + t.table() + "'. Nothing was changed.");
            }
            t.rows().stream().filter(r -> r.size() != t.columns().size()).findFirst().ifPresent(r -> {
                throw new StorageException("The backup's table " + t.table() + " has a row with " + r.size()
                        + " values for " + t.columns().size() + " columns. Nothing was changed.");
            });
            var known = columns(t.table());
            for (var column : t.columns()) {
                if (!known.contains(column)) {
                    throw new StorageException("The backup's table " + t.table() + " has an unknown column '" + column
                            + "'. Nothing was changed.");
                }
            }
        }
    }

    private Set<String> columns(String table) {
        return Set.copyOf(database.query("PRAGMA table_info(" + table + ")", "Reading the table layout", rs -> {
            var names = new ArrayList<String>();
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
            return names;
        }));
    }

    private static void insert(java.sql.Connection c, TableDump t) throws SQLException {
        var placeholders = String.join(",", t.columns().stream().map(x -> "?").toList());
        var sql = "INSERT INTO " + t.table() + " (" + String.join(",", t.columns()) + ") VALUES (" + placeholders + ")";
        try (var ps = c.prepareStatement(sql)) {
            for (var row : t.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    ps.setObject(i + 1, row.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
