package io.studycompanion.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report writes numbers and dates: whole percents, en-dash ranges, English dates. */
final class ReportFormat {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ReportFormat() {
    }

    /** A fraction 0–1 as a whole percent, e.g. {@code 72%}. */
    static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    /** A fraction range as {@code 65–79%}. */
    static String range(double low, double high) {
        return Math.round(low * 100) + "–" + Math.round(high * 100) + "%";
    }

    /** A probability, never rounded to a certainty: {@code < 1%} and {@code > 99%} at the ends. */
    static String probability(double p) {
        if (p > 0 && p < 0.005) {
            return "< 1%";
        }
        if (p < 1 && p >= 0.995) {
            return "> 99%";
        }
        return percent(p);
    }

    /**
     * A probability range that never reads as a certainty: {@code 27–56%}, {@code < 1% to 44%}, or one figure
     * ({@code > 99%}) where both ends read the same (it used to print {@code 100–100%}).
     */
    static String probabilityRange(double low, double high) {
        var from = low < 0.005 ? "< 1%" : low >= 0.995 ? "> 99%" : percent(low);
        var to = high < 0.005 ? "< 1%" : high >= 0.995 ? "> 99%" : percent(high);
        if (from.equals(to)) {
            return from;
        }
        return from.startsWith("<") || to.startsWith(">") ? from + " to " + to : range(low, high);
    }

    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    static String tickDate(LocalDate date) {
        return TICK.format(date);
    }
}
