package io.studycompanion.robustness;

import io.studycompanion.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, cases 1 and 6: every verb that writes, run by the real command line in a JVM of its own on a small
 * file system filled up to leave 0, 16, 64 or 128 KB free. Before: {@code import backup} died of SIGBUS inside
 * SQLite (exit 134, a fatal-error log, after committing) or printed {@code [SQLITE_IOERR_SHMSIZE] …}; exports and
 * the report failed although they only read. Now: exit 0 or 1, never a crash; stderr holds notes and at most one
 * error, plain sentences without SQLite codes or temporary file names; the data is intact afterwards, and a verb
 * that said it failed changed nothing. Exports and the report to another disk always work.
 *
 * <p>Needs a tmpfs it can mount (root, as CI runs); skipped with the reason otherwise.
 */
class FullDiskTest {
    private static final int[] FREE_KB = {0, 16, 64, 128};
    private static final int ANSWERS = 60;

    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyWritingVerbOnANearlyFullDiskEndsInASentenceAndKeepsTheData() throws Exception {
        mount = mountTmpfs(dir.resolve("small"), "3m");
        var source = dir.resolve("source");
        try (var app = App.open(source, Clock.systemUTC())) {
            app.backup().importBackup(Path.of("src/test/resources/backups/schema-2.json").toAbsolutePath());
        }
        var empty = dir.resolve("empty.json");
        try (var app = App.open(dir.resolve("fresh"), Clock.systemUTC())) {
            app.backup().exportJson(empty);
        }
        var pack = dir.resolve("extra.json");
        Files.writeString(pack, "{\"questions\": [" + io.studycompanion.content.QuestionBankLoaderTest.question("extra-001", "") + "]}");

        var data = mount.resolve("data");
        var outside = dir.resolve("outside");
        var verbs = List.of(
                List.of("import", "backup", empty.toString()),
                List.of("content", "import", pack.toString()),
                List.of("export", "json", "--out", mount.resolve("out.json").toString()),
                List.of("export", "csv", "--out", mount.resolve("out.csv").toString()),
                List.of("report", "pdf", "--out", mount.resolve("out.pdf").toString()),
                List.of("backups", "list"),
                List.of("export", "json", "--out", outside.resolve("rescue.json").toString()),
                List.of("report", "pdf", "--out", outside.resolve("rescue.pdf").toString()));
        var cli = ChildCli.asThisUser();
        var table = new StringBuilder("| free | verb | exit | stderr |\n|---|---|---|---|\n");
        for (int free : FREE_KB) {
            for (var verb : verbs) {
                clear(mount);
                copy(source, data);
                fillLeaving(mount.resolve("filler"), free * 1024L);
                var args = new ArrayList<>(List.of("--data-dir", data.toString()));
                args.addAll(verb);
                var result = cli.run(dir.resolve("work"), args.toArray(String[]::new));
                Files.delete(mount.resolve("filler"));
                var what = free + " KB free, " + String.join(" ", verb.subList(0, 2)) + ": " + result;
                table.append(String.format(Locale.ROOT, "| %d KB | %s | %d | %s |%n", free,
                        String.join(" ", verb).replace(dir.toString(), "…").replace(mount.toString(), "<full disk>"),
                        result.exit(), String.join(" / ", result.errLines()).replace(mount.toString(), "<full disk>")));

                assertThat(result.crashLog()).as("no fatal-error log: " + what).isFalse();
                assertThat(result.exit()).as(what).isIn(0, 1);
                assertPlain(result, what);
                try (Stream<Path> left = Files.walk(data)) {
                    assertThat(left.map(p -> p.getFileName().toString())).as("a copy cut short leaves nothing: " + what)
                            .noneMatch(n -> n.contains(".partial"));
                }
                int answers = answers(data.resolve("study-companion.db"));
                if (verb.get(0).equals("import")) {
                    assertThat(answers).as("import committed exactly when it said so: " + what)
                            .isEqualTo(result.exit() == 0 ? 0 : ANSWERS);
                } else {
                    assertThat(answers).as("the data is intact: " + what).isEqualTo(ANSWERS);
                }
                if (verb.get(0).equals("content") && Files.exists(data.resolve("packs/extra.json"))) {
                    assertThat(data.resolve("packs/extra.json")).as("a pack is whole or absent: " + what).hasSameTextualContentAs(pack);
                }
                if (verb.contains(outside.resolve("rescue.json").toString()) || verb.contains(outside.resolve("rescue.pdf").toString())
                        || verb.get(0).equals("backups")) {
                    assertThat(result.exit()).as("reading works on a full disk: " + what).isZero();
                }
                if (verb.get(0).equals("backups")) {
                    assertThat(result.out()).as(what).contains(",after-import," + ANSWERS + ",");
                }
            }
        }
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/full-disk.md"), table);
    }

