package io.studycompanion.robustness;

import io.studycompanion.App;
import io.studycompanion.content.BackupJson;
import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.content.OutlineImporter;
import io.studycompanion.content.QuestionBankLoader;
import io.studycompanion.domain.ChecklistFilter;
import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.DataDump;
import io.studycompanion.domain.ExamCatalog;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.TableDump;
import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.domain.readiness.IrtReadinessModel;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.QuestionBankService;
import io.studycompanion.service.QuizService;
import io.studycompanion.service.ReadinessService;
import io.studycompanion.service.StudyProgressService;
import io.studycompanion.service.Theme;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.BackupRepository;
import io.studycompanion.storage.Database;
import io.studycompanion.storage.ObjectiveProgressRepository;
import io.studycompanion.storage.ReviewRepository;
import io.studycompanion.storage.SettingRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds deterministic mutations of real files to every importer (issue: "A fuzz test feeds at least 1,000
 * mutated files to each importer with no uncaught exception"). The rule: an importer either returns a result
 * (possibly with reported problems) or throws one of the documented, user-facing exceptions
 * ({@code OutlineFormatException}, {@code ContentException}, {@code StorageException},
 * {@code IllegalArgumentException}, {@code IOException}) with a non-blank message. A failed backup restore
 * must leave the database exactly as it was, and the database must pass {@code PRAGMA integrity_check}.
 *
 * <p>For the backup, an accepted restore is also read back the way the app reads its data (quiz history,
 * dashboard, checklist, settings, re-export); a restore the app then cannot read is reported as a note
 * ("accepted, then the app fails to read it"), not as a failure: it breaks no exception rule of the importer,
 * but see {@link BackupRestoreReadabilityTest}.
 *
 * <p>Counts are printed and written to {@code target/robustness-fuzz.md}; inputs that break the rule are
 * saved under {@code target/fuzz-failures/}. {@code -Drobustness.fuzz.inputs=N} changes the number of inputs
 * per importer (default 1,200), {@code -Drobustness.fuzz.seed=S} the seed.
 */
class ImporterFuzzTest {
    private static final int INPUTS = Integer.getInteger("robustness.fuzz.inputs", 1200);
    private static final long SEED = Long.getLong("robustness.fuzz.seed", 20_251_121L);
    /** An input this slow points at runaway backtracking or a quadratic loop, not at a slow machine. */
    private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
    private static final List<String> SUMMARIES = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterAll
    static void writeSummary() throws IOException {
        Files.createDirectories(TARGET);
        Files.writeString(TARGET.resolve("robustness-fuzz.md"), "# Importer fuzzing (seed " + SEED + ", " + INPUTS
                + " inputs per importer)\n\n```\n" + String.join("", SUMMARIES) + "```\n");
    }

    /** The harness itself: what counts as a documented rejection and what as a failure. */
    @Test
    void theRuleTellsUserFacingRejectionsFromCrashes() {
        assertThat(FuzzTally.ruleBroken(new io.studycompanion.content.OutlineFormatException(3, "expected x"))).isEmpty();
        assertThat(FuzzTally.ruleBroken(new io.studycompanion.content.ContentException("bad file"))).isEmpty();
        assertThat(FuzzTally.ruleBroken(new io.studycompanion.storage.StorageException("locked"))).isEmpty();
        assertThat(FuzzTally.ruleBroken(new IllegalArgumentException("not a backup"))).isEmpty();
        assertThat(FuzzTally.ruleBroken(new java.nio.file.NoSuchFileException("x.json"))).isEmpty();
        assertThat(FuzzTally.ruleBroken(new NullPointerException())).isPresent();
        assertThat(FuzzTally.ruleBroken(new ClassCastException("x"))).isPresent();
        assertThat(FuzzTally.ruleBroken(new IndexOutOfBoundsException(3))).isPresent();
        assertThat(FuzzTally.ruleBroken(new StackOverflowError())).isPresent();
        assertThat(FuzzTally.ruleBroken(new NumberFormatException("For input string: \"9\""))).isPresent();
        assertThat(FuzzTally.ruleBroken(new IllegalArgumentException())).isPresent();
        assertThat(FuzzTally.ruleBroken(new io.studycompanion.content.ContentException(" "))).isPresent();
    }

    /** The mutations are a pure function of the seed, so a failure index replays. */
    @Test
    void mutationsAreDeterministic() {
        var guide = "Exam outline\nSection 1: A (10%)\n- one\n".getBytes(StandardCharsets.UTF_8);
        var json = "{\"k\": [1, 2, \"x\"], \"o\": {\"a\": null}}".getBytes(StandardCharsets.UTF_8);
        var first = new Mutator(new Random(7));
        var second = new Mutator(new Random(7));
        for (int i = 0; i < 200; i++) {
            var format = i % 2 == 0 ? Mutator.Format.OUTLINE_TEXT : Mutator.Format.JSON;
            var seed = i % 2 == 0 ? guide : json;
            var a = first.mutate(seed, format);
            var b = second.mutate(seed, format);
            assertThat(b.description()).isEqualTo(a.description());
            assertThat(b.bytes()).isEqualTo(a.bytes());
        }
    }

    // ---- (a) exam-guide outline importer --------------------------------------------------------------------

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void outlineImporterSurvivesMutatedGuides() throws Exception {
        var seeds = files(resourceFolder("exam-guides"), ".txt");
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(8);
        var importer = new OutlineImporter();
        var random = new Random(SEED);
        var mutator = new Mutator(random);
        var files = new FuzzTally("OutlineImporter.parse(Path)", TARGET.resolve("fuzz-failures"));
        var texts = new FuzzTally("OutlineImporter.parse(String)", TARGET.resolve("fuzz-failures"));
        var input = dir.resolve("guide.txt");
        for (int i = 0; i < INPUTS; i++) {
            var seed = seeds.get(i % seeds.size());
            var mutant = i == 17 ? mutator.oversize(seed, OutlineImporter.MAX_FILE_BYTES)
                    : mutator.mutate(seed, Mutator.Format.OUTLINE_TEXT);
            Files.write(input, mutant.bytes());
            int index = i;
            runOutline(files, index, mutant, () -> importer.parse(input));
            var text = random.nextInt(4) == 0 ? mutator.stringNoise(mutant.text()) : mutant.text();
            var asText = new Mutator.Mutant(text.getBytes(StandardCharsets.UTF_8), mutant.description());
            runOutline(texts, index, asText, () -> importer.parse(text));
        }
        report(files);
        report(texts);
        assertThat(files.inputs()).isGreaterThanOrEqualTo(1000);
        assertThat(files.failures()).as(files.summary()).isEmpty();
        assertThat(texts.failures()).as(texts.summary()).isEmpty();
    }

    @FunctionalInterface
    private interface Parse {
        List<Outline> run() throws Exception;
    }

    private static void runOutline(FuzzTally tally, int index, Mutator.Mutant mutant, Parse parse) {
        tally.input();
        long start = System.nanoTime();
        try {
            var outlines = parse.run();
            var broken = outlineProblem(outlines);
            if (broken.isPresent()) {
                tally.failure(index, mutant, "returned a half-read outline: " + broken.get(), null);
            } else {
                tally.accepted();
            }
        } catch (Throwable t) {
            classify(tally, index, mutant, t);
        } finally {
            long took = System.nanoTime() - start;
            tally.timed(took, mutant.description());
            if (took > SLOW_NANOS) {
                tally.failure(index, mutant, "took " + took / 1_000_000 + " ms", null);
            }
        }
    }

    /** What the importer promises of an outline it returns: nothing half-read. */
    private static Optional<String> outlineProblem(List<Outline> outlines) {
        if (outlines == null || outlines.isEmpty()) {
            return Optional.of("no outline");
        }
        for (var outline : outlines) {
            if (outline.examTitle() == null || outline.examTitle().isBlank() || outline.version().isBlank()) {
                return Optional.of("no title or version: " + outline.summary());
            }
            if (outline.sections().isEmpty()) {
                return Optional.of("no sections: " + outline.summary());
            }
            var ids = new HashSet<ObjectiveId>();
            for (var section : outline.sections()) {
                if (section.title().isBlank() || section.objectives().isEmpty()) {
                    return Optional.of("section " + section.number() + " has no title or no objectives");
                }
                for (var objective : section.objectives()) {
                    if (objective.text().isBlank() || !ids.add(objective.id())) {
                        return Optional.of("objective " + objective.id() + " is blank or not unique");
                    }
                }
            }
        }
        return Optional.empty();
    }

    // ---- (b) question bank loader ---------------------------------------------------------------------------

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void questionBankLoaderSurvivesMutatedQuestionFiles() throws Exception {
        List<Path> seedFiles;
        try (var list = Files.list(resourceFolder(QuestionBankLoader.BUNDLED))) {
            seedFiles = list.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                    .sorted().toList();
        }
        assertThat(seedFiles).hasSizeGreaterThanOrEqualTo(10);
        var seedBytes = new ArrayList<byte[]>();
        for (var f : seedFiles) {
            seedBytes.add(Files.readAllBytes(f));
        }
        var loader = new QuestionBankLoader(knownObjectives(catalog()));
        assertThat(loader.load(seedFiles.get(0)).problems()).as("a seed file loads cleanly").isEmpty();
        var random = new Random(SEED + 1);
        var mutator = new Mutator(random);
        var tally = new FuzzTally("QuestionBankLoader.load(Path)", TARGET.resolve("fuzz-failures"));
        var single = dir.resolve("single");
        var folder = dir.resolve("folder");
        Files.createDirectories(single);
        Files.createDirectories(folder.resolve("nested"));
        Files.write(folder.resolve("nested/valid.json"), seedBytes.get(1));
        for (int i = 0; i < INPUTS; i++) {
            var seed = seedBytes.get(i % seedBytes.size());
            var mutant = i == 23 ? mutator.oversize(seed, 5L * 1024 * 1024) : mutator.mutate(seed, Mutator.Format.JSON);
            // mostly one file; every tenth input sits in a folder next to a valid file (cross-file checks)
            boolean inFolder = i % 10 == 9;
            var file = (inFolder ? folder : single).resolve("questions.json");
            Files.write(file, mutant.bytes());
            tally.input();
            long start = System.nanoTime();
            try {
                var result = loader.load(inFolder ? folder : file);
                var broken = resultProblem(result);
                if (broken.isPresent()) {
                    tally.failure(i, mutant, broken.get(), null);
                } else if (result.ok()) {
                    // Every accepted question can be shown (a seven-choice question once passed and crashed the player).
                    result.questions().forEach(q -> io.studycompanion.ui.quiz.CardProbe.show(q, random));
                    tally.accepted();
                } else {
                    tally.rejected("reported problems (" + (result.questions().isEmpty() ? "no" : "some")
                            + " questions passed)");
                }
            } catch (Throwable t) {
                classify(tally, i, mutant, t);
            } finally {
                long took = System.nanoTime() - start;
                tally.timed(took, mutant.description());
                if (took > SLOW_NANOS) {
                    tally.failure(i, mutant, "took " + took / 1_000_000 + " ms", null);
                }
            }
        }
        report(tally);
        assertThat(tally.inputs()).isGreaterThanOrEqualTo(1000);
        assertThat(tally.failures()).as(tally.summary()).isEmpty();
    }

    /** Every reported problem must be printable and say something. */
    private static Optional<String> resultProblem(QuestionBankLoader.Result result) {
        if (result == null || result.questions() == null || result.problems() == null) {
            return Optional.of("returned no result");
        }
        for (ContentProblem p : result.problems()) {
            if (p.file() == null || p.questionId() == null || p.field() == null || p.message() == null
                    || p.message().isBlank()) {
                return Optional.of("a problem without a message or location: " + p);
            }
            p.toString();
        }
        return Optional.empty();
    }

    // ---- (c) backup importer: BackupJson.read + BackupRepository.restore --------------------------------------

    @Test
    @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void backupImportSurvivesMutatedBackupsAndChangesNothingWhenItFails() throws Exception {
        var data = dir.resolve("data");
        // A fixed clock keeps the seed's time stamps the same from run to run (the exam's questions are still
        // drawn at random by the app, so the backup counts can differ slightly between runs).
        try (var app = App.open(data, Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), java.time.ZoneOffset.UTC))) {
            makeProgress(app);
        }
        var catalog = catalog();
        var clock = Clock.systemUTC();
        var json = new BackupJson();
        var random = new Random(SEED + 2);
        var mutator = new Mutator(random);
        var tally = new FuzzTally("BackupJson.read+BackupRepository.restore", TARGET.resolve("fuzz-failures"));
        try (var db = Database.openIn(data)) {
            // The app's own connection: in exclusive locking mode no second connection can read the open database.
            var check = io.studycompanion.storage.DatabaseAccess.connection(db);
            var backups = new BackupRepository(db);
            var seedDump = backups.dump(Instant.now());
            var seedText = json.write(seedDump);
            var seed = seedText.getBytes(StandardCharsets.UTF_8);
            var seedTables = seedDump.tables();
            assertThat(seedDump.rowCount()).as("seed rows").isGreaterThan(60);
            assertThat(SqliteIntegrity.check(check)).isEqualTo("ok");
            var probe = new AppReads(db, catalog, clock, dir.resolve("packs"));
            for (int i = 0; i < INPUTS; i++) {
                var mutant = mutator.mutate(seed, Mutator.Format.JSON);
                tally.input();
                long start = System.nanoTime();
                DataDump dump = null;
                try {
                    dump = json.read(mutant.text(), "fuzz-" + i + ".json");
                    backups.restore(dump);
                } catch (Throwable t) {
                    classify(tally, i, mutant, t);
                    var after = backups.dump(Instant.now()).tables();
                    if (!after.equals(seedTables)) {
                        tally.failure(i, mutant, "a failed " + (dump == null ? "read" : "restore")
                                + " changed the database: " + difference(seedTables, after), t);
                    }
                    var integrity = SqliteIntegrity.check(check);
                    if (!integrity.equals("ok")) {
                        tally.failure(i, mutant, "integrity_check after a failed restore: " + integrity, t);
                    }
                    tally.timed(System.nanoTime() - start, mutant.description());
                    continue;
                }
                // Accepted: the data must be sound and readable, then the seed goes back for the next input.
                tally.accepted();
                var integrity = SqliteIntegrity.check(check);
                if (!integrity.equals("ok")) {
                    tally.failure(i, mutant, "integrity_check after an accepted restore: " + integrity, null);
                }
                var foreignKeys = foreignKeyViolations(check);
                if (foreignKeys > 0) {
                    tally.failure(i, mutant, foreignKeys + " foreign key violations after an accepted restore", null);
                }
                probe.readEverything().ifPresent(broken -> tally.note(
                        "accepted, then the app fails to read it: " + broken.category(),
                        broken.detail() + " [" + mutant.description() + "]"));
                backups.restore(seedDump);
                assertThat(backups.dump(Instant.now()).tables()).as("seed restored after input " + i).isEqualTo(seedTables);
                tally.timed(System.nanoTime() - start, mutant.description());
            }
        }
        report(tally);
        assertThat(tally.inputs()).isGreaterThanOrEqualTo(1000);
        assertThat(tally.failures()).as(tally.summary()).isEmpty();
    }

    /** Checklist, settings, a practice quiz with misses, flags and confidence, a submitted one, an exam running. */
    private static void makeProgress(App app) {
        var progress = app.progress();
        progress.setTicked(ObjectiveId.parse("2025-09-30:1.1.1"), true);
        progress.setStatus(ObjectiveId.parse("2025-09-30:1.1.2"), ObjectiveStatus.LEARNING);
        progress.setNote(ObjectiveId.parse("2025-09-30:2.1.1"), "Note with \"quotes\", ünïcode, emoji \uD83D\uDE00");
        app.preferences().setExamDate(Optional.of(LocalDate.of(2026, 12, 24)));
        app.preferences().setTheme(Theme.DARK);
        app.preferences().setFontSize(16);
        var quiz = app.uiServices().quiz();
        var practice = quiz.startPractice("2025-09-30", new QuizScope.Everything(), 6);
        for (var item : practice.items()) {
            var key = quiz.questions().get(item.questionId()).key();
            practice = quiz.answer(practice, item.position(), item.position() % 2 == 0 ? key
                    : Set.of(item.choiceOrder().get(0)));
        }
        practice = quiz.flag(practice, 1, true);
        practice = quiz.confidence(practice, 2, Optional.of(Confidence.UNSURE));
        quiz.submit(practice);
        var exam = quiz.startExam("2025-09-30");
        for (int p = 0; p < 10; p++) {
            exam = quiz.answer(exam, p, Set.of(exam.item(p).choiceOrder().get(p % exam.item(p).choiceOrder().size())));
        }
        quiz.elapsed(exam, Duration.ofSeconds(321));
    }

    /** What the app reads from its data on start and on the dashboard; empty when all of it reads. */
    private static final class AppReads {
        private final QuizService quiz;
        private final ReadinessService readiness;
        private final StudyProgressService progress;
        private final PreferencesService preferences;
        private final ExamCatalog catalog;
        private final BackupRepository backups;
        private final BackupJson json = new BackupJson();

        AppReads(Database db, ExamCatalog catalog, Clock clock, Path packs) {
            this.catalog = catalog;
            var attempts = new AttemptRepository(db);
            var bank = new QuestionBankService(() -> catalog, ImporterFuzzTest.class.getClassLoader(), packs);
            this.quiz = new QuizService(() -> catalog, bank, attempts, new ReviewRepository(db), clock, new Random(1));
            this.readiness = new ReadinessService(() -> catalog, quiz, attempts, new ObjectiveProgressRepository(db, clock),
                    new IrtReadinessModel(), clock);
            this.progress = new StudyProgressService(() -> catalog, new ObjectiveProgressRepository(db, clock));
            this.preferences = new PreferencesService(new SettingRepository(db));
            this.backups = new BackupRepository(db);
        }

        record Broken(String category, String detail) {
        }

        Optional<Broken> readEverything() {
            try {
                quiz.unfinished();
                for (var past : quiz.pastAttempts()) {
                    quiz.passed(past);
                    quiz.result(quiz.attempt(past.id()).orElseThrow());
                }
                quiz.history();
                quiz.dueForReview();
                readiness.snapshot();
                readiness.plan(preferences.examDate());
                for (var version : catalog.versions()) {
                    progress.checklist(version.version(), ChecklistFilter.NONE);
                }
                preferences.theme();
                preferences.fontSize();
                preferences.windowBounds();
                preferences.examVersion();
                json.read(json.write(backups.dump(Instant.now())), "re-export.json");
                return Optional.empty();
            } catch (RuntimeException e) {
                // grouped by exception type and the app's own frame that met it
                var at = Stream.of(e.getStackTrace()).filter(f -> f.getClassName().startsWith("io.studycompanion."))
                        .findFirst().map(f -> " in " + f.getClassName().replace("io.studycompanion.", "") + "."
                                + f.getMethodName()).orElse("");
                return Optional.of(new Broken(e.getClass().getSimpleName() + at,
                        Mutator.abbreviate(String.valueOf(e.getMessage()))));
            }
        }
    }


    private static int foreignKeyViolations(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA foreign_key_check")) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    private static String difference(List<TableDump> before, List<TableDump> after) {
        for (int t = 0; t < Math.min(before.size(), after.size()); t++) {
            if (!before.get(t).equals(after.get(t))) {
                return "table " + before.get(t).table() + ": " + before.get(t).rows().size() + " rows before, "
                        + after.get(t).rows().size() + " after";
            }
        }
        return before.size() + " tables before, " + after.size() + " after";
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    private static void classify(FuzzTally tally, int index, Mutator.Mutant mutant, Throwable t) {
        var broken = FuzzTally.ruleBroken(t);
        if (broken.isPresent()) {
            tally.failure(index, mutant, broken.get(), t);
        } else {
            tally.rejected(t.getClass().getSimpleName());
        }
    }

    private static void report(FuzzTally tally) {
        var summary = tally.summary();
        System.out.print(summary);
        synchronized (SUMMARIES) {
            SUMMARIES.add(summary);
        }
    }

    private static ExamCatalog catalog() {
        return new ExamCatalogLoader(ImporterFuzzTest.class.getClassLoader()).load();
    }

    private static Set<ObjectiveId> knownObjectives(ExamCatalog catalog) {
        return catalog.versions().stream().flatMap(v -> v.outline().objectives().stream())
                .map(o -> o.id()).collect(Collectors.toSet());
    }

    private static Path resourceFolder(String name) throws URISyntaxException {
        var url = ImporterFuzzTest.class.getClassLoader().getResource(name);
        assertThat(url).as("test resource folder " + name).isNotNull();
        return Path.of(url.toURI());
    }

    private static List<byte[]> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            var paths = list.filter(p -> p.getFileName().toString().endsWith(suffix)
                    && !p.getFileName().toString().endsWith(".schema.json")).sorted().toList();
            var out = new ArrayList<byte[]>();
            for (var p : paths) {
                out.add(Files.readAllBytes(p));
            }
            return out;
        }
    }
}
