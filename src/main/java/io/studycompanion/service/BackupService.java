package io.studycompanion.service;

import io.studycompanion.content.BackupJson;
import io.studycompanion.domain.DumpSink;
import io.studycompanion.domain.FileErrors;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.BackupRepository;
import io.studycompanion.storage.BackupRotation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Data portability: all progress to and from a JSON backup (exact round trip), and the answers as CSV.
 * Importing first saves the current progress next to the database, so an import never loses anything, and
 * afterwards makes a database backup of the imported data. Backups are read and written as streams, row by row.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** {@code before-import-<sequence>-<time>.json}; copies named before numbering began have no sequence (0). */
    private static final Pattern BEFORE_IMPORT = Pattern.compile("before-import-(?:(\\d{6,})-)?(\\d{8}-\\d{6})\\.json");

    private final BackupRepository backups;
    private final AttemptRepository attempts;
    private final QuizService quiz;
    private final Path safetyFolder;
    private final Clock clock;
    private final DataSafetyService safety;
    private final BackupJson json = new BackupJson();

    /** An import's outcome: the rows restored, and what the learner should know besides (a copy not made). */
    public record Imported(int rows, List<String> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param safetyFolder the data folder's {@code backups/}, where the copies taken before an import go
     * @param safety       makes the database backup of the new state after an import
     */
    public BackupService(BackupRepository backups, AttemptRepository attempts, QuizService quiz, Path safetyFolder,
                         Clock clock, DataSafetyService safety) {
        this.backups = backups;
        this.attempts = attempts;
        this.quiz = quiz;
        this.safetyFolder = safetyFolder;
        this.clock = clock;
        this.safety = safety;
    }

    /** The data folder: the safety copies live in its {@code backups/}. */
    private Path dataFolder() {
        return safetyFolder.toAbsolutePath().getParent();
    }

    /** Writes every table to a JSON backup, row by row; returns the number of rows written. */
    public int exportJson(Path target) {
        OutputTargets.refuseOwnFiles(dataFolder(), target);
        var rows = new int[1];
        AtomicFiles.write(target, out -> {
            try (var writer = json.writer(out)) {
                backups.dump(clock.instant(), counting(writer, rows));
            }
        });
        return rows[0];
    }

    /**
     * Replaces all progress with the backup's. The current progress is saved first to
     * {@code backups/before-import-<n>-<time>.json} in the data folder; the backup is then read row by row inside
     * one transaction (an older schema is migrated forward); finally a database backup of the new state is made.
     */
    public Imported importBackup(Path source) {
        var name = source.getFileName().toString();
        checkSize(source);
        var copy = nextBeforeImport();
        try {
            exportJson(copy);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Importing " + name + " was not started: your current progress could not be "
                    + "saved first (" + e.getMessage().replaceAll("\\.$", "") + "). Nothing was changed.", e);
        }
        pruneBeforeImport(copy);
        int rows = backups.restore(sink -> {
            try (var in = new BufferedInputStream(Files.newInputStream(source), 1 << 16)) {
                json.read(in, name, sink);
            } catch (IOException e) {
                throw new IllegalArgumentException(FileErrors.cannotRead(source, e) + "; nothing was changed.", e);
            }
        });
        var notes = new ArrayList<String>();
        safety.snapshot("after-import").ifPresent(notes::add);
        return new Imported(rows, notes);
    }

    private static void checkSize(Path source) {
        FileErrors.whyUnreadable(source, FileErrors.Expect.FILE).ifPresent(why -> {
            throw new IllegalArgumentException("Cannot read " + source + ": " + why + "; nothing was changed.");
        });
        try {
            if (Files.size(source) > BackupJson.MAX_BYTES) {
                throw new IllegalArgumentException(source + " is larger than the " + BackupJson.MAX_BYTES / (1024 * 1024)
                        + " MB a backup may have; it is not a backup this app wrote. Nothing was changed.");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(FileErrors.cannotRead(source, e) + "; nothing was changed.", e);
        }
    }

    /** The next before-import copy's name: numbered after every existing one, so none is ever replaced. */
    private Path nextBeforeImport() {
        long next = beforeImportCopies().stream().mapToLong(c -> c.sequence).max().orElse(0) + 1;
        return safetyFolder.resolve(String.format("before-import-%06d-%s.json", next,
                STAMP.format(clock.instant().atZone(clock.getZone()))));
    }

    /** Prunes the before-import copies by the same rotation as the database backups; never the one just made. */
    private void pruneBeforeImport(Path fresh) {
        for (var old : BackupRotation.toPrune(beforeImportCopies(), c -> c.day)) {
            if (!old.path.equals(fresh)) {
                try {
                    Files.deleteIfExists(old.path);
                } catch (IOException e) {
                    // an old copy that cannot be deleted is harmless; the next import tries again
                }
            }
        }
    }

    private record Copy(Path path, long sequence, LocalDate day) {
    }

    /** The before-import copies, newest first by sequence. */
    private List<Copy> beforeImportCopies() {
        if (!Files.isDirectory(safetyFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(safetyFolder)) {
            return files.flatMap(p -> {
                var m = BEFORE_IMPORT.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    return Stream.empty();
                }
                var day = java.time.LocalDateTime.parse(m.group(2), STAMP).toLocalDate();
                return Stream.of(new Copy(p, m.group(1) == null ? 0 : Long.parseLong(m.group(1)), day));
            }).sorted(Comparator.comparingLong(Copy::sequence).thenComparing(c -> c.path.getFileName().toString())
                    .reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static DumpSink counting(DumpSink sink, int[] rows) {
        return new DumpSink() {
            @Override
            public void begin(int schemaVersion, Instant exportedAt) {
                sink.begin(schemaVersion, exportedAt);
            }

            @Override
            public void table(String name, List<String> columns) {
                sink.table(name, columns);
            }

            @Override
            public void row(List<Object> values) {
                rows[0]++;
                sink.row(values);
            }
        };
    }

    /** One line per question of every attempt, with the answer, the key and whether it was right. */
    public int exportAnswersCsv(Path target) {
        OutputTargets.refuseOwnFiles(dataFolder(), target);
        AtomicFiles.refuseUnwritable(target);
        var questions = quiz.questions();
        var out = new StringBuilder("attempt,mode,exam_version,started_at,submitted_at,position,question_id,"
                + "objectives,selected,key,correct,flagged,confidence,answered_at\n");
        int lines = 0;
        for (var attempt : attempts.all()) {
            for (var item : attempt.items()) {
                out.append(line(attempt, item, questions.get(item.questionId()))).append('\n');
                lines++;
            }
        }
        AtomicFiles.writeString(target, out.toString());
        return lines;
    }

    private static String line(Attempt a, io.studycompanion.domain.quiz.AttemptItem i, Question q) {
        var objectives = q == null ? "" : q.objectives().stream().map(Object::toString).collect(Collectors.joining(" "));
        var key = q == null ? "" : String.join(" ", new TreeSet<>(q.key()));
        return String.join(",", String.valueOf(a.id()), a.mode().name(), a.examVersion(), a.startedAt().toString(),
                a.submittedAt().map(Object::toString).orElse(""), String.valueOf(i.position() + 1), csv(i.questionId()),
                csv(objectives), String.join(" ", new TreeSet<>(i.selected())), key,
                i.correct().map(String::valueOf).orElse(""), String.valueOf(i.flagged()),
                i.confidence().map(Enum::name).orElse(""), i.answeredAt().map(Object::toString).orElse(""));
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
