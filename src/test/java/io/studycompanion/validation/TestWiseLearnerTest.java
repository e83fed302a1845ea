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
import io.studycompanion.domain.readiness.ReadinessParameters;
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

    /**
     * Learners who know half the objectives practise half the time on an imported pack whose keys the length cue
     * gives away (the lint flags those questions) and half on the shipped bank. A test-wise one gets the flagged
     * questions right 90% of the time whatever it knows; an honest one guesses blindly where it does not know.
     * Counting right answers on flagged questions for less brings the first toward its true score on a cue-free
     * exam and pushes the second below its own: the app's weight is the one of those tried whose larger error of
     * the two is smallest, and the test fails if another would do better.
     */
    @Test
    void rightAnswersOnFlaggedQuestionsCountForLess() throws IOException {
        var weights = new double[] {1.0, 0.5, 0.25, 0.15, 0.1, 0.05};
        var worst = new double[weights.length];
        var md = new StringBuilder("| weight of a right answer on a flagged question | test-wise: predicted − truth "
                + "| honest: predicted − truth |\n|---|---|---|\n");
        for (int w = 0; w < weights.length; w++) {
            var model = new IrtReadinessModel(ReadinessParameters.DEFAULTS.withFlaggedWeight(weights[w]));
            double testWise = packError(model, true);
            double honest = packError(model, false);
            worst[w] = Math.max(Math.abs(testWise), Math.abs(honest));
            md.append(String.format(Locale.ROOT, "| %.2f | %+.1f points | %+.1f points |%n", weights[w],
                    100 * testWise, 100 * honest));
        }
        System.out.println(md);
        var file = Path.of(System.getProperty("basedir", "."), "target", "flagged-weight-validation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());

        int used = -1;
        for (int w = 0; w < weights.length; w++) {
            used = weights[w] == ReadinessParameters.DEFAULTS.flaggedWeight() ? w : used;
        }
        assertThat(used).as("the app's weight is among those tried").isNotNegative();
        for (double error : worst) {
            assertThat(worst[used]).as("the app's weight errs least").isLessThanOrEqualTo(error);
        }
        assertThat(worst[used]).as("and less than ignoring the flags").isLessThan(worst[0]);
    }

    /** Mean predicted − true score of half-knowing learners who practise half on a flagged, cued pack. */
    private static double packError(IrtReadinessModel model, boolean usesTheCue) {
        double error = 0;
        for (int i = 0; i < LEARNERS; i++) {
            var world = new Random(9_000 + i);
            var knows = new HashSet<ObjectiveId>();
            exam.outline().objectives().forEach(o -> { if (world.nextDouble() < 0.5) knows.add(o.id()); });
            var history = new ArrayList<AnswerEvent>();
            for (int a = 0; a < ANSWERS; a++) {
                var q = bank.get(world.nextInt(bank.size()));
                boolean cued = a % 2 == 0;
                boolean known = knows.contains(primary(q));
                double chance = known ? KNOWN_ACCURACY
                        : cued && usesTheCue ? 0.9 : cued ? PickStrategy.chance(q) : PickStrategy.LONGEST.score(q);
                var at = NOW.minus(Duration.ofSeconds((long) (world.nextDouble() * 60 * 86_400)));
                history.add(new AnswerEvent(q.id() + (cued ? "-pack" : ""), q.objectives(), world.nextDouble() < chance,
                        at, q.difficulty(), PickStrategy.chance(q), false, false, cued));
            }
            history.sort(java.util.Comparator.comparing(AnswerEvent::at));
            error += (model.estimate(exam.outline(), exam.metadata(), history, Clock.fixed(NOW, ZoneOffset.UTC),
                    new Random(i)).predictedScore() - cueFreeScore(knows)) / LEARNERS;
        }
        return error;
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
