package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.SectionWeights;

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
    /** Recent answers an objective needs before it can count as mastered; see {@link #mastered}. */
    public static final int MASTERY_ANSWERS = 10;
    static final int WEAKEST = 8;
    static final int MIN_GAP_POINTS = 1;
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
                untried(outline, metadata, rows),
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

    /**
     * Objectives with answers, ranked by the objective's share of the exam (section weight spread over its
     * objectives) × gap to target. An objective without answers has no gap of its own, only the prior's (which
     * read "gap 30" before any answer and "gap 0" after a good start elsewhere): it is listed by {@link #untried}
     * instead. A gap below {@value #MIN_GAP_POINTS} point is no gap: it would read "gap 0".
     */
    static List<WeakObjective> weakest(Outline outline, ExamMetadata metadata, List<ObjectiveRow> rows) {
        var list = new ArrayList<WeakObjective>();
        for (var row : rows) {
            var gap = TARGET - row.mastery().mean();
            if (row.mastery().answers() > 0 && Math.round(100 * gap) >= MIN_GAP_POINTS) {
                var weight = weight(outline, metadata, row.id());
                list.add(new WeakObjective(row.id(), row.text(), weight, gap, weight * gap));
            }
        }
        list.sort(Comparator.comparingDouble(WeakObjective::priority).reversed()
                .thenComparing(w -> w.id().toString()));
        return list.subList(0, Math.min(WEAKEST, list.size()));
    }

    /** Objectives without any answer, in outline order, with their blueprint weight. */
    static List<UntriedObjective> untried(Outline outline, ExamMetadata metadata, List<ObjectiveRow> rows) {
        return rows.stream().filter(r -> r.mastery().answers() == 0)
                .map(r -> new UntriedObjective(r.id(), r.text(), weight(outline, metadata, r.id()))).toList();
    }

    /** An objective's blueprint weight: its section's share of the exam spread over the section's objectives. */
    private static double weight(Outline outline, ExamMetadata metadata, ObjectiveId id) {
        var section = outline.sections().get(id.section() - 1);
        return SectionWeights.shares(outline, metadata).getOrDefault(section.number(), 0.0)
                / section.objectives().size();
    }

    /**
     * Mastered: at least {@value #MASTERY_ANSWERS} recent (recency-weighted) answers and an estimated mastery at
     * the target. Fewer answers cannot tell mastery from luck: a learner who knows an objective only 60% of the
     * time answers 4 of 4 right with probability 0.13 (4 right answers used to be "mastered"), but 9 or 10 of 10
     * with probability 0.046; with a neutral prior 9 of 10 right is the least that reaches the 80% target.
     */
    public static boolean mastered(ObjectiveMastery m) {
        return m.effectiveAnswers() >= MASTERY_ANSWERS - 1e-9 && m.mean() >= TARGET;
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
        var mastered = (int) rows.stream().filter(r -> mastered(r.mastery())).count();
        return new CoverageCounts(rows.size(), ticked, practised, mastered);
    }

    /** Accuracy over the trailing {@value #TREND_DAYS} days, for each day with practice answers. */
    static List<TrendPoint> practiceTrend(List<AnswerEvent> practice, ZoneId zone) {
        var byDay = new TreeMap<LocalDate, int[]>();
        // The answers come in time order: find each one's local day by the bounds of the last day seen, so the
        // time-zone rules are consulted once a day rather than once an answer (any order still gives the right day).
        LocalDate day = null;
        long dayStart = Long.MAX_VALUE;
        long dayEnd = Long.MIN_VALUE;
        int[] counts = null;
        for (var a : practice) {
            long second = a.at().getEpochSecond();
            if (second < dayStart || second >= dayEnd) {
                day = a.at().atZone(zone).toLocalDate();
                dayStart = day.atStartOfDay(zone).toEpochSecond();
                dayEnd = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
                counts = byDay.computeIfAbsent(day, d -> new int[2]);
            }
            counts[0] += a.correct() ? 1 : 0;
            counts[1]++;
        }
        var points = new ArrayList<TrendPoint>();
        for (var d : byDay.keySet()) {
            var window = byDay.subMap(d.minusDays(TREND_DAYS - 1L), true, d, true).values();
            int right = window.stream().mapToInt(c -> c[0]).sum();
            int total = window.stream().mapToInt(c -> c[1]).sum();
            points.add(new TrendPoint(d, 100.0 * right / total, right + "/" + total));
        }
        return points;
    }
}
