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

    /** One line per bank-level figure, each with its limit. */
    public static List<String> figures(CueFigures f, CueThresholds t) {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "chance (guessing blind): %.1f%% over %d questions", 100 * f.chance(),
                f.questions()));
        lines.add(String.format(Locale.ROOT, "longest-choice strategy: %.1f%% (limit %.0f%%)", 100 * f.longest(),
                100 * t.maxStrategy()));
        lines.add(String.format(Locale.ROOT, "shortest-choice strategy: %.1f%% (limit %.0f%%)", 100 * f.shortest(),
                100 * t.maxStrategy()));
        lines.add(String.format(Locale.ROOT, "most-shared-words strategy (convergence): %.1f%%", 100 * f.convergence()));
        lines.add(String.format(Locale.ROOT, "key uniquely the longest: %.1f%% of %d single-answer items (limit %.0f%%)",
                100 * f.keyUniquelyLongest(), f.singleAnswer(), 100 * t.maxUniquelyLongest()));
        lines.add(String.format(Locale.ROOT,
                "key length ÷ mean distractor length: median %.2f (limits %.2f–%.2f); %d items above 1.5",
                f.medianLengthRatio(), t.minMedianRatio(), t.maxMedianRatio(), f.itemsAboveRatio()));
        lines.add(String.format(Locale.ROOT,
                "absolute words (always, only, never, must, cannot…): %.1f%% of keys, %.1f%% of distractors (limit %.1fx the keys' rate)",
                100 * f.absoluteInKeys(), 100 * f.absoluteInDistractors(), t.maxAbsoluteSkew()));
        lines.add(String.format(Locale.ROOT, "hedging words (usually, can, may, typically…): %.1f%% of keys, %.1f%% of distractors",
                100 * f.hedgeInKeys(), 100 * f.hedgeInDistractors()));
        lines.add("\"all/none of the above\" choices: " + f.allOrNone() + " items");
        lines.add("near-duplicate stems: " + f.nearDuplicates().size() + " pairs (limit 0)");
        return lines;
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
