package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Measuring, cleaning, wrapping and shortening text so it never runs past its box. */
final class TextLayout {
    private static final String ELLIPSIS = "…";

    private TextLayout() {
    }

    /** The text with control characters as spaces and characters the font cannot draw as '?'. */
    static String clean(PDFont font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(Character.isISOControl(cp) ? " " : printable(font, cp)));
        return out.toString();
    }

    private static String printable(PDFont font, int codePoint) {
        var s = new String(Character.toChars(codePoint));
        try {
            font.encode(s);
            return s;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return "?";
        }
    }

    /** Width in points of the (cleaned) text at the given size. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(clean(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines no wider than {@code maxWidth}; breaks at spaces, and inside words only when a word alone is too wide. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        var lines = new ArrayList<String>();
        for (var paragraph : text.split("\\R", -1)) {
            wrapParagraph(font, size, clean(font, paragraph).strip(), maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(PDFont font, float size, String paragraph, float maxWidth, List<String> lines) {
        var line = "";
        for (var word : paragraph.split(" +")) {
            var candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = breakLongWord(font, size, word, maxWidth, lines);
        }
        lines.add(line);
    }

    private static String breakLongWord(PDFont font, float size, String word, float maxWidth, List<String> lines) {
        var rest = word;
        while (rest.length() > 1 && width(font, size, rest) > maxWidth) {
            int cut = fittingChars(font, size, rest, maxWidth);
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        return rest;
    }

    private static int fittingChars(PDFont font, float size, String text, float maxWidth) {
        int n = 1;
        while (n < text.length() && width(font, size, text.substring(0, n + 1)) <= maxWidth) {
            n++;
        }
        return n;
    }

    /** The text on one line: shortened with an ellipsis when it is wider than {@code maxWidth}. */
    static String fit(PDFont font, float size, String text, float maxWidth) {
        var clean = clean(font, text);
        if (width(font, size, clean) <= maxWidth) {
            return clean;
        }
        var cut = clean;
        while (!cut.isEmpty() && width(font, size, cut + ELLIPSIS) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + ELLIPSIS;
    }
}
