package io.studycompanion.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered SQL files {@code migrations/001.sql, 002.sql, ...} shipped beside this class; script i (0-based)
 * upgrades the schema from version i to i + 1. A list of its own can be given for tests (a synthetic migration).
 */
final class Migrations {
    private static final List<String> BUNDLED = loadBundled();

    private final List<String> scripts;

    Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The migrations shipped with the app. */
    static Migrations bundled() {
        return new Migrations(BUNDLED);
    }

    /** Scripts in order. */
    List<String> scripts() {
        return scripts;
    }

    int latest() {
        return scripts.size();
    }

    /**
     * Runs one script whole, through SQLite's own script execution ({@code sqlite3_exec}, which the driver uses for
     * a plain {@code Statement.executeUpdate}): SQLite's parser finds where each statement ends, so a trigger body,
     * a string holding ';' or '--', and comments anywhere are read as SQLite reads them. (The runner used to split
     * on ';' and strip '--' itself, which would have broken the first migration with a trigger.)
     */
    static void run(Connection connection, String script) throws SQLException {
        try (var st = connection.createStatement()) {
            st.executeUpdate(script);
        }
    }

    private static List<String> loadBundled() {
        var scripts = new ArrayList<String>();
        for (int n = 1; ; n++) {
            var name = String.format("migrations/%03d.sql", n);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return List.copyOf(scripts);
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StorageException("Could not read the built-in migration " + name, e);
            }
        }
    }
}
