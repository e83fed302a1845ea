package io.studycompanion.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a guide's introduction states for its version.
 *
 * @param liveAsOf  "This version covers the currently live version as of Mar 1, 2025"
 * @param changesOn "This exam will change on September 30, 2025": the first day of the next version
 */
record GuideDates(Optional<LocalDate> liveAsOf, Optional<LocalDate> changesOn) {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DATE = MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b";
    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas\\s+of\\s+" + DATE);
    private static final Pattern CHANGES_ON = Pattern.compile("(?i)\\bwill\\s+change\\s+on\\s+" + DATE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** True when the guide states no date at all. */
    boolean isEmpty() {
        return liveAsOf.isEmpty() && changesOn.isEmpty();
    }

    /** Reads the dates in lines [from, to); a sentence may wrap, so the lines are searched as one text. */
    static GuideDates find(List<GuideLine> lines, int from, int to) {
        var text = new StringBuilder();
        var starts = new int[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            starts[i - from] = text.length();
            text.append(lines.get(i).text()).append('\n');
        }
        return new GuideDates(first(AS_OF, text, lines, from, starts), first(CHANGES_ON, text, lines, from, starts));
    }

    private static Optional<LocalDate> first(Pattern pattern, CharSequence text, List<GuideLine> lines, int from,
                                             int[] starts) {
        var m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(toDate(m, lines.get(from + lineIndex(starts, m.start())).number()));
    }

    private static int lineIndex(int[] starts, int offset) {
        int index = 0;
        while (index + 1 < starts.length && starts[index + 1] <= offset) {
            index++;
        }
        return index;
    }

    private static LocalDate toDate(Matcher m, int lineNumber) {
        int month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new OutlineFormatException(lineNumber, "expected a calendar date like \"Mar 1, 2025\", found \""
                    + OutlineSyntax.singleSpaced(m.group()) + "\"");
        }
    }
}
