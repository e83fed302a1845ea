package io.studycompanion.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of seed files for the importer fuzz tests: the same {@link Random} seed gives the
 * same inputs in the same order, so a failure can be replayed from its index alone.
 *
 * <p>Each input is one to three stacked edits: byte-level damage (bit flips, truncation, duplicated, deleted
 * or inserted ranges, invalid UTF-8, control and exotic Unicode characters), line-level edits (swaps,
 * duplicates, very long lines, re-indentation), numbers replaced by extreme values, and edits that know the
 * format: guide lines (outline headings, section headings with odd numbers and weights, bullets, dates) for
 * the outline importer, tree edits (keys removed or renamed, types changed, arrays duplicated, values nested
 * thousands deep) for JSON. A few inputs are degenerate: empty, whitespace, binary junk, or over the size limit.
 */
final class Mutator {

    /** Which format-aware edits apply on top of the generic ones. */
    enum Format { OUTLINE_TEXT, JSON }

    /** One fuzz input and the edits that made it. */
    record Mutant(byte[] bytes, String description) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DIGITS = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?i)(section\\s+)(\\d+)");
    private static final String DEEP = "@@fuzz-deep-nesting@@";

    private static final String[] EXTREME_NUMBERS = {"0", "-1", "-0", "00", "007", "2147483647", "2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999999999", "1e309", "-1e309", "1.5", "1e-400", "4.9e-324", "NaN", "Infinity",
            "0x1F", "1_000", "999", "1000", "101", "12345678901", "9".repeat(400), "٣", "１２"};

    private static final String[] EXOTIC = {"\uFEFF", "\u200B", "\u200E", "\u202E", "\u2028", "\u2029", "\u00A0",
            "\u2007", "\u202F", "\u3000", "\u0085", "\uFFFD", "\uFFFF", "\uFFFE", "\uD83D\uDE00", "\uD835\uDFD9",
            "e\u0301", "\u0130", "ß", "ﬀ", "Ⅻ", "٣", "\u0660\u0661", "漢字", "Ω", "\\", "\"", "'", "`", "{", "}", "[",
            "]", ":", ",", "%", "%n", "%s", "$1", "\\u0000", "\\ud800", "${x}", "</script>", "\u00AD", "\u034F",
            "\uD800", "\uDFFF", "●", "•", "–", "—", "©", "(", ")", "(99%)", "\r", "\r\n", "\n\n", "\t", "\f", "\u000B"};

    private static final byte[][] BAD_UTF8 = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xFE},
            {(byte) 0xFF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xC3},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}};

    private static final String[] GUIDE_LINES = {"Exam outline", "Exam Outline:", "EXAM OUTLINE", "exam   outline",
            "Section 1: Databricks Machine Learning", "Section 1: (25%)", "Section 1:", "Section 2 - Data (0%)",
            "Section 1: Title (100%)", "Section 1: Title (101%)", "Section 1: Title (999%)", "Section 0: Zero",
            "Section 999: Far", "Section 1000: Too far", "Section 3. Dotted (33%):", "section 2 — dash",
            "Databricks Certified Machine Learning Professional", "Databricks Certified", "Databricks Certified X Y",
            "Databricks Certified " + "Word ".repeat(30),
            "This exam guide covers the currently live version as of Mar 1, 2025.", "as of February 30, 2025",
            "as of Feb 29, 2023", "as of Dec 31, 9999", "as of Jan 1, 0000", "as of Jan 99, 2025",
            "This exam will change on September 30, 2025.", "will change on Sept 31st, 2025", "will change on May 0, 1",
            "- objective", "● objective", "  ● nested objective", "    ● deeper objective", "\t\t- tabbed",
            "        - very deep", "• ", "-", "●", "* star", "  continuation of the line above", "Plain heading line",
            "Sample Questions", "Question 1:", "Sample question 12", "Appendix", "Answers", "Recommended Training",
            "# provenance header", "Page 3 of 9", "- 4 -", "12", "© Databricks 2025", "Databricks Exam Guide | 3",
            "[Provide Exam Guide Feedback](https://example.com)", "Skills measured", "Content outline", "outline"};

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** The next fuzz input derived from the seed. */
    Mutant mutate(byte[] seed, Format format) {
        int roll = random.nextInt(1000);
        if (roll < 15) {
            return degenerate();
        }
        var description = new StringBuilder();
        byte[] bytes = seed;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            boolean formatAware = random.nextInt(100) < 45;
            var next = formatAware ? formatEdit(bytes, format) : genericEdit(bytes);
            if (description.length() > 0) {
                description.append(" + ");
            }
            description.append(next.description());
            bytes = next.bytes();
        }
        return new Mutant(bytes, description.toString());
    }

    /** An input over {@code limit} bytes made of repeated seed text (to reach the size checks). */
    Mutant oversize(byte[] seed, long limit) {
        var out = new ByteArrayOutputStream((int) limit + seed.length);
        while (out.size() <= limit) {
            out.writeBytes(seed);
        }
        return new Mutant(out.toByteArray(), "oversize " + out.size() + " bytes");
    }

    // ---- degenerate inputs ------------------------------------------------------------------------------------

    private Mutant degenerate() {
        switch (random.nextInt(5)) {
            case 0:
                return new Mutant(new byte[0], "empty file");
            case 1: {
                var junk = new byte[random.nextInt(64 * 1024)];
                random.nextBytes(junk);
                return new Mutant(junk, "binary junk of " + junk.length + " bytes");
            }
            case 2:
                return new Mutant(" \n\t\r\n  \f".repeat(1 + random.nextInt(100)).getBytes(StandardCharsets.UTF_8),
                        "whitespace only");
            case 3:
                return new Mutant(pick(new String[]{"null", "[]", "{}", "0", "\"\"", "true", "-", "{", "[", "\uFEFF"})
                        .getBytes(StandardCharsets.UTF_8), "tiny literal");
            default: {
                var text = new StringBuilder();
                int n = 1 + random.nextInt(2000);
                for (int i = 0; i < n; i++) {
                    text.appendCodePoint(randomCodePoint());
                }
                return new Mutant(text.toString().getBytes(StandardCharsets.UTF_8), "random unicode text of " + n
                        + " code points");
            }
        }
    }

    // ---- generic byte and line edits --------------------------------------------------------------------------

    private Mutant genericEdit(byte[] in) {
        switch (random.nextInt(15)) {
            case 0: return flipBits(in);
            case 1: return truncate(in);
            case 2: return duplicateRange(in);
            case 3: return deleteRange(in);
            case 4: return insertRandomBytes(in);
            case 5: return insertText(in, pick(EXOTIC), "insert exotic character");
            case 6: return insertText(in, controlCharacters(), "insert control characters");
            case 7: return insertBadUtf8(in);
            case 8: return lineEdit(in);
            case 9: return extremeNumbers(in);
            case 10: return longLine(in);
            case 11: return reindent(in);
            case 12: return overwriteBytes(in);
            case 13: return widenGap(in);
            default: return insertText(in, randomUnicode(1 + random.nextInt(40)), "insert random unicode");
        }
    }

    private Mutant flipBits(byte[] in) {
        if (in.length == 0) {
            return new Mutant(in, "flip bits (nothing to flip)");
        }
        var out = in.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return new Mutant(out, "flip " + n + " bits");
    }

    private Mutant overwriteBytes(byte[] in) {
        if (in.length == 0) {
            return new Mutant(in, "overwrite bytes (nothing to overwrite)");
        }
        var out = in.clone();
        int n = 1 + random.nextInt(16);
        for (int i = 0; i < n; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return new Mutant(out, "overwrite " + n + " bytes");
    }

    private Mutant truncate(byte[] in) {
        int keep = in.length == 0 ? 0 : random.nextInt(in.length);
        return new Mutant(Arrays.copyOf(in, keep), "truncate to " + keep + " bytes");
    }

    private Mutant duplicateRange(byte[] in) {
        if (in.length == 0) {
            return new Mutant(in, "duplicate range (empty)");
        }
        int from = random.nextInt(in.length);
        int len = Math.min(in.length - from, rangeLength(in.length));
        int at = random.nextBoolean() ? from + len : random.nextInt(in.length + 1);
        int times = random.nextInt(10) == 0 ? 2 + random.nextInt(50) : 1;
        var out = new ByteArrayOutputStream(in.length + len * times);
        out.write(in, 0, at);
        for (int i = 0; i < times; i++) {
            out.write(in, from, len);
        }
        out.write(in, at, in.length - at);
        return new Mutant(out.toByteArray(), "duplicate " + len + " bytes x" + times);
    }

    private Mutant deleteRange(byte[] in) {
        if (in.length == 0) {
            return new Mutant(in, "delete range (empty)");
        }
        int from = random.nextInt(in.length);
        int len = Math.min(in.length - from, rangeLength(in.length));
        var out = new byte[in.length - len];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(in, from + len, out, from, in.length - from - len);
        return new Mutant(out, "delete " + len + " bytes");
    }

    private Mutant insertRandomBytes(byte[] in) {
        var junk = new byte[1 + random.nextInt(64)];
        random.nextBytes(junk);
        return new Mutant(insert(in, random.nextInt(in.length + 1), junk), "insert " + junk.length + " random bytes");
    }

    private Mutant insertBadUtf8(byte[] in) {
        var bad = BAD_UTF8[random.nextInt(BAD_UTF8.length)];
        return new Mutant(insert(in, random.nextInt(in.length + 1), bad), "insert invalid UTF-8 " + hex(bad));
    }

    private Mutant insertText(byte[] in, String text, String what) {
        return new Mutant(insert(in, random.nextInt(in.length + 1), text.getBytes(StandardCharsets.UTF_8)),
                what + " " + escape(text));
    }

    private Mutant lineEdit(byte[] in) {
        var lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.size() < 2) {
            return insertText(in, "\n", "line edit on a one-line text: insert newline");
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String what;
        switch (random.nextInt(5)) {
            case 0:
                Collections.swap(lines, a, b);
                what = "swap lines " + (a + 1) + " and " + (b + 1);
                break;
            case 1:
                lines.add(b, lines.get(a));
                what = "duplicate line " + (a + 1) + " before line " + (b + 1);
                break;
            case 2:
                lines.remove(a);
                what = "delete line " + (a + 1);
                break;
            case 3: {
                int from = Math.min(a, b);
                int to = Math.max(a, b);
                Collections.shuffle(lines.subList(from, Math.min(lines.size(), to + 1)), random);
                what = "shuffle lines " + (from + 1) + ".." + (to + 1);
                break;
            }
            default:
                Collections.reverse(lines);
                what = "reverse all lines";
        }
        return new Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), what);
    }

    private Mutant extremeNumbers(byte[] in) {
        var text = new String(in, StandardCharsets.UTF_8);
        var m = DIGITS.matcher(text);
        var starts = new ArrayList<int[]>();
        while (m.find()) {
            starts.add(new int[]{m.start(), m.end()});
        }
        if (starts.isEmpty()) {
            return insertText(in, pick(EXTREME_NUMBERS), "insert number");
        }
        int n = 1 + random.nextInt(5);
        var chosen = new ArrayList<int[]>();
        for (int i = 0; i < n; i++) {
            chosen.add(starts.get(random.nextInt(starts.size())));
        }
        chosen.sort((x, y) -> Integer.compare(y[0], x[0]));
        var out = new StringBuilder(text);
        var used = new ArrayList<String>();
        int last = Integer.MAX_VALUE;
        for (var range : chosen) {
            if (range[1] > last) {
                continue; // the same number twice
            }
            var value = pick(EXTREME_NUMBERS);
            out.replace(range[0], range[1], value);
            used.add(abbreviate(value));
            last = range[0];
        }
        return new Mutant(out.toString().getBytes(StandardCharsets.UTF_8), "numbers -> " + used);
    }

    private Mutant longLine(byte[] in) {
        int length = 10_000 + random.nextInt(290_000);
        String unit;
        switch (random.nextInt(6)) {
            case 0: unit = "x"; break;
            case 1: unit = " "; break;
            case 2: unit = "a "; break;
            case 3: unit = "\t"; break;
            case 4: unit = "●"; break;
            default: {
                var text = new String(in, StandardCharsets.UTF_8);
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                unit = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(80))).replace("\n", " ");
                if (unit.isEmpty()) {
                    unit = "y";
                }
            }
        }
        var line = new StringBuilder(length + unit.length());
        var prefix = pick(new String[]{"", "Section 1: ", "- ", "Databricks Certified ", "        ● ", "\"", "Exam outline "});
        line.append(prefix);
        while (line.length() < length) {
            line.append(unit);
        }
        line.append(pick(new String[]{"", " (50%)", "\"", "x"}));
        var text = new String(in, StandardCharsets.UTF_8);
        int at = lineStart(text, random.nextInt(text.length() + 1));
        var out = text.substring(0, at) + line + "\n" + text.substring(at);
        return new Mutant(out.getBytes(StandardCharsets.UTF_8), "insert a " + line.length() + "-char line of "
                + escape(abbreviate(prefix + unit)));
    }

    /**
     * Widens the gap between two words of one line to hundreds or thousands of blanks, as PDF extraction does
     * with justified text. Kept below 5,000 so a pattern that backtracks quadratically shows up in the slowest
     * input's time rather than stalling the suite.
     */
    private Mutant widenGap(byte[] in) {
        var lines = new String(in, StandardCharsets.UTF_8).split("\n", -1);
        int at = random.nextInt(lines.length);
        var line = lines[at];
        int gap = line.indexOf(' ', line.isEmpty() ? 0 : random.nextInt(line.length()));
        if (gap < 0) {
            gap = line.length();
        }
        int width = 200 + random.nextInt(4800);
        var blank = pick(new String[]{" ", "\t", "\u00A0", " \t"});
        lines[at] = line.substring(0, gap) + blank.repeat(width / blank.length()) + line.substring(gap);
        return new Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "widen a gap on line "
                + (at + 1) + " to " + width + " blanks");
    }

    private Mutant reindent(byte[] in) {
        var lines = new String(in, StandardCharsets.UTF_8).split("\n", -1);
        int n = 1 + random.nextInt(Math.max(1, lines.length / 4));
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(lines.length);
            var line = lines[at];
            lines[at] = random.nextBoolean() ? line.strip()
                    : pick(new String[]{" ", "  ", "    ", "\t", "\t\t", " ".repeat(random.nextInt(200)), "\u00A0"})
                    + line;
        }
        return new Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "re-indent " + n + " lines");
    }

    // ---- format-aware edits ---------------------------------------------------------------------------------

    private Mutant formatEdit(byte[] in, Format format) {
        return format == Format.JSON ? jsonEdit(in) : guideEdit(in);
    }

    private Mutant guideEdit(byte[] in) {
        var text = new String(in, StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0: {
                // renumber one section heading
                Matcher m = SECTION_NUMBER.matcher(text);
                var found = new ArrayList<int[]>();
                while (m.find()) {
                    found.add(new int[]{m.start(2), m.end(2)});
                }
                if (found.isEmpty()) {
                    break;
                }
                var range = found.get(random.nextInt(found.size()));
                var value = pick(new String[]{"0", "1", "2", "3", "4", "5", "9", "99", "999", "1000", "-1", "01",
                        "2147483648"});
                var out = text.substring(0, range[0]) + value + text.substring(range[1]);
                return new Mutant(out.getBytes(StandardCharsets.UTF_8), "renumber a section to " + value);
            }
            case 1: {
                // remove every line of one kind (bullets, section headings, outline headings, titles, dates)
                var kind = pick(new String[]{"(?m)^\\s*[-•●○*].*$", "(?im)^\\s*section\\s+\\d+.*$",
                        "(?im)^\\s*exam\\s+outline.*$", "(?m)^Databricks Certified.*$", "(?i)as of", "(?m)^\\s+"});
                var out = text.replaceAll(kind, "");
                return new Mutant(out.getBytes(StandardCharsets.UTF_8), "remove all matches of " + kind);
            }
            case 2: {
                // add a random word to the end of a random line, e.g. to break a heading
                var lines = text.split("\n", -1);
                int at = random.nextInt(lines.length);
                lines[at] = lines[at] + pick(new String[]{":", " (12%)", " (200%)", "%", " and more", ".", "  "});
                return new Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
                        "append to line " + (at + 1));
            }
            default:
                break;
        }
        // insert a guide-like line somewhere
        var lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int count = 1 + random.nextInt(3);
        var inserted = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var line = pick(GUIDE_LINES);
            lines.add(random.nextInt(lines.size() + 1), line);
            inserted.add(line);
        }
        return new Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "insert guide lines "
                + escape(abbreviate(inserted.toString())));
    }

    private Mutant jsonEdit(byte[] in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (Exception e) {
            return genericEdit(in); // already broken: keep damaging it byte-wise
        }
        if (root == null || root.isMissingNode()) {
            return genericEdit(in);
        }
        var holder = NODES.arrayNode().add(root);
        var containers = new ArrayList<JsonNode>();
        collectContainers(holder, containers);
        String what;
        int op = random.nextInt(12);
        var container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            var names = new ArrayList<String>();
            object.fieldNames().forEachRemaining(names::add);
            var name = names.get(random.nextInt(names.size()));
            what = switch (op % 6) {
                case 0 -> { object.remove(name); yield "remove key '" + name + "'"; }
                case 1 -> {
                    var newName = pick(new String[]{name + "x", "", " " + name, name.toUpperCase(), "__proto__",
                            "columns", "rows", "questions", "id", "key", "format", "tables", "setting", "attempt",
                            "attempt_item", "selected", "position", "\u0000"});
                    var value = object.remove(name);
                    object.set(newName, value);
                    yield "rename key '" + name + "' to '" + escape(newName) + "'";
                }
                case 2 -> { object.put(pick(new String[]{"extra", "id", "zz", "$schema"}), "fuzz"); yield "add key"; }
                default -> {
                    var value = randomValue(object.get(name), root);
                    object.set(name, value.node);
                    yield "set '" + name + "' to " + value.what;
                }
            };
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            what = switch (op % 6) {
                case 0 -> { array.remove(index); yield "remove array element " + index; }
                case 1 -> { array.insert(index, array.get(index).deepCopy()); yield "duplicate array element " + index; }
                case 2 -> {
                    var copy = new ArrayList<JsonNode>();
                    array.forEach(copy::add);
                    Collections.shuffle(copy, random);
                    array.removeAll();
                    copy.forEach(array::add);
                    yield "shuffle an array of " + copy.size();
                }
                case 3 -> {
                    int times = 1 + random.nextInt(200);
                    var element = array.get(index);
                    for (int i = 0; i < times; i++) {
                        array.add(element.deepCopy());
                    }
                    yield "append element " + index + " x" + times;
                }
                default -> {
                    var value = randomValue(array.get(index), root);
                    array.set(index, value.node);
                    yield "set array element " + index + " to " + value.what;
                }
            };
        } else {
            what = "no container to edit";
        }
        String out;
        try {
            var result = holder.get(0);
            out = random.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result)
                    : JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the fuzz mutator could not write its own JSON", e);
        }
        out = expandDeepNesting(out);
        return new Mutant(out.getBytes(StandardCharsets.UTF_8), "json: " + what);
    }

    private record Value(JsonNode node, String what) {
    }

    private Value randomValue(JsonNode current, JsonNode root) {
        switch (random.nextInt(16)) {
            case 0: return new Value(NODES.nullNode(), "null");
            case 1: return new Value(NODES.booleanNode(random.nextBoolean()), "a boolean");
            case 2: {
                long v = pick(new long[]{0, -1, 1, 2, 3, 59, 60, 61, Integer.MAX_VALUE, Integer.MIN_VALUE,
                        Long.MAX_VALUE, Long.MIN_VALUE, 4_294_967_298L});
                return new Value(NODES.numberNode(v), "number " + v);
            }
            case 3: return new Value(NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(60)))), "a huge integer");
            case 4: return new Value(NODES.numberNode(new BigDecimal(pick(new String[]{"1.5", "-0.0", "1e308", "1e-320",
                    "3.000000000000000000001"}))), "a decimal");
            case 5: return new Value(NODES.textNode(""), "empty text");
            case 6: return new Value(NODES.textNode(randomUnicode(1 + random.nextInt(30))), "random text");
            case 7: return new Value(NODES.textNode("x".repeat(100_000 + random.nextInt(900_000))), "a very long text");
            case 8: return new Value(NODES.arrayNode(), "[]");
            case 9: return new Value(NODES.objectNode(), "{}");
            case 10: return new Value(NODES.textNode(DEEP), "deep nesting");
            case 11: {
                // a node of the same file, e.g. another question or another table's rows
                var all = new ArrayList<JsonNode>();
                collectContainers(root, all);
                return new Value(all.get(random.nextInt(all.size())).deepCopy(), "a copy of another node");
            }
            case 12: {
                if (current != null && current.isTextual()) {
                    var text = current.asText();
                    var edit = pick(new String[]{text + text, text.toUpperCase(), " " + text + " ",
                            text.isEmpty() ? "" : text.substring(0, random.nextInt(text.length())), text + ",Z",
                            text.replace('-', ':'), text.replaceAll("\\d", "9"), text + "\u0000", "\uD800" + text});
                    return new Value(NODES.textNode(edit), "edited text");
                }
                return new Value(NODES.textNode(String.valueOf(current)), "its own JSON as text");
            }
            case 13: {
                var text = pick(new String[]{"2025-09-30:1.1.1", "2025-09-30:99999999999.1.1", "2025-09-30:0.0.0",
                        "A", "Z", "A,B", "single", "multiple", "EXAM", "PRACTICE", "REVIEW", "SURE", "NOT_STARTED",
                        "CONFIDENT", "2026-01-01T00:00:00Z", "not-a-time", "+1000000000-01-01T00:00:00Z",
                        "-999999999-01-01T00:00:00Z", "2026-02-30", "9999-12-31", "https://x", "study-companion-backup",
                        "theme", "dark", "fontSize", "examDate", "1.5", "-1"});
                return new Value(NODES.textNode(text), "text '" + text + "'");
            }
            case 14: {
                var wrapped = NODES.arrayNode();
                if (current != null) {
                    wrapped.add(current.deepCopy());
                }
                return new Value(wrapped, "itself wrapped in an array");
            }
            default: {
                var obj = NODES.objectNode();
                obj.put("id", "A");
                obj.put("text", "t");
                obj.putArray("columns").add("name");
                obj.putArray("rows").addArray().add("x");
                return new Value(obj, "a plausible object");
            }
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collectContainers(child, out));
        }
    }

    /** Replaces the placeholder with arrays or objects nested far deeper than any real file. */
    private String expandDeepNesting(String json) {
        var quoted = "\"" + DEEP + "\"";
        if (!json.contains(quoted)) {
            return json;
        }
        int depth = pick(new int[]{10, 100, 500, 999, 1000, 1001, 2000, 10_000, 100_000});
        boolean arrays = random.nextBoolean();
        var open = arrays ? "[" : "{\"a\":";
        var close = arrays ? "]" : "}";
        var nested = open.repeat(depth) + (random.nextBoolean() ? "1" : "\"x\"") + close.repeat(depth);
        return json.replace(quoted, nested);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private int rangeLength(int size) {
        // mostly short ranges, sometimes a large part of the file
        int max = random.nextInt(4) == 0 ? Math.max(1, size / 2) : Math.min(size, 64);
        return 1 + random.nextInt(Math.max(1, max));
    }

    private static int lineStart(String text, int at) {
        int nl = text.lastIndexOf('\n', Math.max(0, at - 1));
        return at == 0 ? 0 : nl + 1;
    }

    private String controlCharacters() {
        var out = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append((char) pick(new int[]{0, 1, 7, 8, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9F}));
        }
        return out.toString();
    }

    private String randomUnicode(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.appendCodePoint(randomCodePoint());
        }
        return out.toString();
    }

    private int randomCodePoint() {
        switch (random.nextInt(6)) {
            case 0: return 0x20 + random.nextInt(0x5F);                  // ASCII
            case 1: return random.nextInt(0x20);                          // controls
            case 2: return 0x80 + random.nextInt(0x780);                  // Latin, Greek, Cyrillic…
            case 3: return 0x2000 + random.nextInt(0x70);                 // spaces, dashes, bullets, bidi
            case 4: return 0x1F300 + random.nextInt(0x300);               // emoji (surrogate pairs in Java)
            default: {
                int cp = random.nextInt(0x110000);
                return cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp;      // anything else, no lone surrogates
            }
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        var out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    private long pick(long[] options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }

    static String escape(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || Character.isSurrogate((char) cp)
                    || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out + (text.codePointCount(0, text.length()) > 60 ? "…" : "");
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static String hex(byte[] bytes) {
        var out = new StringBuilder();
        for (var b : bytes) {
            out.append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    /**
     * Damage only a Java string can carry (lone surrogates, U+FFFF), for importers that also take text
     * directly; UTF-8 bytes cannot hold these.
     */
    String stringNoise(String text) {
        var noise = pick(new String[]{"\uD800", "\uDFFF", "\uDC00\uD800", "\uFFFF", "\uD83D", "x\uDE00"});
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + noise + text.substring(at);
    }
}
