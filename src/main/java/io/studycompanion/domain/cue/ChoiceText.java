package io.studycompanion.domain.cue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The text a reader sees in a choice or stem, without Markdown marks, and its words, as the cue checks count them. */
public final class ChoiceText {
    private static final Pattern FENCE = Pattern.compile("```[a-z]*\\n?");
    private static final Pattern MARKS = Pattern.compile("[`*_]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9']*");

    private ChoiceText() {
    }

    /** The Markdown without fences, code and emphasis marks, whitespace collapsed. */
    public static String plain(String markdown) {
        var text = FENCE.matcher(markdown).replaceAll(" ");
        text = MARKS.matcher(text).replaceAll("");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** How long the choice reads, in characters of its plain text. */
    public static int length(String markdown) {
        return plain(markdown).length();
    }

    /** Lower-case words in reading order (identifiers split at punctuation: {@code cv_model} is two words). */
    public static List<String> words(String markdown) {
        var found = new ArrayList<String>();
        var m = WORD.matcher(plain(markdown).toLowerCase(Locale.ROOT));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    public static Set<String> wordSet(String markdown) {
        return new LinkedHashSet<>(words(markdown));
    }
}
