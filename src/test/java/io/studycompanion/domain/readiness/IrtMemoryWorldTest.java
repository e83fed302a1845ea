package io.studycompanion.domain.readiness;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The key-memory extension of {@link IrtWorld}: off, it changes nothing; on, repeats are right from memory, the review
 * habit re-answers missed questions minutes later, a crammer looks far better in practice than it is, and the truth
 * stays what ability alone gives.
 */
class IrtMemoryWorldTest {
    private static final long SEED = 4;
    private static final int LEARNERS = 400;
    /** {@link KeyMemory#TYPICAL} without the review habit: memory alone. */
    private static final KeyMemory NO_REVIEW = new KeyMemory(KeyMemory.TYPICAL.strengthLow(),
            KeyMemory.TYPICAL.strengthHigh(), KeyMemory.TYPICAL.halfLifeLowDays(), KeyMemory.TYPICAL.halfLifeHighDays(), 0);
    /** Everyone at the top of the typical range, for "the same path with a stronger memory". */
    private static final KeyMemory EVERYONE_STRONG = new KeyMemory(0.95, 0.95, 30, 30, 0);

    private static final IrtWorld OFF = new IrtWorld(SEED);
    private static final IrtWorld TYPICAL = new IrtWorld(SEED, KeyMemory.TYPICAL);
    private static final IrtWorld MEMORY_ONLY = new IrtWorld(SEED, NO_REVIEW);
    private static final IrtWorld STRONG = new IrtWorld(SEED, EVERYONE_STRONG);
    private static final HashMap<IrtWorld, List<IrtLearner>> POPULATIONS = new HashMap<>();

    // Locked, but the parallel work inside never calls back into it.
    private static synchronized List<IrtLearner> population(IrtWorld world) {
        return POPULATIONS.computeIfAbsent(world,
                w -> IntStream.range(0, LEARNERS).parallel().mapToObj(w::learner).toList());
    }

    /** Learners whose choice of questions ignores their results and who do not review: memory cannot move them. */
    private static boolean pathIgnoresResults(IrtLearner learner) {
        return learner.style() != StudyStyle.WEAK_FIRST && !learner.memory().reviews();
    }

    @Test
    void memoryOffGivesExactlyTheLearnersOfTheWorldWithout() {
        var explicit = new IrtWorld(SEED, KeyMemory.OFF);
        var nobodyRemembersOrReviews = new IrtWorld(SEED, new KeyMemory(0, 0, 3, 9, 0));
        assertThat(nobodyRemembersOrReviews.learner(0).memory()).isEqualTo(LearnerMemory.NONE);
        for (int i = 0; i < 60; i++) {
            assertSame(explicit.learner(i), OFF.learner(i));
            assertSame(nobodyRemembersOrReviews.learner(i), OFF.learner(i));
            assertSame(explicit.diet(i, 1 + i % 3), OFF.diet(i, 1 + i % 3));
            assertSame(explicit.uniformPractice(i, 200), OFF.uniformPractice(i, 200));
        }
        assertThat(population(OFF)).allSatisfy(l -> assertThat(l.memory()).isEqualTo(LearnerMemory.NONE));
    }

    /**
     * With memory on, a learner whose path ignores results answers the same questions at the same times with the same
     * draws: first answers come out exactly as without memory, and a repeat can only turn from wrong to right (and
     * lose a guess mark). A remembered answer is marked a guess at the "known" rate, not at the "not known" one.
     */
    @Test
    void memoryOnlyTurnsWrongRepeatsRightAndMarksThemLikeKnownAnswers() {
        long flipped = 0;
        long flippedMarked = 0;
        for (int i = 0; i < LEARNERS; i++) {
            var with = population(MEMORY_ONLY).get(i);
            if (!pathIgnoresResults(with)) {
                continue;
            }
            var without = population(OFF).get(i);
            assertThat(with.answers()).isEqualTo(without.answers());
            var seen = new HashSet<String>();
            for (int k = 0; k < with.answers(); k++) {
                var a = with.history().get(k);
                var b = without.history().get(k);
                assertThat(a.questionId()).isEqualTo(b.questionId());
                assertThat(a.at()).isEqualTo(b.at());
                if (seen.add(a.questionId())) {
                    assertThat(a).as("first answers are unchanged").isEqualTo(b);
                    continue;
                }
                assertThat(a.correct() || !b.correct()).as("memory never makes a repeat wrong").isTrue();
                assertThat(!a.markedGuess() || b.markedGuess()).as("nor adds a guess mark").isTrue();
                if (a.correct() && !b.correct()) {
                    flipped++;
                    flippedMarked += a.markedGuess() ? 1 : 0;
                }
            }
        }
        assertThat(flipped).as("repeats answered from memory").isGreaterThan(2_000);
        assertThat((double) flippedMarked / flipped).as("remembered answers marked as guesses")
                .isCloseTo(IrtWorld.MARK_GUESS_KNOWN, within(0.03));
    }

