package io.studycompanion.robustness;

import io.studycompanion.content.ContentException;
import io.studycompanion.content.OutlineFormatException;
import io.studycompanion.storage.StorageException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts for one importer under fuzzing: inputs accepted, inputs rejected with a user-facing message (by
 * exception type or reported problem), and failures (anything else), each failure kept with the input that
 * caused it under {@code target/fuzz-failures/} so it can be replayed.
 */
final class FuzzTally {

    /** One input that broke the rule. */
    record Failure(int index, String mutation, String problem, String stackTrace) {
    }

    private final String importer;
    private final Path failureFolder;
    private int inputs;
    private int accepted;
    private int rejected;
    private final Map<String, Integer> rejectedBy = new TreeMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> notes = new TreeMap<>();
    private final List<String> noteExamples = new ArrayList<>();
    private long slowestNanos;
    private String slowest = "";
    private final long started = System.nanoTime();

    FuzzTally(String importer, Path failureFolder) {
        this.importer = importer;
        this.failureFolder = failureFolder;
    }

    /**
     * Why the throwable breaks the rule, or empty when it is one of the documented, user-facing types with a
     * message. {@code IllegalArgumentException} counts only as itself or the app's own subclasses: a JDK
     * subclass escaping (NumberFormatException, PatternSyntaxException…) means input was not checked.
     */
    static Optional<String> ruleBroken(Throwable t) {
        boolean documented = t instanceof OutlineFormatException || t instanceof ContentException
                || t instanceof StorageException || t instanceof IOException
                || t.getClass() == IllegalArgumentException.class
                || (t instanceof IllegalArgumentException && t.getClass().getName().startsWith("io.studycompanion."));
        if (!documented) {
            return Optional.of("undocumented exception " + t.getClass().getName() + ": " + t.getMessage());
        }
        if (t.getMessage() == null || t.getMessage().isBlank()) {
            return Optional.of(t.getClass().getSimpleName() + " with a blank message");
        }
        return Optional.empty();
    }

    void input() {
        inputs++;
    }

    void accepted() {
        accepted++;
    }

    void rejected(String how) {
        rejected++;
        rejectedBy.merge(how, 1, Integer::sum);
    }

    /** Something worth reporting that does not break the importer rule. */
    void note(String what, String example) {
        if (notes.merge(what, 1, Integer::sum) == 1) {
            noteExamples.add(what + " — e.g. " + example);
        }
    }

    void timed(long nanos, String description) {
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowest = description;
        }
    }

    void failure(int index, Mutator.Mutant mutant, String problem, Throwable cause) {
        var trace = "";
        if (cause != null) {
            var out = new StringWriter();
            cause.printStackTrace(new PrintWriter(out));
            trace = out.toString();
        }
        failures.add(new Failure(index, mutant.description(), problem, trace));
        try {
            Files.createDirectories(failureFolder);
            Files.write(failureFolder.resolve(importer + "-" + index + ".bin"), mutant.bytes());
            Files.writeString(failureFolder.resolve(importer + "-" + index + ".txt"), "mutation: "
                    + mutant.description() + "\nproblem: " + problem + "\n\n" + trace);
        } catch (IOException e) {
            // the failure is still counted and reported; the copy of the input is only a convenience
        }
    }

    int inputs() {
        return inputs;
    }

    List<Failure> failures() {
        return failures;
    }

    String summary() {
        var out = new StringBuilder();
        out.append(String.format("%s: %d inputs, %d accepted, %d rejected with a message, %d failures (%.1f s, "
                        + "slowest input %.0f ms: %s)%n", importer, inputs, accepted, rejected, failures.size(),
                (System.nanoTime() - started) / 1e9, slowestNanos / 1e6, slowest));
        rejectedBy.forEach((how, n) -> out.append(String.format("    rejected by %s: %d%n", how, n)));
        notes.forEach((what, n) -> out.append(String.format("    note: %s: %d%n", what, n)));
        noteExamples.forEach(e -> out.append("      ").append(e).append(System.lineSeparator()));
        failures.stream().limit(10).forEach(f -> out.append(String.format("    FAILURE #%d [%s]: %s%n%s", f.index(),
                f.mutation(), f.problem(), indent(firstLines(f.stackTrace(), 8)))));
        return out.toString();
    }

    private static String firstLines(String text, int n) {
        var lines = text.lines().limit(n).toList();
        return String.join(System.lineSeparator(), lines) + (lines.isEmpty() ? "" : System.lineSeparator());
    }

    private static String indent(String text) {
        return text.lines().map(l -> "        " + l + System.lineSeparator()).reduce("", String::concat);
    }
}
