package io.studycompanion.storage;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Which copies of a rolling set to keep, so one bad day cannot push out every good copy: the newest
 * {@value #NEWEST}, the newest copy of each of the last {@value #DAYS} days that have one, and the newest of each of
 * the last {@value #WEEKS} weeks that have one (at most 17 in all). "Newest" and "last" follow creation order
 * (the caller lists newest first by sequence), never a comparison with the clock's "now": a clock set back cannot
 * make a fresh copy look old, and the copy just made, first in the list, is always kept. Each copy's day is the
 * day its name records.
 */
public final class BackupRotation {
    public static final int NEWEST = 5;
    public static final int DAYS = 7;
    public static final int WEEKS = 5;

    private BackupRotation() {
    }

    /** The copies to delete, given every copy newest first and the day each was made. */
    public static <T> List<T> toPrune(List<T> newestFirst, Function<T, LocalDate> day) {
        var prune = new ArrayList<T>();
        var days = new HashSet<LocalDate>();
        var weeks = new HashSet<Integer>();
        for (int i = 0; i < newestFirst.size(); i++) {
            var copy = newestFirst.get(i);
            var d = day.apply(copy);
            int week = d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean keep = i < NEWEST
                    || (!days.contains(d) && days.size() < DAYS)
                    || (!weeks.contains(week) && weeks.size() < WEEKS);
            if (keep) {
                days.add(d);
                weeks.add(week);
            } else {
                prune.add(copy);
            }
        }
        return prune;
    }
}