    @Test
    void repeatsWithinADayAreRightFromMemoryMoreOftenThanFirstAnswers() {
        var typical = AnswerRepeats.withinADay(population(TYPICAL));
        var off = AnswerRepeats.withinADay(population(OFF));
        assertThat(typical.repeats()).isGreaterThan(5_000);
        assertThat(typical.gap()).as("repeats within a day minus first answers, memory and review").isGreaterThan(0.2);
        // Without memory weak-first learners already show a gap (they leave an objective after getting it right):
        // memory must add clearly to it.
        assertThat(typical.gap() - off.gap()).isGreaterThan(0.15);

        var memoryAlone = AnswerRepeats.withinADay(steady(population(MEMORY_ONLY)));
        var neither = AnswerRepeats.withinADay(steady(population(OFF)));
        assertThat(neither.gap()).as("no memory, no selection: repeats are like first answers").isBetween(-0.03, 0.03);
        assertThat(memoryAlone.gap()).as("memory alone, same paths").isGreaterThan(0.08);
    }

    private static List<IrtLearner> steady(List<IrtLearner> learners) {
        return learners.stream().filter(IrtMemoryWorldTest::pathIgnoresResults).toList();
    }

    @Test
    void theReviewHabitRepeatsMissedQuestionsMinutesLaterForThoseWhoHaveIt() {
        var learners = population(TYPICAL);
        var reviewers = learners.stream().filter(l -> l.memory().reviews()).toList();
        var others = learners.stream().filter(l -> !l.memory().reviews()).toList();
        assertThat((double) reviewers.size() / LEARNERS).isCloseTo(KeyMemory.TYPICAL.reviewShare(), within(0.06));

        assertThat(AnswerRepeats.sessionsEndingInReview(reviewers)).as("reviewers' sessions").isGreaterThan(0.9);
        assertThat(AnswerRepeats.sessionsEndingInReview(others)).as("others' sessions").isLessThan(0.02);
        assertThat(AnswerRepeats.withinAnHour(reviewers)).as("reviewers' repeats within the hour")
                .isGreaterThan(AnswerRepeats.withinAnHour(others) + 0.08);
        for (var other : others) {
            assertThat(other.history()).as("no review answers: as in a world where nobody reviews")
                    .isEqualTo(population(MEMORY_ONLY).get(other.index()).history());
        }
        for (var learner : learners) {
            assertThat(learner.answers()).as("reviews come out of the answer budget")
                    .isEqualTo(population(OFF).get(learner.index()).answers());
            assertThat(learner.answers() - learner.examAnswers())
                    .isBetween((long) IrtWorld.MIN_ANSWERS, (long) IrtWorld.MAX_ANSWERS);
        }
    }

    @Test
    void aCrammerWithStrongMemoryLooksFarBetterInPracticeThanItIs() {
        int crammers = 40;
        double strongGap = 0;
        double noMemoryGap = 0;
        for (int i = 0; i < crammers; i++) {
            var strong = OFF.crammer(i, 2, 3);
            var forgetful = OFF.crammer(i, 2, 3, KeyMemory.OFF);
            assertThat(strong.memory().strength()).isBetween(KeyMemory.STRONG.strengthLow(), KeyMemory.STRONG.strengthHigh());
            assertThat(strong.answers()).isEqualTo(2 * 47 * 3);
            assertThat(strong.examAnswers()).isZero();
            var perQuestion = new HashMap<String, Integer>();
            strong.history().forEach(a -> perQuestion.merge(a.questionId(), 1, Integer::sum));
            assertThat(perQuestion).hasSize(2 * 47).allSatisfy((id, times) -> assertThat(times).isEqualTo(3));
            assertThat(forgetful.trueScore()).as("memory moves practice answers, not ability").isEqualTo(strong.trueScore());
            assertThat(forgetful.objectiveTruth()).isEqualTo(strong.objectiveTruth());
            strongGap += (strong.practiceAccuracy() - strong.trueScore()) / crammers;
            noMemoryGap += (forgetful.practiceAccuracy() - forgetful.trueScore()) / crammers;
        }
        assertThat(strongGap).as("practice accuracy above the true score, strong memory").isGreaterThan(0.10);
        assertThat(noMemoryGap).as("the same crammers without memory").isBetween(-0.05, 0.03);
        var typicalCrammer = TYPICAL.crammer(5, 2, 3);
        assertThat(typicalCrammer.memory()).as("the learner's own memory at the world's settings")
                .isEqualTo(TYPICAL.learner(5).memory().withoutReview());
    }

