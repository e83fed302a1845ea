package io.studycompanion.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The app's SQLite database file: opens it with WAL and foreign keys on, and brings the schema up to
 * date with numbered migrations tracked in {@code PRAGMA user_version}. One connection, used by the
 * repositories; callers serialise access (the app writes from one thread at a time).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "study-companion.db";

    private final Path file;
    private final Connection connection;

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
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StorageException("Cannot open the database " + file + ": " + e.getMessage(), e);
        }
        var database = new Database(file, connection);
        try {
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Refuses a newer schema before touching anything, then applies each missing migration in its own transaction. */
    void migrate() {
        var scripts = Migrations.load();
        try (var st = connection.createStatement()) {
            int version = userVersion();
            if (version > scripts.size()) {
                throw new DatabaseTooNewException(file, version, scripts.size());
            }
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA busy_timeout=5000");
            for (int v = version; v < scripts.size(); v++) {
                apply(v + 1, scripts.get(v));
            }
        } catch (SQLException e) {
            throw new StorageException("The database " + file + " could not be opened: " + e.getMessage(), e);
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
            throw new StorageException("Cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    public static int latestVersion() {
        return Migrations.load().size();
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
