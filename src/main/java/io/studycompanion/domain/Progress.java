package io.studycompanion.domain;

import java.util.Collection;

/** Ticked objectives out of a total. */
public record Progress(int ticked, int total) {
    public Progress {
        if (ticked < 0 || total < 0 || ticked > total) {
            throw new IllegalArgumentException("invalid progress " + ticked + "/" + total);
        }
    }

    public static Progress of(Collection<ObjectiveProgress> entries) {
        var done = (int) entries.stream().filter(ObjectiveProgress::ticked).count();
        return new Progress(done, entries.size());
    }

    /** Share ticked, 0.0 to 1.0; 0 when there is nothing to tick. */
    public double fraction() {
        return total == 0 ? 0.0 : (double) ticked / total;
    }

    public int percent() {
        return (int) Math.round(fraction() * 100);
    }

    /** "3/7 (43%)" */
    public String label() {
        return ticked + "/" + total + " (" + percent() + "%)";
    }
}
