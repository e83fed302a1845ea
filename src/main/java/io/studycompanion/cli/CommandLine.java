package io.studycompanion.cli;

import io.studycompanion.domain.cue.CueThresholds;
import io.studycompanion.service.ContentReport;
import io.studycompanion.service.CueSummary;
import io.studycompanion.service.OutlineImportService;
import io.studycompanion.service.QuestionBankService;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The command-line verbs. Each prints its result on {@code out}, problems in plain words on {@code err} (one
 * sentence naming the file or folder and the cause; for question files, one line per problem naming file,
 * question id and field), and returns the process exit code: 0 done, 1 refused (the input or the machine would
 * not allow it), 2 wrong usage.
 */
public final class CommandLine {
    public static final String USAGE = """
            Usage: study-companion [--data-dir DIR] [VERB ...]
              (no verb)                         open the app
              outline import FILE [--out DIR]   read an exam guide's text; print each outline found
                                                as '<version>: sections=S subsections=U objectives=O';
                                                with --out, write outline-<version>.json files into DIR
              content validate [DIR]            check question files (default: the bundled bank);
                                                last line 'questions=N errors=E'
              content lint [FILE|DIR]           wording cues that give keys away (default: the bundled
                                                bank): test-wise strategy scores, key length, absolutes,
                                                echoes, near-duplicate stems; exit 1 past a limit
              content import FILE|DIR           add a question pack to your bank (refused whole on any error)
              content coverage                  questions per objective of the current outline (CSV),
                                                then a summary by section, type and difficulty
              report pdf --out FILE             write the PDF readiness report (no display needed)
              export json --out FILE            all progress as a JSON backup
              export csv --out FILE             every answer as CSV
              import backup FILE                replace all progress with a backup (current progress is
                                                saved first to backups/ in the data folder)
              backups list                      the automatic database backups, newest first: date, kind,
                                                answers held, file name
              help                              show this text
            Data folder: --data-dir DIR, else $STUDY_COMPANION_DATA_DIR, else the platform's user-data folder.""";

    private final OutlineImportService outlineImport;
    private final Supplier<QuestionBankService> questionBank;
    private final Supplier<DataVerbs> data;
    private final Supplier<DataVerbs> reading;
    private final PrintStream out;
    private final PrintStream err;

    /** {@code questionBank} is asked for only by the verbs that need it, so the others start fast. */
    public CommandLine(OutlineImportService outlineImport, Supplier<QuestionBankService> questionBank,
                       Supplier<DataVerbs> data, PrintStream out, PrintStream err) {
        this(outlineImport, questionBank, data, data, out, err);
    }

    /**
     * @param reading opens the data for the verbs that only read (exports, the report, {@code backups list}):
     *                read-only when the folder cannot be written, so the data can always be got out
     */
    public CommandLine(OutlineImportService outlineImport, Supplier<QuestionBankService> questionBank,
                       Supplier<DataVerbs> data, Supplier<DataVerbs> reading, PrintStream out, PrintStream err) {
        this.outlineImport = outlineImport;
        this.questionBank = questionBank;
        this.data = data;
        this.reading = reading;
        this.out = out;
        this.err = err;
    }