    /**
     * The truth is measured at NOW on fresh questions from the ability path alone: learners whose path memory cannot
     * move have exactly the same truth with no memory, a typical one or a strong one, though their practice accuracy
     * rises with memory, learner by learner.
     */
    @Test
    void theTruthDoesNotDependOnMemoryGivenTheSameAbilityPath() {
        int compared = 0;
        double rise = 0;
        for (int i = 0; i < LEARNERS; i++) {
            var strong = population(STRONG).get(i);
            if (!pathIgnoresResults(population(MEMORY_ONLY).get(i))) {
                continue;
            }
            compared++;
            var without = population(OFF).get(i);
            for (var with : List.of(population(MEMORY_ONLY).get(i), strong)) {
                assertThat(with.trueScore()).isEqualTo(without.trueScore());
                assertThat(with.examScores()).isEqualTo(without.examScores());
                assertThat(with.truePassChance()).isEqualTo(without.truePassChance());
                assertThat(with.objectiveTruth()).isEqualTo(without.objectiveTruth());
            }
            assertThat(strong.practiceAccuracy()).isGreaterThanOrEqualTo(population(MEMORY_ONLY).get(i).practiceAccuracy());
            assertThat(population(MEMORY_ONLY).get(i).practiceAccuracy()).isGreaterThanOrEqualTo(without.practiceAccuracy());
            rise += (strong.practiceAccuracy() - without.practiceAccuracy());
        }
        assertThat(compared).isGreaterThan(LEARNERS / 3);
        assertThat(rise / compared).as("mean practice accuracy gained from a strong memory").isGreaterThan(0.03);
    }

    @Test
    void aSeedAndSettingsAlwaysGiveTheSameLearner() {
        var first = new IrtWorld(SEED, KeyMemory.TYPICAL).learner(7);
        var second = new IrtWorld(SEED, KeyMemory.TYPICAL).learner(7);
        assertSame(second, first);
        assertSame(new IrtWorld(SEED, KeyMemory.TYPICAL).crammer(3, 2, 3), TYPICAL.crammer(3, 2, 3));
        assertSame(new IrtWorld(SEED).crammer(3, 1, 4), OFF.crammer(3, 1, 4));
        assertThat(new IrtWorld(SEED + 1, KeyMemory.TYPICAL).learner(7).history()).isNotEqualTo(first.history());
        assertThat(TYPICAL.diet(7, 2).memory()).as("one memory per learner, in every run").isEqualTo(first.memory());
        assertThat(TYPICAL.uniformPractice(7, 100).memory()).isEqualTo(first.memory());
    }

    @Test
    void recallHalvesEveryHalfLifeAndSlowsWithEachSighting() {
        var memory = new LearnerMemory(0.8, 2, false);
        long day = Duration.ofDays(1).toSeconds();
        assertThat(memory.recallChance(0, 1)).isCloseTo(0.8, within(1e-12));
        assertThat(memory.recallChance(2 * day, 1)).isCloseTo(0.4, within(1e-12));
        assertThat(memory.recallChance(4 * day, 2)).as("a key seen twice fades half as fast").isCloseTo(0.4, within(1e-12));
        assertThat(memory.recallChance(day, 0)).as("never seen").isZero();
        assertThat(LearnerMemory.NONE.recallChance(60, 5)).isZero();
        var random = new java.util.Random(1);
        var drawn = IntStream.range(0, 2_000).mapToObj(i -> KeyMemory.TYPICAL.draw(random)).toList();
        assertThat(drawn).allSatisfy(m -> {
            assertThat(m.strength()).isBetween(0.0, 0.95);
            assertThat(m.halfLifeDays()).isBetween(1.0, 20.0);
        });
        assertThat(share(drawn, m -> m.strength() < 0.1)).as("little memory").isGreaterThan(0.05);
        assertThat(share(drawn, m -> m.strength() > 0.85)).as("strong memory").isGreaterThan(0.05);
        assertThat(share(drawn, LearnerMemory::reviews)).isCloseTo(0.3, within(0.04));
    }

    private static void assertSame(IrtLearner actual, IrtLearner expected) {
        assertThat(actual.history()).isEqualTo(expected.history());
        assertThat(actual.style()).isEqualTo(expected.style());
        assertThat(actual.trueScore()).isEqualTo(expected.trueScore());
        assertThat(actual.examScores()).isEqualTo(expected.examScores());
        assertThat(actual.truePassChance()).isEqualTo(expected.truePassChance());
        assertThat(actual.trueLow()).isEqualTo(expected.trueLow());
        assertThat(actual.trueHigh()).isEqualTo(expected.trueHigh());
        assertThat(actual.objectiveTruth()).isEqualTo(expected.objectiveTruth());
        assertThat(actual.memory()).isEqualTo(expected.memory());
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }
}
