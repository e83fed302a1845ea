package io.studycompanion.storage;

import java.sql.Connection;

/**
 * For tests in other packages: the database's own connection. The app keeps its database in exclusive locking mode
 * (no -shm file), so a second connection cannot read it while it is open; checks go through this one. Never close it.
 */
public final class DatabaseAccess {
    private DatabaseAccess() {
    }

    public static Connection connection(Database database) {
        return database.connection();
    }
}
