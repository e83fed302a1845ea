package io.studycompanion.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.studycompanion.App;
import io.studycompanion.content.QuestionBankLoaderTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, case 9 and "one contract for errors": every verb, pointed at each kind of bad target, exits 1 with
 * exactly one line on stderr that names the file or folder and the cause in words, and nothing on stdout; never
 * an exception's name, a stack trace, an SQLite code or an internal temporary file. Wrong usage exits 2.
 *
 * <p>The permission cases (read-only folder, read-only file, unreadable file and folder) run the verbs in a child
 * JVM as the unprivileged user {@code nobody} when the tests run as root (CI does), since root ignores file
 * permissions; they are skipped, with the reason printed, where that cannot be done.
 */
class ErrorContractTest {
    @TempDir
    Path dir;
    private Path data;
    private Path aFile;
    private Path aFolder;
    private Path backup;
    private Path pack;

    @BeforeEach
    void targets() throws Exception {
        data = dir.resolve("data");
        aFile = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        aFolder = Files.createDirectories(dir.resolve("a folder"));
        backup = dir.resolve("backup.json");
        pack = dir.resolve("pack.json");
        Files.writeString(pack, "{\"questions\": [" + QuestionBankLoaderTest.question("contract-001", "") + "]}");
    }

    /** A case: the words after {@code --data-dir}, the path the sentence must name, and words of the cause. */
    private record Case(List<String> words, Path names, String cause) {
        Case(Path data, Path names, String cause, String... words) {
            this(with(data, words), names, cause);
        }

        private static List<String> with(Path data, String... words) {
            var all = new ArrayList<String>();
            all.add(data.toString());
            all.addAll(List.of(words));
            return all;
        }

        String label() {
            return String.join(" ", words.subList(1, words.size())) + " (data " + words.get(0) + ")";
        }
    }

    @Test
    void everyVerbRefusesABadTargetInOneSentenceOnStderr() throws Exception {
        var missing = dir.resolve("no such folder").resolve("x.json");
        var underFile = aFile.resolve("x.json");
        var cases = new ArrayList<Case>();
        for (var verb : List.of(List.of("export", "json"), List.of("export", "csv"), List.of("report", "pdf"))) {
            var words = new ArrayList<>(verb);
            words.add("--out");
            cases.add(new Case(data, aFile, "is a file, not a folder", plus(words, underFile)));
            cases.add(new Case(data, aFolder, "is a folder, not a file", plus(words, aFolder)));
        }
        cases.add(new Case(data, aFile, "is a file, not a folder", "outline", "import",
                "content/exam/databricks-ml-professional.txt", "--out", aFile.toString()));
        for (var verb : List.of(List.of("import", "backup"), List.of("content", "import"), List.of("content", "validate"),
                List.of("content", "lint"), List.of("outline", "import"))) {
            cases.add(new Case(data, missing.getParent(), "no folder", plus(verb, missing)));
            cases.add(new Case(data, aFile, "is a file, not a folder", plus(verb, underFile)));
            cases.add(new Case(data, dir.resolve("gone.json"), "no such file", plus(verb, dir.resolve("gone.json"))));
        }
        for (var verb : List.of(List.of("import", "backup"), List.of("outline", "import"))) {
            cases.add(new Case(data, aFolder, "is a folder, not a file", plus(verb, aFolder)));
        }
        cases.add(new Case(data, aFolder, "holds no question files", "content", "import", aFolder.toString()));
        // A data folder that is a file: every verb that uses the data folder.
        cases.add(new Case(aFile, aFile, "is a file, not a folder", "export", "json", "--out", backup.toString()));
        cases.add(new Case(aFile, aFile, "is a file, not a folder", "content", "import", pack.toString()));
        cases.add(new Case(aFile.resolve("data"), aFile, "is a file, not a folder", "report", "pdf", "--out",
                dir.resolve("r.pdf").toString()));

        for (var c : cases) {
            var result = run(c.words());
            assertOneSentence(c, result.code(), result.out(), result.err());
        }
        assertThat(data.resolve("packs")).as("no pack was installed").doesNotExist();
    }

    private static String[] plus(List<String> words, Path last) {
        var all = new ArrayList<>(words);
        all.add(last.toString());
        return all.toArray(String[]::new);
    }

    @Test
    void wrongUsageExitsTwo() {
        for (var words : List.of(List.of("export", "json"), List.of("report", "pdf", "x.pdf"),
                List.of("content", "import"), List.of("import", "backup"), List.of("frobnicate"))) {
            var args = new ArrayList<String>();
            args.add(data.toString());
            args.addAll(words);
            var result = run(args);
            assertThat(result.code()).as(String.join(" ", words)).isEqualTo(2);
            assertThat(result.err()).startsWith("error: ").contains("Usage:");
            assertThat(result.out()).isEmpty();
        }
    }

