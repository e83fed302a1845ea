package io.studycompanion.domain.readiness;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard and the PDF report show, computed once by the core. Neither recomputes anything.
 *
 * @param practiceTrend rolling practice accuracy per day (percent)
 * @param weakest       objectives with answers, ranked by blueprint weight × gap to the target mastery
 * @param untried       objectives without any answer, in outline order, with their blueprint weight
 * @param mismatches    objectives marked confident whose measured mastery is low, and the reverse
 */
public record ReadinessSnapshot(LocalDate date, String examTitle, String examLabel, ReadinessEstimate estimate,
                                List<ObjectiveRow> objectives, List<WeakObjective> weakest,
                                List<UntriedObjective> untried,
                                List<ObjectiveRow> mismatches, CoverageCounts coverage,
                                List<ExamResultPoint> examHistory, List<TrendPoint> practiceTrend) {
    public ReadinessSnapshot {
        objectives = List.copyOf(objectives);
        weakest = List.copyOf(weakest);
        untried = List.copyOf(untried);
        mismatches = List.copyOf(mismatches);
        examHistory = List.copyOf(examHistory);
        practiceTrend = List.copyOf(practiceTrend);
    }

    /** The untried objectives' share of the exam, 0–1. */
    public double untriedShare() {
        return untried.stream().mapToDouble(UntriedObjective::weight).sum();
    }
}
