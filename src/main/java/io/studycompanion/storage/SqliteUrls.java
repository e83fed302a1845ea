package io.studycompanion.storage;

import java.nio.file.Path;

/**
 * JDBC URLs for database files. A path never goes into a URL as it is: {@code ?}, {@code #} and {@code %} in a
 * folder name would start a query, a fragment or an escape and open another file. The path is turned into a
 * {@code file:} URI with every such character percent-encoded (SQLite decodes it back).
 */
final class SqliteUrls {
    private SqliteUrls() {
    }

    static String of(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri().toASCIIString();
    }

    static String readOnly(Path file) {
        return of(file) + "?mode=ro";
    }

    /**
     * A file that does not change while it is read (a finished backup; a live database whose folder's lock is
     * held and whose WAL is empty): no lock, journal, WAL or index file is opened or created beside it.
     */
    static String immutable(Path file) {
        return of(file) + "?mode=ro&immutable=1";
    }
}
