package io.studycompanion.domain.readiness;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard and the PDF report show, computed once by the core. Neither recomputes anything.
 *
 * @param practiceTrend rolling practice accuracy per day (percent)
 * @param mismatches    objectives marked confident whose measured mastery is low, and the reverse
 */
public record ReadinessSnapshot(LocalDate date, String examTitle, String examLabel, ReadinessEstimate estimate,
                                List<ObjectiveRow> objectives, List<WeakObjective> weakest,
                                List<ObjectiveRow> mismatches, CoverageCounts coverage,
                                List<ExamResultPoint> examHistory, List<TrendPoint> practiceTrend) {
    public ReadinessSnapshot {
        objectives = List.copyOf(objectives);
        weakest = List.copyOf(weakest);
        mismatches = List.copyOf(mismatches);
        examHistory = List.copyOf(examHistory);
        practiceTrend = List.copyOf(practiceTrend);
    }
}
