package io.studycompanion.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.List;

/** Finds the exam's name as the guide prints it: "Databricks Certified <name>", possibly wrapped over two lines. */
final class ExamTitles {

    static final String PREFIX = "Databricks Certified";

    // Lower-case words a printed title may contain; any other lower-case word means the line is prose.
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("for", "and", "of", "the", "in", "on", "with", "to");
    private static final int MAX_TITLE_LENGTH = 100;

    private ExamTitles() {
    }

    /** Where the title stands and what it says. */
    record Found(int index, String title) {
    }

    /** The last title in lines [from, to), joined with its second line when the title wraps. */
    static Optional<Found> find(List<GuideLine> lines, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            var text = lines.get(i).text();
            if (text.startsWith(PREFIX) && looksLikeTitle(text)) {
                return Optional.of(new Found(i, text + wrappedPart(lines, i + 1, to)));
            }
        }
        return Optional.empty();
    }

    private static String wrappedPart(List<GuideLine> lines, int next, int to) {
        if (next >= to) {
            return "";
        }
        var text = lines.get(next).text();
        var lower = text.toLowerCase(Locale.ROOT);
        boolean titlePart = !text.isEmpty() && looksLikeTitle(text) && !lower.contains("exam guide")
                && !lower.contains("feedback") && !text.startsWith(PREFIX);
        return titlePart ? " " + text : "";
    }

    /** Title case with at most a few small words, no sentence punctuation: not a line of prose. */
    private static boolean looksLikeTitle(String text) {
        if (text.length() > MAX_TITLE_LENGTH || text.matches(".*[.,;:!?]$")) {
            return false;
        }
        for (var word : text.split("\\s+")) {
            if (Character.isLowerCase(word.charAt(0)) && !TITLE_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
