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

import org.sqlite.SQLiteConfig;

/**
 * The app's SQLite database file: opens it with WAL and foreign keys on, and brings the schema up to
 * date with numbered migrations tracked in {@code PRAGMA user_version}. One connection, used by the
 * repositories; callers serialise access (the app writes from one thread at a time).
 *
 * <p>The connection runs in {@code locking_mode=EXCLUSIVE}, set before the first read, so SQLite keeps the WAL
 * index in the process's heap and never creates or memory-maps the {@code -shm} file. With the shared, mapped
 * {@code -shm} a nearly full disk ended in SIGBUS (the JVM died, exit 134, after the import had committed) or in
 * {@code SQLITE_IOERR_SHMSIZE}; a heap index cannot fault. Nothing is lost by it: the app already holds the data
 * folder's {@link InstanceLock}, so no other program shares the database while it runs. WAL is kept (rather than a
 * rollback journal, which needs no shared memory either) because a commit in WAL mode is one append and one
 * fsync, which keeps saving an answer under its budget.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "study-companion.db";

    private final Path file;
    private final Connection connection;
    private final Migrations migrations;
    private final boolean readOnly;
    private final Runnable onClose;
    private int transactionDepth;

    private Database(Path file, Connection connection, Migrations migrations, boolean readOnly, Runnable onClose) {
        this.file = file;
        this.connection = connection;
        this.migrations = migrations;
        this.readOnly = readOnly;
        this.onClose = onClose;
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
        return open(file, Migrations.bundled(), beforeMigrating);
    }

    static Database open(Path file, Migrations migrations, Consumer<Database> beforeMigrating) {
        var database = new Database(file, connect(file, SqliteUrls.of(file), false), migrations, false, () -> { });
        try {
            database.checkIntegrity();
            database.migrate(beforeMigrating);
            return database;
        } catch (RuntimeException e) {
            database.closeQuietly();
            throw e;
        }
    }

    /**
     * Opens the database for reading only, writing nothing anywhere in its folder (a read-only folder, a full
     * disk): exports and the report still work. When every committed change is in the file itself (no
     * {@code -wal} beside it), the file is opened {@code immutable}: no lock, journal or index file is needed, and
     * none is written (the caller holds the folder's lock, so nobody changes it meanwhile). When a {@code -wal}
     * holds changes not yet merged (the app was killed), the two files are copied to a private temporary folder
     * and read there, so those changes are not missed; so is a database written by an older version, upgraded in
     * that copy.
     */
    public static Database openReadOnly(Path file) {
        return ReadOnlyOpening.open(file);
    }

    /** A database the app only reads, on a connection to {@code url} (the file itself, or a private copy of it). */
    static Database forReading(Path file, String url, boolean readOnlyConnection, Runnable onClose) {
        return new Database(file, connect(file, url, readOnlyConnection), Migrations.bundled(), true, onClose);
    }

    private static Connection connect(Path file, String url, boolean readOnly) {
        var config = new SQLiteConfig();
        // Before any read: in exclusive mode SQLite never touches the -shm file (see the class comment).
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setReadOnly(readOnly);
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Opening the database", e);
        }
    }

    /** Whether this connection can only read (see {@link #openReadOnly}). */
    public boolean readOnly() {
        return readOnly;
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
        backupTo(target, target);
    }

    /** As {@link #backupTo(Path)}; errors name {@code shownAs} (the backup's final name, not its partial one). */
    void backupTo(Path target, Path shownAs) {
        // The driver's backup call takes the file name as it is; a "backup to '…'" statement would need the path
        // quoted into SQL, and the driver's parser does not take an apostrophe in it ("Tom's notes").
        try {
            expectOk(sqlite().backup("main", target.toAbsolutePath().toString(), null), "backup");
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Backing up the database to " + shownAs, e);
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

    void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        } finally {
            onClose.run();
        }
    }

    /** Refuses a newer schema before touching anything, then applies each missing migration in its own transaction. */
    void migrate(Consumer<Database> beforeMigrating) {
        var scripts = migrations.scripts();
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
            migrateTo(version, scripts.size());
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Opening the database", e);
        }
    }

    /** Applies migrations {@code from + 1} to {@code to}, each in its own transaction. */
    void migrateTo(int from, int to) {
        for (int v = from; v < to; v++) {
            apply(v + 1, migrations.scripts().get(v));
        }
    }

    private void apply(int target, String script) {
        try {
            connection.setAutoCommit(false);
            try {
                Migrations.run(connection, script);
                try (var st = connection.createStatement()) {
                    st.execute("PRAGMA user_version=" + target);
                }
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw SqliteErrors.translate(file, "Upgrading the database to schema " + target, e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "Upgrading the database to schema " + target, e);
        }
    }

    /** The migrations this database was opened with (the bundled ones, or a test's own list). */
    Migrations migrations() {
        return migrations;
    }

    /**
     * A scratch database at {@code file} (new or empty; errors name {@code namedAs}) at schema {@code version} of these migrations,
     * without journal or fsync: a working copy for bringing an old backup forward, deleted after use.
     */
    static Database scratch(Path file, Path namedAs, Migrations migrations, int version) {
        var database = new Database(namedAs, connect(namedAs, SqliteUrls.of(file), false), migrations, false, () -> { });
        try (var st = database.connection.createStatement()) {
            st.execute("PRAGMA journal_mode=OFF");
            st.execute("PRAGMA synchronous=OFF");
            database.migrateTo(0, version);
            return database;
        } catch (SQLException | RuntimeException e) {
            database.closeQuietly();
            throw e instanceof SQLException sql ? SqliteErrors.translate(namedAs, "Preparing the backup", sql)
                    : (RuntimeException) e;
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
        return Migrations.bundled().latest();
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
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw e;
            } catch (RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                transactionDepth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Rolls back after a failure, keeping the failure as the one to report. SQLite has often rolled back on its
     * own already (a full disk, an I/O error); the rollback's own complaint ("cannot rollback - no transaction is
     * active") would otherwise replace the cause, and a commit attempted afterwards would report "cannot commit".
     */
    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
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
            throw SqliteErrors.translate(file, "Closing the database", e);
        } finally {
            onClose.run();
        }
    }
}