    /** A database copy that runs out of disk leaves neither its partial file nor SQLite's journal beside it. */
    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBackupCutShortByAFullDiskLeavesNothingBehind() throws Exception {
        mount = mountTmpfs(dir.resolve("small"), "3m");
        var backups = new io.studycompanion.storage.DatabaseBackups(mount.resolve("backups"), Clock.systemUTC());
        try (var db = io.studycompanion.storage.Database.openIn(dir.resolve("data"))) {
            try (var insert = io.studycompanion.storage.DatabaseAccess.connection(db)
                    .prepareStatement("INSERT INTO setting (name, value) VALUES (?, ?)")) {
                for (int i = 0; i < 40; i++) { // about 4 MB: more than the small disk holds
                    insert.setString(1, "filler-" + i);
                    insert.setString(2, "x".repeat(100_000));
                    insert.executeUpdate();
                }
            }
            Files.createDirectories(mount.resolve("backups"));
            fillLeaving(mount.resolve("filler"), 64 * 1024);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> backups.create(db, "manual"))
                    .hasMessageContaining("full");
        }
        try (Stream<Path> left = Files.list(mount.resolve("backups"))) {
            assertThat(left.map(p -> p.getFileName().toString())).isEmpty();
        }
    }

    /** One error at most, each line a note or an error in words: no SQLite code, stack trace or temporary file. */
    static void assertPlain(ChildCli.Result result, String what) {
        var lines = result.errLines();
        assertThat(lines).as(what).allMatch(l -> l.startsWith("error: ") || l.startsWith("note: "));
        assertThat(lines.stream().filter(l -> l.startsWith("error: "))).as(what).hasSizeLessThanOrEqualTo(1);
        if (result.exit() == 1 && !what.contains("content import")) {
            assertThat(lines.stream().filter(l -> l.startsWith("error: "))).as(what).hasSize(1);
        }
        assertThat(result.err()).as(what).doesNotContain("[SQLITE_").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain(".partial").doesNotContain(".write-").doesNotContain(".restore-")
                .doesNotContain("no transaction is active");
    }

    /** Mounts a tmpfs of the given size, or skips the test saying why it cannot. */
    static Path mountTmpfs(Path folder, String size) throws Exception {
        Files.createDirectories(folder);
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a small file system needs root; this test runs as " + System.getProperty("user.name"));
        var process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=755", "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        Assumptions.assumeTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                "a tmpfs could not be mounted here (" + output.strip() + ")");
        return folder;
    }

    private static void clear(Path mount) throws IOException {
        try (Stream<Path> all = Files.walk(mount)) {
            for (var p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(mount)) {
                    Files.delete(p);
                }
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (var p : all.toList()) {
                var target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Writes zeros until only {@code free} bytes are left on the file's file system. */
    static void fillLeaving(Path filler, long free) throws IOException {
        var store = Files.getFileStore(filler.getParent());
        try (var channel = FileChannel.open(filler, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var zeros = ByteBuffer.allocate(4096);
            long left = store.getUsableSpace() - free;
            while (left > 0) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), left));
                left -= channel.write(zeros);
            }
        } catch (IOException e) {
            if (free > 0) {
                throw e;
            } // 0 KB free: the last write may fail, which is the point
        }
    }

    /** Opens the database as the next start would, checks it is sound, and counts the answers in it. */
    static int answers(Path database) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + database.toUri()); var st = c.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA quick_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM attempt_item WHERE selected <> ''")) {
                return rs.getInt(1);
            }
        }
    }
}