    /** Runs a verb; {@code words} are the arguments after global options were taken out. */
    public int run(List<String> words) {
        if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help")) {
            out.println(USAGE);
            return 0;
        }
        if (words.size() >= 2 && words.get(0).equals("outline") && words.get(1).equals("import")) {
            return outlineImport(words.subList(2, words.size()));
        }
        if (words.size() >= 2 && words.get(0).equals("report") && words.get(1).equals("pdf")) {
            return reportPdf(words.subList(2, words.size()));
        }
        if (words.size() >= 2 && words.get(0).equals("export")) {
            return export(words.get(1), words.subList(2, words.size()));
        }
        if (words.size() == 3 && words.get(0).equals("import") && words.get(1).equals("backup")) {
            return withData(data, v -> {
                var imported = v.backup().importBackup(Path.of(words.get(2)));
                imported.notes().forEach(n -> err.println("note: " + n));
                return "restored " + imported.rows() + " rows from " + words.get(2);
            });
        }
        if (words.get(0).equals("backups")) {
            if (words.size() != 2 || !words.get(1).equals("list")) {
                return usage("use: backups list");
            }
            return withData(reading, v -> BackupsText.of(v.safety().backups()));
        }
        if (words.get(0).equals("content") && words.size() >= 2) {
            try {
                return content(words.get(1), words.subList(2, words.size()));
            } catch (RuntimeException e) {
                err.println("error: " + message(e));
                return 1;
            }
        }
        return usage("unknown command: " + String.join(" ", words));
    }

    private int reportPdf(List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("--out")) {
            return usage("report pdf needs --out FILE");
        }
        var target = Path.of(args.get(1));
        return withData(reading, v -> {
            v.report().writePdf(target);
            return "report written to " + target.toAbsolutePath();
        });
    }

    private int export(String what, List<String> args) {
        if (args.size() != 2 || !args.get(0).equals("--out") || !(what.equals("json") || what.equals("csv"))) {
            return usage("use: export json --out FILE, or export csv --out FILE");
        }
        var target = Path.of(args.get(1));
        return withData(reading, v -> what.equals("json")
                ? "backup of " + v.backup().exportJson(target) + " rows written to " + target.toAbsolutePath()
                : v.backup().exportAnswersCsv(target) + " answers written to " + target.toAbsolutePath());
    }

    /** Opens the data folder, runs the verb, prints its one-line result; errors in one plain sentence. */
    private int withData(Supplier<DataVerbs> opening, java.util.function.Function<DataVerbs, String> verb) {
        try (var verbs = opening.get()) {
            verbs.notices().forEach(n -> err.println("note: " + n));
            out.println(verb.apply(verbs));
            return 0;
        } catch (RuntimeException e) {
            err.println("error: " + message(e));
            return 1;
        }
    }

    private int content(String verb, List<String> args) {
        switch (verb) {
            case "validate":
                if (args.size() > 1) {
                    return usage("content validate takes at most one folder");
                }
                return report(questionBank.get().validate(args.stream().findFirst().map(Path::of)), "");
            case "import":
                if (args.size() != 1) {
                    return usage("content import needs one file or folder");
                }
                return report(questionBank.get().importPack(Path.of(args.get(0))),
                        "imported into your question bank");
            case "lint":
                if (args.size() > 1) {
                    return usage("content lint takes at most one file or folder");
                }
                return lint(questionBank.get().lint(args.stream().findFirst().map(Path::of)));
            case "coverage":
                if (!args.isEmpty()) {
                    return usage("content coverage takes no arguments");
                }
                out.print(CoverageText.of(questionBank.get().coverage()));
                return 0;
            default:
                return usage("unknown command: content " + verb);
        }
    }

    /** Figures, then each flagged item, then one summary line; exit 1 when the files are invalid or a figure is past its limit. */
    private int lint(ContentReport report) {
        if (!report.ok() || report.cues().isEmpty()) {
            report.problems().forEach(p -> err.println("error: " + p));
            if (report.questions() == 0 && report.ok()) {
                err.println("error: no questions to check");
            } else {
                out.println(report.summary());
            }
            return 1;
        }
        var cues = report.cues().orElseThrow();
        CueSummary.figures(cues.figures(), CueThresholds.SHIPPED).forEach(out::println);
        cues.breaches().forEach(b -> out.println("past the limit: " + b));
        cues.items().forEach(i -> out.println("flag " + CueSummary.item(i)));
        out.println(CueSummary.verdict(cues));
        return cues.withinLimits() ? 0 : 1;
    }

    private int report(ContentReport report, String successNote) {
        report.problems().forEach(p -> err.println("error: " + p));
        if (report.ok() && !successNote.isEmpty()) {
            out.println(report.questions() + " questions from " + report.files() + " file(s) " + successNote);
            report.cues().filter(c -> !c.withinLimits() || !c.unexplained().isEmpty()).ifPresent(c -> {
                c.breaches().forEach(b -> out.println("warning: " + b));
                out.println("warning: " + CueSummary.verdict(c) + " (content lint " + "FILE lists them)");
            });
        } else if (!report.ok() && !successNote.isEmpty()) {
            err.println("error: nothing was imported");
        }
        out.println(report.summary());
        return report.ok() ? 0 : 1;
    }

    private int outlineImport(List<String> args) {
        Optional<Path> outDir = Optional.empty();
        Optional<Path> file = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("--out")) {
                if (i + 1 >= args.size()) {
                    return usage("--out needs a folder");
                }
                outDir = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("-") || file.isPresent()) {
                return usage("unexpected argument: " + arg);
            } else {
                file = Optional.of(Path.of(arg));
            }
        }
        if (file.isEmpty()) {
            return usage("outline import needs the exam guide's text file");
        }
        try {
            var outlines = outlineImport.importGuide(file.get(), outDir);
            outlines.forEach(o -> out.println(o.summary()));
            return 0;
        } catch (RuntimeException e) {
            err.println("error: " + message(e));
            return 1;
        }
    }

    /** The exception's sentence; never its class name or a stack trace. */
    private static String message(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "the command failed unexpectedly ("
                + e.getClass().getSimpleName() + "); the log in the data folder may say more." : e.getMessage();
    }

    private int usage(String problem) {
        err.println("error: " + problem);
        err.println(USAGE);
        return 2;
    }
}
