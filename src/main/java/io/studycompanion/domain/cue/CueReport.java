package io.studycompanion.domain.cue;

import java.util.List;

/**
 * What {@link CueLint} found: the bank-level figures, the cues of single items, and the figures past their limit.
 */
public record CueReport(CueFigures figures, List<ItemCue> items, List<String> breaches) {
    public CueReport {
        items = List.copyOf(items);
        breaches = List.copyOf(breaches);
    }

    /** Whether every bank-level figure is within its limit. */
    public boolean withinLimits() {
        return breaches.isEmpty();
    }

    /** Item cues the question files give no written reason for. */
    public List<ItemCue> unexplained() {
        return items.stream().filter(i -> !i.explained()).toList();
    }
}
