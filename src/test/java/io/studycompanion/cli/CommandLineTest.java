package io.studycompanion.cli;

import io.studycompanion.App;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verbs as a user runs them: output, errors in plain words, exit codes. */
class CommandLineTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... words) {
        var cli = new CommandLine(App.outlineImport(), () -> App.questionBank(dir.resolve("data")),
                () -> App.open(dir.resolve("data"), java.time.Clock.systemUTC()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(words));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outlineImportPrintsBothOutlinesAndWritesTheirJson() {
        var code = run("outline", "import", "content/exam/databricks-ml-professional.txt", "--out", dir.resolve("o").toString());
        assertThat(code).isZero();
        assertThat(out()).isEqualTo("until-2025-09-29: sections=4 subsections=12 objectives=57\n"
                + "2025-09-30: sections=3 subsections=11 objectives=47\n");
        assertThat(dir.resolve("o/outline-2025-09-30.json")).exists();
        assertThat(dir.resolve("o/outline-until-2025-09-29.json")).exists();
    }

    @Test
    void outlineImportOfAnotherFormatFailsWithTheLineAndWritesNothing() throws Exception {
        var guide = dir.resolve("aws.txt");
        Files.writeString(guide, "Domain 1: Data Preparation for Machine Learning (28% of scored content)\n"
                + "Task Statement 1.1: Ingest and store data.\n");
        var code = run("outline", "import", guide.toString(), "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err()).startsWith("error: ").contains("line");
        assertThat(out()).isEmpty();
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void missingFileAndBadUsageAreExplained() {
        assertThat(run("outline", "import", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err()).contains("missing.txt");
        assertThat(run("outline", "import")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("unknown command: frobnicate").contains("Usage:");
    }

    @Test
    void contentValidateReportsTheBundledBank() {
        assertThat(run("content", "validate")).isZero();
        var lines = out().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("questions=\\d+ errors=0");
    }

    @Test
    void contentValidateOfABadFolderListsProblemsAndFails() throws Exception {
        Files.createDirectories(dir.resolve("pack"));
        Files.writeString(dir.resolve("pack/p.json"), "{\"questions\": [{\"id\": \"x-1\"}]}");
        assertThat(run("content", "validate", dir.resolve("pack").toString())).isEqualTo(1);
        assertThat(err()).contains("error: p.json: x-1: stem: missing");
        assertThat(out()).isEqualTo("questions=0 errors=" + countErrors() + "\n");
    }

    private long countErrors() {
        return err().lines().filter(l -> l.startsWith("error: ")).count();
    }

    @Test
    void contentImportRefusesABadPackWholeAndAcceptsAGoodOne() throws Exception {
        var bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"questions\": [{\"id\": \"x-1\"}]}");
        assertThat(run("content", "import", bad.toString())).isEqualTo(1);
        assertThat(err()).contains("error: nothing was imported");
        assertThat(dir.resolve("data/packs")).doesNotExist();

        var good = dir.resolve("extra.json");
        Files.writeString(good, "{\"questions\": [" + io.studycompanion.content.QuestionBankLoaderTest.question("extra-001", "") + "]}");
        out.reset();
        assertThat(run("content", "import", good.toString())).isZero();
        assertThat(out()).contains("1 questions from 1 file(s) imported");
        assertThat(dir.resolve("data/packs/extra.json")).exists();

        out.reset();
        assertThat(run("content", "import", good.toString())).isEqualTo(1);
        assertThat(err()).contains("extra-001: id: a question with this id is already in the bank");
    }

    @Test
    void contentLintFailsOnAPackWhoseKeysStandOutAndPassesOneWithoutCues() throws Exception {
        var loud = dir.resolve("loud.json");
        Files.writeString(loud, io.studycompanion.content.CuePacks.keysStandOut());
        assertThat(run("content", "lint", loud.toString())).isEqualTo(1);
        assertThat(out()).contains("longest-choice strategy: 100.0% (limit 30%)")
                .contains("past the limit: picking the longest choice scores 100.0% (limit 30%)")
                .contains("flag loud-001: long-key — key ")
                .contains("flag loud-001: absolutes — in 2 of 3 distractors (never, only), none in the key");
        var lines = out().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("cues: 4 figures past the limit; ");

        var quiet = dir.resolve("quiet.json");
        Files.writeString(quiet, io.studycompanion.content.CuePacks.withoutCues());
        out.reset();
        assertThat(run("content", "lint", quiet.toString())).isZero();
        assertThat(out()).contains("longest-choice strategy: 25.0%").doesNotContain("past the limit")
                .endsWith("cues: every figure within its limit; 0 flags without a written reason (in 0 items), 0 kept with one\n");
    }

    @Test
    void importingAValidPackWithCuesWarnsButImportsIt() throws Exception {
        var loud = dir.resolve("loud.json");
        Files.writeString(loud, io.studycompanion.content.CuePacks.keysStandOut());
        assertThat(run("content", "import", loud.toString())).isZero();
        assertThat(out()).contains("4 questions from 1 file(s) imported")
                .contains("warning: picking the longest choice scores 100.0% (limit 30%)")
                .contains("warning: cues: 4 figures past the limit; 8 flags without a written reason (in 4 items)");
        assertThat(dir.resolve("data/packs/loud.json")).exists();
    }

    /** Issue 21, case 5: "export json --out <data folder>/study-companion.db" replaced the live database (exit 0). */
    @Test
    void exportsRefuseTheLiveDatabaseAndItsOwnFiles() throws Exception {
        assertThat(run("export", "json", "--out", dir.resolve("first.json").toString())).isZero();
        var live = dir.resolve("data").resolve("study-companion.db");
        var before = Files.readAllBytes(live);
        for (var verb : List.of(List.of("export", "json"), List.of("export", "csv"), List.of("report", "pdf"))) {
            err.reset();
            var args = new java.util.ArrayList<>(verb);
            args.addAll(List.of("--out", dir.resolve("data/../data/study-companion.db").toString()));
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", verb)).isEqualTo(1);
            assertThat(err()).contains("is the app's own database file in ").contains("Nothing was written.");
        }
        err.reset();
        assertThat(run("export", "json", "--out", dir.resolve("data/study-companion.db-wal").toString())).isEqualTo(1);
        assertThat(Files.readAllBytes(live)).as("the live database is untouched").isEqualTo(before);
        try (var app = App.open(dir.resolve("data"), java.time.Clock.systemUTC())) {
            assertThat(app.notices()).as("no 'damaged' recovery at the next start").isEmpty();
        }
    }

    @Test
    void reportPdfWritesAReadableReportEvenWithNoHistory() throws Exception {
        var pdf = dir.resolve("out/report.pdf");
        assertThat(run("report", "pdf", "--out", pdf.toString())).isZero();
        assertThat(out()).startsWith("report written to ");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Readiness report").contains("Not enough evidence yet").contains("2.5.10");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(run("report", "pdf")).isEqualTo(2);
    }

    @Test
    void exportAndImportVerbsRoundTripAndFailPlainly() throws Exception {
        var backup = dir.resolve("backup.json");
        assertThat(run("export", "json", "--out", backup.toString())).isZero();
        assertThat(out()).startsWith("backup of ").contains(" rows written to ");
        assertThat(run("export", "csv", "--out", dir.resolve("a.csv").toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve("a.csv")).get(0)).startsWith("attempt,mode,");
        out.reset();
        assertThat(run("import", "backup", backup.toString())).isZero();
        assertThat(out()).startsWith("restored ");
        Files.writeString(dir.resolve("bad.json"), "[]");
        assertThat(run("import", "backup", dir.resolve("bad.json").toString())).isEqualTo(1);
        assertThat(err()).contains("bad.json is not a Study Companion backup").doesNotContain("Exception");
        assertThat(run("export", "xml", "--out", "x")).isEqualTo(2);
    }

    @Test
    void coveragePrintsEveryCurrentObjectiveThenASummary() {
        assertThat(run("content", "coverage")).isZero();
        var lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("objective,questions");
        assertThat(lines.subList(1, 48)).allMatch(l -> l.matches("2025-09-30:\\d+\\.\\d+\\.\\d+,\\d+"));
        assertThat(lines.get(1)).startsWith("2025-09-30:1.1.1,");
        assertThat(lines.get(47)).startsWith("2025-09-30:3.2.3,");
        assertThat(out()).contains("section 1 Model Development: ").contains("type multiple: ")
                .containsSubsequence("difficulty 1: ", "difficulty 2: ", "difficulty 3: ");
    }

    @Test
    void backupsListShowsEachBackupWithItsDateKindAndAnswers() throws Exception {
        try (var app = App.open(dir.resolve("data"), java.time.Clock.systemUTC())) {
            app.uiServices().safety().backupNow();
        }
        assertThat(run("import", "backup", "src/test/resources/backups/schema-2.json")).isZero();
        out.reset();
        assertThat(run("backups", "list")).isZero();
        assertThat(out().lines().toList()).hasSize(4).first().isEqualTo("date,kind,answers,file");
        assertThat(out()).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d,after-import,60,study-companion-000002-")
                .contains(",manual,0,study-companion-000001-").endsWith("2 backups\n");
        assertThat(run("backups", "prune")).isEqualTo(2);
        assertThat(err()).contains("use: backups list");
    }
}
