package io.studycompanion.robustness;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;

/** The robustness tests' verdict on a database file: SQLite's full integrity check. */
final class SqliteIntegrity {
    private SqliteIntegrity() {
    }

    /** "ok", or the problems SQLite lists, joined with "; ". */
    static String check(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
            var lines = new ArrayList<String>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return String.join("; ", lines);
        }
    }
}
