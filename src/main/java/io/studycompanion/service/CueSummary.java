package io.studycompanion.service;

import io.studycompanion.domain.cue.CueFigures;
import io.studycompanion.domain.cue.CueReport;
import io.studycompanion.domain.cue.CueThresholds;
import io.studycompanion.domain.cue.ItemCue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words for a cue report, shared by {@code content lint}, pack import and the Question bank screen. */
public final class CueSummary {
    private CueSummary() {
    }

    /** Whether a figure has a limit and, if so, whether it is within it. */
    public enum Status { WITHIN, PAST, NO_LIMIT }

    /** One bank-level figure: what it measures, its value, its limit (empty when it has none), e.g. "30%". */
    public record Row(String figure, String value, String limit, Status status) {
        /** As {@code content lint} prints it. */
        public String line() {
            return figure + ": " + value + (limit.isEmpty() ? "" : " (limit " + limit + ")");
        }
    }

    /** The bank-level figures, each with its limit. */
    public static List<Row> rows(CueFigures f, CueThresholds t) {
        var rows = new ArrayList<Row>();
        var strategyLimit = String.format(Locale.ROOT, "%.0f%%", 100 * t.maxStrategy());
        rows.add(row("chance (guessing blind)", "%.1f%% over %d questions", "", null, 100 * f.chance(), f.questions()));
        rows.add(row("longest-choice strategy", "%.1f%%", strategyLimit, t.strategyWithin(f.longest()), 100 * f.longest()));
        rows.add(row("shortest-choice strategy", "%.1f%%", strategyLimit, t.strategyWithin(f.shortest()), 100 * f.shortest()));
        rows.add(row("most-shared-words strategy (convergence)", "%.1f%%", "", null, 100 * f.convergence()));
        rows.add(row("key uniquely the longest", "%.1f%% of %d single-answer items",
                String.format(Locale.ROOT, "%.0f%%", 100 * t.maxUniquelyLongest()),
                t.uniquelyLongestWithin(f.keyUniquelyLongest()), 100 * f.keyUniquelyLongest(), f.singleAnswer()));
        rows.add(row("key length ÷ mean distractor length", "median %.2f; %d items above 1.5",
                String.format(Locale.ROOT, "%.2f–%.2f", t.minMedianRatio(), t.maxMedianRatio()),
                t.medianRatioWithin(f.medianLengthRatio()), f.medianLengthRatio(), f.itemsAboveRatio()));
        rows.add(row("absolute words (always, only, never, must, cannot…)", "%.1f%% of keys, %.1f%% of distractors",
                String.format(Locale.ROOT, "%.1fx the keys' rate", t.maxAbsoluteSkew()),
                t.absolutesWithin(f.absoluteInKeys(), f.absoluteInDistractors()), 100 * f.absoluteInKeys(),
                100 * f.absoluteInDistractors()));
        rows.add(row("hedging words (usually, can, may, typically…)", "%.1f%% of keys, %.1f%% of distractors", "", null,
                100 * f.hedgeInKeys(), 100 * f.hedgeInDistractors()));
        rows.add(row("\"all/none of the above\" choices", "%d items", "", null, f.allOrNone()));
        rows.add(row("near-duplicate stems", "%d pairs", "0", f.nearDuplicates().isEmpty(), f.nearDuplicates().size()));
        return rows;
    }

    /** One line per bank-level figure, each with its limit. */
    public static List<String> figures(CueFigures f, CueThresholds t) {
        return rows(f, t).stream().map(Row::line).toList();
    }

    private static Row row(String figure, String format, String limit, Boolean within, Object... values) {
        var status = within == null ? Status.NO_LIMIT : within ? Status.WITHIN : Status.PAST;
        return new Row(figure, String.format(Locale.ROOT, format, values), limit, status);
    }

    /** One line per flagged item: id, cue, what was measured, and the file's written reason if it has one. */
    public static String item(ItemCue cue) {
        return cue.questionId() + ": " + cue.flag().code() + " — " + cue.detail()
                + cue.reason().map(r -> " (kept: " + r + ")").orElse("");
    }

    /** The closing line: within the limits or not, and how many item flags have no written reason. */
    public static String verdict(CueReport report) {
        var unexplained = report.unexplained().size();
        var explained = report.items().size() - unexplained;
        var figures = report.withinLimits() ? "every figure within its limit"
                : report.breaches().size() + (report.breaches().size() == 1 ? " figure" : " figures") + " past the limit";
        var items = report.unexplained().stream().map(ItemCue::questionId).distinct().count();
        return String.format(Locale.ROOT, "cues: %s; %d flags without a written reason (in %d items), %d kept with one",
                figures, unexplained, items, explained);
    }
}
