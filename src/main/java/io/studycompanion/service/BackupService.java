package io.studycompanion.service;

import io.studycompanion.content.BackupJson;
import io.studycompanion.domain.FileErrors;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.quiz.Attempt;
import io.studycompanion.storage.AttemptRepository;
import io.studycompanion.storage.BackupRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Data portability: all progress to and from a JSON backup (exact round trip), and the answers as CSV.
 * Importing first saves the current progress next to the database, so an import never loses anything.
 */
public final class BackupService {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupRepository backups;
    private final AttemptRepository attempts;
    private final QuizService quiz;
    private final Path safetyFolder;
    private final Clock clock;
    private final BackupJson json = new BackupJson();

    public BackupService(BackupRepository backups, AttemptRepository attempts, QuizService quiz, Path safetyFolder,
                         Clock clock) {
        this.backups = backups;
        this.attempts = attempts;
        this.quiz = quiz;
        this.safetyFolder = safetyFolder;
        this.clock = clock;
    }

    /** The data folder: the safety copies live in its {@code backups/}. */
    private Path dataFolder() {
        return safetyFolder.toAbsolutePath().getParent();
    }

    /** Writes every table to a JSON backup; returns the number of rows written. */
    public int exportJson(Path target) {
        OutputTargets.refuseOwnFiles(dataFolder(), target);
        AtomicFiles.refuseUnwritable(target);
        var dump = backups.dump(clock.instant());
        AtomicFiles.writeString(target, json.write(dump));
        return dump.rowCount();
    }

    /**
     * Replaces all progress with the backup's. The current progress is saved first to
     * {@code backups/before-import-<time>.json} in the data folder. Returns the number of rows restored.
     */
    public int importBackup(Path source) {
        var dump = json.read(read(source), source.getFileName().toString());
        var stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
        exportJson(safetyFolder.resolve("before-import-" + stamp + ".json"));
        backups.restore(dump);
        return dump.rowCount();
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

    private static String read(Path source) {
        FileErrors.whyUnreadable(source, FileErrors.Expect.FILE).ifPresent(why -> {
            throw new IllegalArgumentException("Cannot read " + source + ": " + why + "; nothing was changed.");
        });
        try {
            if (Files.size(source) > BackupJson.MAX_BYTES) {
                throw new IllegalArgumentException(source + " is larger than " + BackupJson.MAX_BYTES / (1024 * 1024)
                        + " MB; it is not a backup this app wrote. Nothing was changed.");
            }
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(FileErrors.cannotRead(source, e) + "; nothing was changed.", e);
        }
    }

}
