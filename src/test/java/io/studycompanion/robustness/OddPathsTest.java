package io.studycompanion.robustness;

import io.studycompanion.App;
import io.studycompanion.domain.ChecklistFilter;
import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.studycompanion.cli.CommandLine;
import io.studycompanion.domain.quiz.QuizScope;
import org.junit.jupiter.api.BeforeAll;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data folders whose names hold characters that mean something in a URL or in SQL: backups are made, a damaged
 * database is recovered from them, and nothing is written outside the folder. (Issue 21, cases 2 and 3: with
 * '?', '#' or '%' the backup check opened another file; with an apostrophe no backup was ever made.)
 *
 * <p>The path fuzz (issue 21, "tests that reproduce each case") runs the command line's verbs over the same
 * names: import (a JSON backup and a question pack), damage, recover, export (JSON, CSV, the PDF report).
 */
class OddPathsTest {
    @TempDir
    Path parent;

    @TempDir
    static Path fixtures;

    private static Path backup;
    private static int backupRows;

    /** Every printable ASCII punctuation character, spaces (doubled, leading, trailing) and non-ASCII letters. */
    static Stream<String> names() {
        return Stream.of("Tom's notes", "what? now", "tag #1", "100% ready", "a?cache=shared&mode=memory",
                "x#y%41z", "Ünïcode é ü", "all !\"#$%&'()*+,-.:;<=>?@[\\]^_`{|}~ of it", " two  spaces ",
                "日本語 ñ ß ø", "-dash", "back\\slash");
    }

    @ParameterizedTest
    @MethodSource("names")
    void backupsAreMadeAndADamagedDatabaseIsRecoveredFromThem(String name) throws Exception {
        var folder = parent.resolve(name);
        var ticked = ObjectiveId.parse("2025-09-30:1.1.1");
        try (var app = App.open(folder, Clock.systemUTC())) {
            app.progress().setTicked(ticked, true);
            app.uiServices().safety().backupNow();
            assertThat(app.uiServices().safety().backups()).as("a backup was made").isNotEmpty();
        }
        try (var raf = new RandomAccessFile(folder.resolve("study-companion.db").toFile(), "rw")) {
            raf.write("garbage where the SQLite header was".getBytes());
        }
        Files.deleteIfExists(folder.resolve("study-companion.db-wal"));

        try (var app = App.open(folder, Clock.systemUTC())) {
            assertThat(app.notices()).anySatisfy(n -> assertThat(n).contains("was restored"));
            var checklist = app.progress().checklist("2025-09-30", ChecklistFilter.NONE);
            assertThat(checklist.overall().ticked()).as("the tick came back with the backup").isEqualTo(1);
        }
        try (Stream<Path> beside = Files.list(parent)) {
            assertThat(beside.map(p -> p.getFileName().toString())).as("nothing written beside the folder")
                    .containsExactly(name);
        }
    }

    /** A backup with answers, ticks, a note and an unfinished exam, made once outside every odd folder. */
    @BeforeAll
    static void progressToImport() throws Exception {
        backup = fixtures.resolve("progress.json");
        try (var app = App.open(fixtures.resolve("source"), Clock.systemUTC())) {
            var id = ObjectiveId.parse("2025-09-30:1.1.2");
            app.progress().setTicked(id, true);
            app.progress().setNote(id, "kept through it all");
            var quiz = app.uiServices().quiz();
            var practice = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 5);
            for (var item : practice.items()) {
                practice = quiz.answer(practice, item.position(), quiz.questions().get(item.questionId()).key());
            }
            backupRows = app.backup().exportJson(backup);
        }
        assertThat(backupRows).as("an attempt, its 5 answers, a ticked objective").isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyVerbWorksOnTheFolderAndWritesNothingBesideIt(String name) throws Exception {
        var folder = parent.resolve(name);
        var in = Files.createDirectories(folder.resolve("in " + name));
        var out = folder.resolve("out " + name);
        var backupIn = Files.copy(backup, in.resolve("progress " + name + ".json"));
        var packIn = Files.writeString(in.resolve("pack " + name + ".json"), "{\"questions\": ["
                + io.studycompanion.content.QuestionBankLoaderTest.question("odd-path-001", "") + "]}");
        var before = listing(parent);

        assertThat(run(folder, "import", "backup", backupIn.toString()).code()).isZero();
        var imported = run(folder, "content", "import", packIn.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(folder.resolve("packs").resolve(packIn.getFileName().toString())).exists();
        for (var format : List.of("json", "csv")) {
            var export = run(folder, "export", format, "--out", out.resolve("first." + format).toString());
            assertThat(export.code()).as(export.err()).isZero();
        }
        assertThat(run(folder, "report", "pdf", "--out", out.resolve("report " + name + ".pdf").toString()).code())
                .isZero();
        assertThat(out.resolve("report " + name + ".pdf")).isNotEmptyFile();
        try (var app = App.open(folder, Clock.systemUTC())) {
            app.uiServices().safety().backupNow(); // what the window's "Back up now" does
        }

        // damage: the database file's header overwritten, its write-ahead log gone
        try (var raf = new RandomAccessFile(folder.resolve("study-companion.db").toFile(), "rw")) {
            raf.write("garbage where the SQLite header was".getBytes());
        }
        Files.deleteIfExists(folder.resolve("study-companion.db-wal"));

        var recovered = run(folder, "export", "json", "--out", out.resolve("after.json").toString());
        assertThat(recovered.code()).as(recovered.err()).isZero();
        assertThat(recovered.err()).as("the learner is told").contains("was restored");
        assertThat(recovered.out()).startsWith("backup of " + backupRows + " rows written to ");
        assertThat(withoutExportTime(out.resolve("after.json"))).as("nothing lost")
                .isEqualTo(withoutExportTime(out.resolve("first.json")));
        assertThat(Files.readAllLines(out.resolve("first.csv"))).hasSize(6);
        var bank = run(folder, "content", "validate", folder.resolve("packs").toString());
        assertThat(bank.out()).as("the pack survived the recovery").endsWith("questions=1 errors=0\n");
        assertThat(listing(parent)).as("nothing written beside the folder").isEqualTo(before)
                .containsExactly(name);
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String withoutExportTime(Path json) throws Exception {
        return Files.readString(json).replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "");
    }

    private record Result(int code, String out, String err) {
    }

    /** A verb as the command line runs it (Main's wiring: the data folder opened, the daily backup queued). */
    private static Result run(Path folder, String... words) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var code = new CommandLine(App.outlineImport(), () -> App.questionBank(folder), () -> {
            var app = App.open(folder, Clock.systemUTC());
            app.startDailyBackup();
            return app;
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(words));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
