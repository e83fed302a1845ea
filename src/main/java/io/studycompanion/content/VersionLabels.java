package io.studycompanion.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Names the versions of the guides in one file, in file order. A guide that announces a change
 * ("This exam will change on …") is the outgoing version; the guide after it starts on that day
 * unless it states a date of its own.
 */
final class VersionLabels {

    private static final String UNDATED = "undated";
    private static final String UNTIL = "until-";

    private Optional<LocalDate> announcedStart = Optional.empty();
    private int undatedCount;

    /**
     * The label and dates of one guide's version.
     *
     * @param label used to namespace objective ids: {@code 2025-09-30}, {@code until-2025-09-29}, {@code undated}
     */
    record Version(String label, Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveUntil) {
    }

    /** The version of the next guide in the file. */
    Version next(GuideDates dates) {
        var from = dates.isEmpty() ? announcedStart : dates.liveAsOf();
        var until = dates.changesOn().map(day -> day.minusDays(1));
        announcedStart = dates.changesOn();
        return new Version(label(from, until), from, until);
    }

    // The start date names a version best; an outgoing version is known by its last day.
    private String label(Optional<LocalDate> from, Optional<LocalDate> until) {
        if (from.isPresent()) {
            return from.get().toString();
        }
        if (until.isPresent()) {
            return UNTIL + until.get();
        }
        undatedCount++;
        return undatedCount == 1 ? UNDATED : UNDATED + "-" + undatedCount;
    }
}
