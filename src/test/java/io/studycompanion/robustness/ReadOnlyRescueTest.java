package io.studycompanion.robustness;

import io.studycompanion.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, case 6 ("reading never needs writing"): the exports, the report and {@code backups list} work from a
 * data folder the user cannot write, run as an unprivileged user ({@code setpriv} to nobody, as root ignores
 * permissions). Before: every verb failed at the folder's lock. Now the database is opened read-only, nothing is
 * written in the folder, and one note says so; a verb that writes is refused in one sentence. A folder whose
 * {@code -wal} still holds committed changes (the app was killed) is read with those changes; one whose database
 * has an older schema is read through an upgraded copy.
 */
class ReadOnlyRescueTest {
    private Path root;

    @AfterEach
    void cleanUp() throws Exception {
        if (root != null) {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void exportsAndTheReportWorkFromAFolderTheUserCannotWrite() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to run the command line as an unprivileged user; here: "
                        + System.getProperty("user.name"));
        root = Files.createTempDirectory(Path.of("/tmp"), "read-only-rescue");
        ChildCli.open(root);
        var clean = root.resolve("clean");
        try (var app = App.open(clean, Clock.systemUTC())) {
            app.backup().importBackup(Path.of("src/test/resources/backups/schema-2.json").toAbsolutePath());
        }
        var walOnly = root.resolve("wal-only");
        Files.createDirectories(walOnly);
        try (var app = App.open(root.resolve("live"), Clock.systemUTC())) {
            app.backup().importBackup(Path.of("src/test/resources/backups/schema-2.json").toAbsolutePath());
            // Copied while the app still runs: the answers are committed in the -wal, not yet in the file itself.
            for (var name : List.of("study-companion.db", "study-companion.db-wal", ".lock")) {
                Files.copy(root.resolve("live").resolve(name), walOnly.resolve(name));
            }
        }
        assertThat(Files.size(walOnly.resolve("study-companion.db-wal"))).isPositive();
        // Left by an app of an older database schema: read through an upgraded private copy, the file left as it is.
        var older = root.resolve("older");
        io.studycompanion.storage.SchemaTwoFolder.write(older);
        var out = Files.createDirectories(root.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwxrwx"));
        var cli = ChildCli.asNobody(root.resolve("libs"));

        for (var folder : List.of(clean, walOnly, older)) {
            openForReading(folder);
            var before = listing(folder);
            var json = out.resolve(folder.getFileName() + ".json");
            for (var verb : List.of(List.of("export", "json", "--out", json.toString()),
                    List.of("export", "csv", "--out", out.resolve(folder.getFileName() + ".csv").toString()),
                    List.of("report", "pdf", "--out", out.resolve(folder.getFileName() + ".pdf").toString()),
                    List.of("backups", "list"))) {
                var args = new java.util.ArrayList<>(List.of("--data-dir", folder.toString()));
                args.addAll(verb);
                var result = cli.run(out.resolve("work"), args.toArray(String[]::new));
                var what = folder.getFileName() + ": " + String.join(" ", verb) + ": " + result;
                assertThat(result.exit()).as(what).isZero();
                assertThat(result.errLines()).as(what).singleElement().asString()
                        .startsWith("note: The data folder " + folder + " cannot be written (it is read-only)")
                        .contains("opened read-only");
                FullDiskTest.assertPlain(result, what);
            }
            assertThat(Files.readString(json)).as(folder + ": the answers are in the export")
                    .contains("\"attempt_item\"").contains("\"review_state\"");
            assertThat(new io.studycompanion.content.BackupJson().read(Files.readString(json), "x").rowCount()).isEqualTo(230);
            assertThat(listing(folder)).as("nothing was written in the folder").isEqualTo(before);

            var refused = cli.run(out.resolve("work"), "--data-dir", folder.toString(), "import", "backup", json.toString());
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
            assertThat(refused.errLines()).as(refused.toString()).singleElement().asString().startsWith("error: ")
                    .contains(folder.toString());
            FullDiskTest.assertPlain(refused, refused.toString());
        }
    }

    /** The data folder as the user sees it: readable by all, writable only by its owner (root). */
    private static void openForReading(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            for (var p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified()).sorted().toList();
        }
    }

}
