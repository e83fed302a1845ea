package io.studycompanion.validation;

import io.studycompanion.content.ExamCatalogLoader;
import io.studycompanion.content.QuestionBankLoader;
import io.studycompanion.domain.ExamVersion;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.cue.PickStrategy;
import io.studycompanion.domain.readiness.AnswerEvent;
import io.studycompanion.domain.readiness.IrtReadinessModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test-wise learner cannot look ready: simulated learners practise on the shipped bank, answering what they
 * know and picking the longest choice(s) for the rest, and the readiness model predicts from their histories.
 * The truth is their expected score on a cue-free exam (where the longest choice is right by chance only).
 */
class TestWiseLearnerTest {
    private static final int LEARNERS = 40;
    private static final int ANSWERS = 300;
    private static final double KNOWN_ACCURACY = 0.9;
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static ExamVersion exam;
    private static List<Question> bank;

    @BeforeAll
    static void load() {
        var classLoader = TestWiseLearnerTest.class.getClassLoader();
        var catalog = new ExamCatalogLoader(classLoader).load();
        exam = catalog.defaultExam();
        Set<ObjectiveId> known = catalog.versions().stream().flatMap(v -> v.outline().objectives().stream())
                .map(Objective::id).collect(Collectors.toSet());
        bank = new QuestionBankLoader(known).loadBundled(classLoader).questions().stream()
                .filter(q -> q.objectives().stream().anyMatch(o -> o.version().equals(exam.version()))).toList();
    }

    @Test
    void aLearnerWhoKnowsNothingAndPicksTheLongestChoiceLooksUnready() throws IOException {
        var zero = simulate("knows nothing, picks the longest choice(s)", 0.0);
        var half = simulate("knows half of the objectives, longest choice(s) elsewhere", 0.5);
        write(List.of(zero, half));

        assertThat(zero.meanPredicted()).as("predicted score of a zero-knowledge test-wise learner").isLessThanOrEqualTo(0.35);
        assertThat(zero.maxPass()).as("highest pass probability among them").isLessThanOrEqualTo(0.02);
        assertThat(half.meanPass()).as("mean pass probability of a half-knowing test-wise learner").isLessThanOrEqualTo(0.10);
        assertThat(Math.abs(half.meanPredicted() - half.meanTruth()))
                .as("a half-knowing test-wise learner is predicted near the truth on a cue-free exam")
                .isLessThanOrEqualTo(0.10);
    }

    /** Learners who know a random share of the objectives (right 90% there) and use the length cue elsewhere. */
    private static Outcome simulate(String who, double knownShare) {
        var model = new IrtReadinessModel();
        var objectives = exam.outline().objectives();
        double predicted = 0, pass = 0, maxPass = 0, truth = 0, raw = 0;
        for (int i = 0; i < LEARNERS; i++) {
            var world = new Random(7_000 + i);
            var knows = new HashSet<ObjectiveId>();
            objectives.forEach(o -> { if (world.nextDouble() < knownShare) knows.add(o.id()); });
            Predicate<Question> known = q -> knows.contains(primary(q));
            var history = new ArrayList<AnswerEvent>();
            int right = 0;
            for (int a = 0; a < ANSWERS; a++) {
                var q = bank.get(world.nextInt(bank.size()));
                var p = known.test(q) ? KNOWN_ACCURACY : PickStrategy.LONGEST.score(q);
                var correct = world.nextDouble() < p;
                right += correct ? 1 : 0;
                var at = NOW.minus(Duration.ofSeconds((long) (world.nextDouble() * 60 * 86_400)));
                history.add(new AnswerEvent(q.id(), q.objectives(), correct, at, q.difficulty()));
            }
            var estimate = model.estimate(exam.outline(), exam.metadata(), history, Clock.fixed(NOW, ZoneOffset.UTC),
                    new Random(i));
            predicted += estimate.predictedScore() / LEARNERS;
            pass += estimate.passProbability() / LEARNERS;
            maxPass = Math.max(maxPass, estimate.passProbability());
            truth += cueFreeScore(knows) / LEARNERS;
            raw += (double) right / ANSWERS / LEARNERS;
        }
        return new Outcome(who, raw, predicted, pass, maxPass, truth);
    }

    /** Expected score on an exam drawn to the blueprint where wording gives nothing away: chance where unknown. */
    private static double cueFreeScore(Set<ObjectiveId> knows) {
        double score = 0;
        for (var section : exam.outline().sections()) {
            var ids = section.objectives().stream().map(Objective::id).toList();
            double mean = ids.stream().mapToDouble(id -> knows.contains(id) ? KNOWN_ACCURACY : chance(id)).average()
                    .orElse(0);
            score += exam.metadata().weightOf(section.number()).orElseThrow().value() / 100.0 * mean;
        }
        return score;
    }

    private static double chance(ObjectiveId id) {
        return bank.stream().filter(q -> id.equals(primary(q))).mapToDouble(PickStrategy::chance).average()
                .orElse(0.25);
    }

    private static ObjectiveId primary(Question q) {
        return q.objectives().stream().filter(o -> o.version().equals(exam.version())).findFirst().orElseThrow();
    }

    private static void write(List<Outcome> outcomes) throws IOException {
        var md = new StringBuilder(String.format(Locale.ROOT, "Test-wise learners on the shipped bank (%d questions); "
                + "%d learners of each kind, %d practice answers over 60 days each.%n%n", bank.size(), LEARNERS, ANSWERS));
        md.append("| learner | raw accuracy in practice | predicted score | pass probability (mean / max) | "
                + "true score on a cue-free exam |\n|---|---|---|---|---|\n");
        for (var o : outcomes) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f%% / %.1f%% | %.1f%% |%n", o.who(),
                    100 * o.meanRaw(), 100 * o.meanPredicted(), 100 * o.meanPass(), 100 * o.maxPass(),
                    100 * o.meanTruth()));
        }
        System.out.println(md);
        var file = Path.of(System.getProperty("basedir", "."), "target", "testwise-validation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }

    private record Outcome(String who, double meanRaw, double meanPredicted, double meanPass, double maxPass,
                           double meanTruth) {
    }
}
