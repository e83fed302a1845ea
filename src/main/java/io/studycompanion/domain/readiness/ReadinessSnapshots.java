package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.Outline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the snapshot the dashboard and the report draw: objective rows, the weakest objectives, mismatches
 * between what the learner ticked and what was measured, coverage, and the trends.
 */
public final class ReadinessSnapshots {
    /** Mastery the learner should reach on each objective: a margin above the usual 70% pass mark. */
    public static final double TARGET = 0.8;
    static final int WEAKEST = 8;
    static final int TREND_DAYS = 7;

    private ReadinessSnapshots() {
    }

    /** Everything the screens need, from the estimate and the learner's records. */
    public static ReadinessSnapshot build(LocalDate today, String examTitle, String examLabel, Outline outline,
                                         ExamMetadata metadata, ReadinessEstimate estimate,
                                         Map<ObjectiveId, ObjectiveProgress> records,
                                         List<ExamResultPoint> exams, List<AnswerEvent> practice, ZoneId zone) {
        var rows = rows(outline, estimate, records);
        return new ReadinessSnapshot(today, examTitle, examLabel, estimate, rows, weakest(outline, metadata, rows),
                mismatches(rows), coverage(rows), exams, practiceTrend(practice, zone));
    }

    static List<ObjectiveRow> rows(Outline outline, ReadinessEstimate estimate, Map<ObjectiveId, ObjectiveProgress> records) {
        var rows = new ArrayList<ObjectiveRow>();
        for (var objective : outline.objectives()) {
            var record = records.getOrDefault(objective.id(), ObjectiveProgress.untouched(objective.id()));
            var mastery = estimate.objectives().stream().filter(m -> m.id().equals(objective.id())).findFirst()
                    .orElse(new ObjectiveMastery(objective.id(), 0.5, 0, 1, 0, 0, Evidence.NONE));
            rows.add(new ObjectiveRow(objective.id(), objective.text(), record.ticked(), record.status(), mastery));
        }
        return rows;
    }

    /** Ranked by the objective's share of the exam (section weight spread over its objectives) × gap to target. */
    static List<WeakObjective> weakest(Outline outline, ExamMetadata metadata, List<ObjectiveRow> rows) {
        var list = new ArrayList<WeakObjective>();
        var shares = io.studycompanion.domain.SectionWeights.shares(outline, metadata);
        for (var row : rows) {
            var section = outline.sections().get(row.id().section() - 1);
            var weight = shares.getOrDefault(section.number(), 0.0) / section.objectives().size();
            var gap = Math.max(0, TARGET - row.mastery().mean());
            if (gap > 0) {
                list.add(new WeakObjective(row.id(), row.text(), weight, gap, weight * gap));
            }
        }
        list.sort(Comparator.comparingDouble(WeakObjective::priority).reversed()
                .thenComparing(w -> w.id().toString()));
        return list.subList(0, Math.min(WEAKEST, list.size()));
    }

    /** Confident but measured weak, or not confident but measured strong; only where there is evidence. */
    static List<ObjectiveRow> mismatches(List<ObjectiveRow> rows) {
        return rows.stream().filter(r -> r.mastery().evidence() != Evidence.NONE).filter(r ->
                r.status() == ObjectiveStatus.CONFIDENT && r.mastery().high() < TARGET - 0.1
                        || r.status() != ObjectiveStatus.CONFIDENT && r.mastery().evidence() == Evidence.ENOUGH
                        && r.mastery().low() >= TARGET).toList();
    }

    static CoverageCounts coverage(List<ObjectiveRow> rows) {
        var ticked = (int) rows.stream().filter(ObjectiveRow::ticked).count();
        var practised = (int) rows.stream().filter(r -> r.mastery().answers() > 0).count();
        var mastered = (int) rows.stream().filter(r -> r.mastery().evidence() == Evidence.ENOUGH
                && r.mastery().mean() >= TARGET).count();
        return new CoverageCounts(rows.size(), ticked, practised, mastered);
    }

    /** Accuracy over the trailing {@value #TREND_DAYS} days, for each day with practice answers. */
    static List<TrendPoint> practiceTrend(List<AnswerEvent> practice, ZoneId zone) {
        var byDay = new TreeMap<LocalDate, int[]>();
        practice.forEach(a -> {
            var counts = byDay.computeIfAbsent(a.at().atZone(zone).toLocalDate(), d -> new int[2]);
            counts[0] += a.correct() ? 1 : 0;
            counts[1]++;
        });
        var points = new ArrayList<TrendPoint>();
        for (var day : byDay.keySet()) {
            var window = byDay.subMap(day.minusDays(TREND_DAYS - 1L), true, day, true).values();
            int right = window.stream().mapToInt(c -> c[0]).sum();
            int total = window.stream().mapToInt(c -> c[1]).sum();
            points.add(new TrendPoint(day, 100.0 * right / total, right + "/" + total));
        }
        return points;
    }
}