    /** Issue 21, case 9: the "already running" refusal said "Use that window" to a command. */
    @Test
    void aDataFolderInUseIsNamedWithWhatToDo() throws Exception {
        try (var app = App.open(data, Clock.systemUTC())) {
            var result = run(List.of(data.toString(), "export", "json", "--out", backup.toString()));
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains(data.toString()).contains("in use").contains("close the app or wait")
                    .doesNotContain("Use that window"));
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void contentProblemsGoToStderrAndTheSummaryToStdout() throws Exception {
        var bad = Files.writeString(dir.resolve("bad.json"), "{\"questions\": [{\"id\": \"x-1\"}]}");
        for (var verb : List.of("validate", "import", "lint")) {
            var result = run(List.of(data.toString(), "content", verb, bad.toString()));
            assertThat(result.code()).as(verb).isEqualTo(1);
            assertThat(result.err()).as(verb).contains("error: bad.json: x-1: stem: missing");
            assertThat(result.out()).as(verb).doesNotContain("error:");
        }
    }

    @Test
    void permissionProblemsAreNamedAsSuch() throws Exception {
        var why = ChildJvm.whyNoUnprivilegedUser();
        if (why.isPresent()) {
            System.out.println("ErrorContractTest.permissionProblemsAreNamedAsSuch skipped: " + why.get());
        }
        Assumptions.assumeTrue(why.isEmpty(), why.orElse(""));
        var shared = Files.createDirectories(dir.resolve("shared"));
        var jvm = ChildJvm.unprivileged(shared);
        var work = Files.createDirectories(shared.resolve("work"));
        var userData = work.resolve("data");
        var readOnlyFolder = Files.createDirectories(work.resolve("read-only folder"));
        var readOnlyFile = Files.writeString(work.resolve("read-only.json"), "{}");
        var secretFile = Files.writeString(work.resolve("secret.json"), "{}");
        var secretFolder = Files.createDirectories(work.resolve("secret folder"));
        Files.copy(pack, secretFolder.resolve("pack.json"));
        var readOnlyData = Files.createDirectories(work.resolve("read-only data"));
        var script = work.resolve("script.json");
        var results = work.resolve("results.json");

        var cases = new ArrayList<Case>();
        for (var verb : List.of(List.of("export", "json"), List.of("export", "csv"), List.of("report", "pdf"))) {
            var words = new ArrayList<>(verb);
            words.add("--out");
            cases.add(new Case(userData, readOnlyFolder, "is read-only", plus(words, readOnlyFolder.resolve("x.out"))));
            cases.add(new Case(userData, readOnlyFile, "is a read-only file", plus(words, readOnlyFile)));
        }
        cases.add(new Case(userData, readOnlyFolder, "is read-only", "outline", "import",
                Path.of("content/exam/databricks-ml-professional.txt").toAbsolutePath().toString(), "--out",
                readOnlyFolder.toString()));
        for (var verb : List.of(List.of("import", "backup"), List.of("content", "import"), List.of("content", "validate"),
                List.of("content", "lint"), List.of("outline", "import"))) {
            cases.add(new Case(userData, secretFile, "permission denied", plus(verb, secretFile)));
        }
        for (var verb : List.of(List.of("content", "import"), List.of("content", "validate"), List.of("content", "lint"))) {
            cases.add(new Case(userData, secretFolder, "permission denied", plus(verb, secretFolder)));
        }
        cases.add(new Case(readOnlyData, readOnlyData, "is read-only", "content", "import", pack.toString()));
        cases.add(new Case(readOnlyData.resolve("inner"), readOnlyData, "is read-only", "import", "backup",
                pack.toString()));

        Files.copy(pack, shared.resolve("pack.json"));
        var packForChild = shared.resolve("pack.json");
        var words = cases.stream().map(c -> c.words().stream().map(w -> w.equals(pack.toString())
                ? packForChild.toString() : w).toList()).toList();
        new ObjectMapper().writeValue(script.toFile(), words);
        // nobody may write in work/ (results, its data folder), not in the read-only ones; nobody may read nothing secret
        chmod(work, "rwxrwxrwx");
        chmod(shared, "rwxr-xr-x");
        chmod(packForChild, "rw-r--r--");
        chmod(readOnlyFolder, "r-xr-xr-x");
        chmod(readOnlyData, "r-xr-xr-x");
        chmod(readOnlyFile, "r--r--r--");
        chmod(secretFile, "---------");
        chmod(secretFolder, "---------");
        chmod(script, "rw-r--r--");

        var child = jvm.run(work, CliScript.class.getName(), script.toString(), results.toString());
        chmod(secretFolder, "rwx------");
        assertThat(child.code()).as("the script ran: " + child.err()).isZero();
        List<Map<String, Object>> got = new ObjectMapper().readValue(results.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        assertThat(got).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            var r = got.get(i);
            assertOneSentence(cases.get(i), (Integer) r.get("code"), (String) r.get("out"), (String) r.get("err"));
        }
        assertThat(readOnlyFile).hasContent("{}");
        try (var listing = Files.list(readOnlyFolder)) {
            assertThat(listing).as("nothing left in the read-only folder").isEmpty();
        }
    }

    private static void chmod(Path path, String perms) throws Exception {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
    }

    private static void assertOneSentence(Case c, int code, String out, String err) {
        assertThat(code).as(c.label() + " exit code; stderr: " + err).isEqualTo(1);
        assertThat(out).as(c.label() + " stdout").isEmpty();
        assertThat(err.lines().toList()).as(c.label() + " stderr").singleElement().satisfies(line -> assertThat(line)
                .startsWith("error: ").contains(c.names().toString()).contains(c.cause())
                .doesNotContain("Exception").doesNotContain(".tmp").doesNotContain("SQLITE").doesNotContain("\tat "));
    }

    private Result run(List<String> words) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var folder = Path.of(words.get(0));
        var cli = new CommandLine(App.outlineImport(), () -> App.questionBank(folder),
                () -> App.open(folder, Clock.systemUTC()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = cli.run(words.subList(1, words.size()));
        } catch (RuntimeException e) {
            // as Main's last line of defence would print it
            err.writeBytes(("error: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            code = 1;
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }
}
