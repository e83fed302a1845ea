package io.studycompanion.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The app's SQLite database file: opens it with WAL and foreign keys on, and brings the schema up to
 * date with numbered migrations tracked in {@code PRAGMA user_version}. One connection, used by the
 * repositories; callers serialise access (the app writes from one thread at a time).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "study-companion.db";

    private final Path file;
    private final Connection connection;
    private int transactionDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code study-companion.db} in the folder and migrates it. */
    public static Database openIn(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StorageException("Cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open(dataDir.resolve(FILE_NAME));
    }

    public static Database open(Path file) {
        return open(file, db -> { });
    }

    /**
     * Opens the file, checks it is a sound SQLite database, and migrates it. {@code beforeMigrating} runs
     * only when an existing database is about to be upgraded (used to take a backup first).
     *
     * @throws DatabaseCorruptException when the file is damaged
     * @throws DatabaseTooNewException  when a newer app wrote it
     */
    public static Database open(Path file, Consumer<Database> beforeMigrating) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(SqliteUrls.of(file));
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Opening the database", e);
        }
        var database = new Database(file, connection);
        try {
            database.checkIntegrity();
            database.migrate(beforeMigrating);
            return database;
        } catch (RuntimeException e) {
            database.closeQuietly();
            throw e;
        }
    }

    /** {@code PRAGMA quick_check}: a damaged file is reported, not used. */
    void checkIntegrity() {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
            var result = rs.next() ? rs.getString(1) : "no result";
            if (!"ok".equalsIgnoreCase(result)) {
                throw new DatabaseCorruptException(file, "integrity check: " + result, null);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Checking the database", e);
        }
    }

    /** Writes a consistent copy of the live database to {@code target} (SQLite's online backup). */
    public void backupTo(Path target) {
        // The driver's backup call takes the file name as it is; a "backup to '…'" statement would need the path
        // quoted into SQL, and the driver's parser does not take an apostrophe in it ("Tom's notes").
        try {
            expectOk(sqlite().backup("main", target.toAbsolutePath().toString(), null), "backup");
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Backing up the database to " + target, e);
        }
    }

    /** Replaces the live database's contents with the copy at {@code source}, then re-checks it. */
    public void restoreFrom(Path source) {
        try {
            expectOk(sqlite().restore("main", source.toAbsolutePath().toString(), null), "restore");
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Restoring the database from " + source, e);
        }
        checkIntegrity();
    }

    private org.sqlite.core.DB sqlite() throws SQLException {
        return connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase();
    }

    private static void expectOk(int resultCode, String what) throws SQLException {
        if (resultCode != 0) { // SQLITE_OK
            throw new SQLException("SQLite " + what + " failed", null, resultCode);
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    /** Refuses a newer schema before touching anything, then applies each missing migration in its own transaction. */
    void migrate(Consumer<Database> beforeMigrating) {
        var scripts = Migrations.load();
        try (var st = connection.createStatement()) {
            int version = userVersion();
            if (version > scripts.size()) {
                throw new DatabaseTooNewException(file, version, scripts.size());
            }
            if (version > 0 && version < scripts.size()) {
                beforeMigrating.accept(this);
            }
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA foreign_keys=ON");
            // FULL: every committed answer is on disk before the call returns, even across a power cut.
            st.execute("PRAGMA synchronous=FULL");
            st.execute("PRAGMA busy_timeout=5000");
            for (int v = version; v < scripts.size(); v++) {
                apply(v + 1, scripts.get(v));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Opening the database", e);
        }
    }

    private void apply(int target, String script) throws SQLException {
        connection.setAutoCommit(false);
        try (var st = connection.createStatement()) {
            for (var sql : Migrations.statements(script)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version=" + target);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StorageException("Upgrading the database " + file + " to schema " + target + " failed: "
                    + e.getMessage() + ". The database was left as it was.", e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public int userVersion() {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Reading the schema version", e);
        }
    }

    public static int latestVersion() {
        return Migrations.load().size();
    }

    /** Work done with the connection inside one transaction. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Turns a result set into values. */
    @FunctionalInterface
    interface Rows<T> {
        List<T> read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs repository calls as one transaction: all of them are stored, or none (one service call that changes
     * data is one transaction). Nested calls join the outer transaction.
     */
    public <T> T transaction(String what, java.util.function.Supplier<T> work) {
        return inTransaction(c -> work.get(), what);
    }

    /** Runs the work in one transaction (or inside the one already open); {@code what} names it in errors. */
    synchronized <T> T inTransaction(SqlWork<T> work, String what) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(what, e);
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            transactionDepth = 1;
            try {
                var result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                transactionDepth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** One statement, autocommitted unless a transaction is open; returns the number of rows changed. */
    int update(String sql, String what, Object... params) {
        try (var ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    <T> List<T> query(String sql, String what, Rows<T> rows, Object... params) {
        try (var ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (var rs = ps.executeQuery()) {
                return rows.read(rs);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private StorageException failure(String what, SQLException e) {
        return SqliteErrors.translate(file, what, e);
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Closing the database " + file + " failed: " + e.getMessage(), e);
        }
    }
}
