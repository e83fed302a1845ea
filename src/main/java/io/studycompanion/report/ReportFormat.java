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
