package io.studycompanion.content;

import java.util.Optional;

/**
 * Text (or JSON) that cannot be read as an exam outline. The message names the line, what was
 * found there and what was expected, e.g. {@code line 12: expected a section heading like
 * "Section 1: <title>" after "Exam outline", found "Domain 1: Data Preparation for ML"}.
 */
public class OutlineFormatException extends RuntimeException {

    private final int line;
    private final String detail;
    private final String source;

    /**
     * @param line   1-based line number, or 0 when the problem is not tied to one line
     * @param detail what was expected and what was found
     */
    public OutlineFormatException(int line, String detail) {
        this(line, detail, "", null);
    }

    private OutlineFormatException(int line, String detail, String source, Throwable cause) {
        super(describe(source, line, detail), cause);
        this.line = Math.max(0, line);
        this.detail = detail;
        this.source = source;
    }

    /** Keeps the cause (e.g. a Jackson error) for debugging; the message stays user-facing. */
    static OutlineFormatException causedBy(int line, String detail, Throwable cause) {
        return new OutlineFormatException(line, detail, "", cause);
    }

    /** The same problem, with the file it was found in named at the front of the message. */
    public OutlineFormatException inSource(String sourceName) {
        var copy = new OutlineFormatException(line, detail, sourceName, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** The 1-based line number, or 0 when the problem concerns the text as a whole. */
    public int line() {
        return line;
    }

    /** The message without the file name and line number. */
    public String detail() {
        return detail;
    }

    /** The file (or other source) the text came from, where known. */
    public Optional<String> source() {
        return source.isEmpty() ? Optional.empty() : Optional.of(source);
    }

    private static String describe(String source, int line, String detail) {
        var where = line > 0 ? "line " + line + ": " : "";
        return (source.isEmpty() ? "" : source + ": ") + where + detail;
    }
}
