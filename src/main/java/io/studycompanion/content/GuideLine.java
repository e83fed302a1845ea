package io.studycompanion.content;

/**
 * One line of guide text.
 *
 * @param number 1-based line number in the original text, so errors point where an editor shows it
 * @param indent leading whitespace in columns (a tab counts 4); tells nested bullets and wrapped lines apart
 * @param text   the line without leading and trailing whitespace
 */
record GuideLine(int number, int indent, String text) {

    boolean isBlank() {
        return text.isEmpty();
    }

    /** The line as quoted in error messages. */
    String quoted() {
        return "\"" + text + "\"";
    }
}
