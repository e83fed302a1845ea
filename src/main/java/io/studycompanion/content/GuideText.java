package io.studycompanion.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns raw guide text into {@link GuideLine}s: refuses binary content and drops provenance headers. */
final class GuideText {

    private static final String PROVENANCE_PREFIX = "# ";

    private GuideText() {
    }

    /** Decodes strict UTF-8; bytes that are not text are reported rather than replaced. */
    static String decode(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw binary("a NUL byte at byte offset " + i);
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw binary("bytes that are not UTF-8 at byte offset " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The lines of the guide, numbered as in the original text, without the provenance header. */
    static List<GuideLine> lines(String text) {
        // Split on line ends only: \R would also split on form feeds and shift every line number after a page break.
        var raw = text.split("\r\n|\n|\r", -1);
        rejectControlCharacters(raw);
        var lines = new ArrayList<GuideLine>(raw.length);
        for (int i = firstGuideLine(raw); i < raw.length; i++) {
            lines.add(toLine(i + 1, raw[i]));
        }
        if (lines.stream().allMatch(GuideLine::isBlank)) {
            var found = text.isBlank() ? "an empty text" : "only \"# \" provenance header lines";
            throw new OutlineFormatException(0, "expected the text of an exam guide, found " + found);
        }
        return lines;
    }

    private static int firstGuideLine(String[] raw) {
        int first = 0;
        while (first < raw.length && withoutBom(raw[first]).startsWith(PROVENANCE_PREFIX)) {
            first++;
        }
        return first;
    }

    private static void rejectControlCharacters(String[] raw) {
        for (int i = 0; i < raw.length; i++) {
            for (char c : raw[i].toCharArray()) {
                boolean control = c < 0x20 && c != '\t' && c != '\f';
                if (control || c == 0x7F || c == '\uFFFD') {
                    throw binary(String.format("character U+%04X on line %d", (int) c, i + 1));
                }
            }
        }
    }

    private static GuideLine toLine(int number, String raw) {
        // PDF extraction leaves no-break spaces and form feeds (page breaks); both are just spacing here.
        var line = withoutBom(raw).replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replace('\f', ' ').replace("\u200B", "");
        int indent = 0;
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            indent += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        return new GuideLine(number, indent, line.strip());
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static OutlineFormatException binary(String found) {
        return new OutlineFormatException(0, "expected the plain text of an exam guide, found binary content ("
                + found + ")");
    }
}
