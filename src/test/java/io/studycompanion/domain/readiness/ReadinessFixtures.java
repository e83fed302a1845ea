package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Section;
import io.studycompanion.domain.StatedFigure;
import io.studycompanion.domain.Subsection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Outlines, metadata and histories for the readiness tests. */
final class ReadinessFixtures {
    static final String VERSION = "v2";
    static final Instant NOW = Instant.parse("2025-11-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private ReadinessFixtures() {
    }

    /** An outline with one implicit subsection per section holding the given numbers of objectives. */
    static Outline outline(int... objectivesPerSection) {
        var sections = new ArrayList<Section>();
        for (int s = 1; s <= objectivesPerSection.length; s++) {
            var objectives = new ArrayList<Objective>();
            for (int o = 1; o <= objectivesPerSection[s - 1]; o++) {
                objectives.add(new Objective(new ObjectiveId(VERSION, s, 0, o), "Objective " + s + "." + o));
            }
            sections.add(new Section(s, "Section " + s, OptionalInt.empty(), List.of(new Subsection(0, "", objectives))));
        }
        return new Outline("Test Exam", VERSION, Optional.empty(), Optional.empty(), sections);
    }

    /** The real exam's shape: 22/20/5 objectives weighted 44/44/12, 60 questions, pass at 70%. */
    static Outline examOutline() {
        return outline(22, 20, 5);
    }

    static ExamMetadata metadata(int questions, int passMark, int... weights) {
        var map = new HashMap<Integer, StatedFigure>();
        for (int s = 0; s < weights.length; s++) {
            map.put(s + 1, new StatedFigure(weights[s], "test", false));
        }
        return new ExamMetadata(VERSION, true, new StatedFigure(questions, "test", false),
                new StatedFigure(120, "test", false), new StatedFigure(passMark, "test", true), map);
    }

    static ExamMetadata examMetadata() {
        return metadata(60, 70, 44, 44, 12);
    }

    static ObjectiveId id(int section, int objective) {
        return new ObjectiveId(VERSION, section, 0, objective);
    }

    /** Every fixture answer is to a question of its own: repeats are built on purpose where a test needs them. */
    private static final java.util.concurrent.atomic.AtomicLong QUESTIONS = new java.util.concurrent.atomic.AtomicLong();

    static AnswerEvent answer(ObjectiveId id, boolean correct, Instant at) {
        return new AnswerEvent("q-" + id.position() + "-" + QUESTIONS.incrementAndGet(), List.of(id), correct, at, 2);
    }

    /** {@code count} answers on one objective, all right or all wrong, given {@code daysAgo} days before NOW. */
    static List<AnswerEvent> answers(ObjectiveId id, int count, boolean correct, double daysAgo) {
        var at = NOW.minus(Duration.ofSeconds((long) (daysAgo * 86_400)));
        var result = new ArrayList<AnswerEvent>();
        for (int i = 0; i < count; i++) {
            result.add(answer(id, correct, at));
        }
        return result;
    }

    /**
     * Estimates for each history on the exam's outline at {@link #NOW}: in parallel, each with its own seeded
     * random source, so the result does not depend on thread order. One model serves all threads: a
     * ReadinessModel gets everything it needs as arguments.
     */
    static List<ReadinessEstimate> estimates(ReadinessModel model, List<List<AnswerEvent>> histories) {
        var outline = examOutline();
        var metadata = examMetadata();
        return java.util.stream.IntStream.range(0, histories.size()).parallel()
                .mapToObj(i -> model.estimate(outline, metadata, histories.get(i), CLOCK, new java.util.Random(i)))
                .toList();
    }

    /**
     * The part of the MAE (points) no model removes, over histories of at least 100 answers: the mean binomial
     * noise of raw accuracy, √(2/π)·√(a(1 − a)/n).
     */
    static double binomialFloor(List<List<AnswerEvent>> histories) {
        double sum = 0;
        int count = 0;
        for (var history : histories) {
            int n = history.size();
            if (n >= 100) {
                double a = history.stream().filter(AnswerEvent::correct).count() / (double) n;
                sum += 100 * Math.sqrt(2 / Math.PI) * Math.sqrt(a * (1 - a) / n);
                count++;
            }
        }
        return sum / count;
    }
}
