package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ExamMetadata;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.studycompanion.domain.readiness.ReadinessFixtures.answers;
import static io.studycompanion.domain.readiness.ReadinessFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Untried objectives as their own state, and mastery only on enough answers. */
class ReadinessSnapshotsTest {
    private final Outline outline = ReadinessFixtures.examOutline();
    private final ExamMetadata metadata = ReadinessFixtures.examMetadata();

    private ReadinessSnapshot snapshot(List<AnswerEvent> history) {
        var estimate = new IrtReadinessModel().estimate(outline, metadata, history, ReadinessFixtures.CLOCK,
                new Random(42));
        return ReadinessSnapshots.build(LocalDate.of(2025, 11, 1), "Test Exam", "v2", outline, metadata, estimate,
                Map.of(), List.of(), history, ZoneOffset.UTC);
    }

    /** The new user: 16 answers, 13 right, over 15 objectives of Sections 1 and 2; Section 3 untried. */
    private static List<AnswerEvent> goodStart() {
        var history = new ArrayList<AnswerEvent>();
        for (int o = 1; o <= 8; o++) {
            history.addAll(answers(id(1, o), 1, o != 3, 0));
        }
        for (int o = 1; o <= 7; o++) {
            history.addAll(answers(id(2, o), 1, o != 5, 0));
        }
        history.addAll(answers(id(1, 1), 1, false, 0));
        return history;
    }

    @Test
    void beforeAnyAnswerNothingIsRankedAndEveryObjectiveIsUntriedWithItsWeight() {
        var s = snapshot(List.of());

        // Before: Section 3 objectives ranked with "gap 30" from the prior alone.
        assertThat(s.weakest()).isEmpty();
        assertThat(s.untried()).hasSize(47);
        assertThat(s.untried().stream().mapToDouble(UntriedObjective::weight).sum()).isCloseTo(1, within(1e-9));
        assertThat(s.untried().get(0).id()).isEqualTo(id(1, 1));
        assertThat(s.untried().get(0).weight()).isCloseTo(0.44 / 22, within(1e-9));
        assertThat(s.untried().get(46).weight()).isCloseTo(0.12 / 5, within(1e-9));
    }

    @Test
    void afterAGoodStartTheWeakestAreOnlyAnsweredObjectivesWithARealGap() {
        var s = snapshot(goodStart());

        var answered = new HashSet<ObjectiveId>();
        goodStart().forEach(a -> answered.addAll(a.objectives()));
        // Before: untried objectives listed with "gap 0" and priority 0.00.
        assertThat(s.weakest()).isNotEmpty().allSatisfy(w -> {
            assertThat(answered).contains(w.id());
            assertThat(Math.round(100 * w.gap())).isGreaterThanOrEqualTo(1);
        });
        assertThat(s.weakest()).extracting(WeakObjective::id).contains(id(1, 1), id(1, 3), id(2, 5));
        assertThat(s.untried()).hasSize(47 - 15).extracting(UntriedObjective::id)
                .doesNotContainAnyElementsOf(answered).contains(id(3, 1), id(3, 5));
        assertThat(s.untried().stream().mapToDouble(UntriedObjective::weight).sum())
                .isCloseTo(14 * 0.44 / 22 + 13 * 0.44 / 20 + 0.12, within(1e-9));
    }

    @Test
    void fourRightAnswersAreNotMasteryButTenRecentRightAnswersAre() {
        var four = snapshot(answers(id(1, 1), 4, true, 0));
        var nineOfTen = new ArrayList<>(answers(id(1, 1), 9, true, 0));
        nineOfTen.addAll(answers(id(1, 1), 1, false, 0));
        var ten = snapshot(nineOfTen);

        // Before: four right answers made the objective "mastered".
        assertThat(four.coverage().mastered()).isZero();
        assertThat(ReadinessSnapshots.mastered(four.objectives().get(0).mastery())).isFalse();
        assertThat(ten.coverage().mastered()).isEqualTo(1);
        assertThat(ReadinessSnapshots.mastered(ten.objectives().get(0).mastery())).isTrue();
    }

    @Test
    void tenRightAnswersOnEachObjectiveOfASectionMasterIt() {
        var history = new ArrayList<AnswerEvent>();
        for (int round = 0; round < 10; round++) {
            for (int o = 1; o <= 5; o++) {
                history.addAll(answers(id(3, o), 1, true, 0));
            }
        }
        var s = snapshot(history);

        assertThat(s.coverage().practised()).isEqualTo(5);
        assertThat(s.coverage().mastered()).isEqualTo(5);
        assertThat(s.weakest()).isEmpty();
        assertThat(s.untried()).hasSize(42);
    }

    @Test
    void thePracticeTrendCountsEachAnswerOnItsLocalDayAcrossAClockChangeAndInAnyOrder() {
        // Berlin left summer time on 2025-10-26 (03:00 → 02:00): answers around midnight and the change.
        var zone = java.time.ZoneId.of("Europe/Berlin");
        var random = new Random(3);
        var history = new ArrayList<AnswerEvent>();
        var start = java.time.LocalDateTime.of(2025, 10, 22, 22, 0).atZone(zone).toInstant();
        for (int i = 0; i < 400; i++) {
            var at = start.plusSeconds(i * 1_631L);
            history.add(new AnswerEvent("q" + i, List.of(id(1, 1)), random.nextBoolean(), at, 2));
        }
        var expected = new java.util.TreeMap<LocalDate, int[]>();
        for (var a : history) {
            var c = expected.computeIfAbsent(a.at().atZone(zone).toLocalDate(), d -> new int[2]);
            c[0] += a.correct() ? 1 : 0;
            c[1]++;
        }
        var sorted = ReadinessSnapshots.practiceTrend(history, zone);
        var shuffled = new ArrayList<>(history);
        java.util.Collections.shuffle(shuffled, random);

        assertThat(ReadinessSnapshots.practiceTrend(shuffled, zone)).isEqualTo(sorted);
        assertThat(sorted).extracting(TrendPoint::date).containsExactlyElementsOf(expected.keySet());
        var first = expected.firstEntry().getValue();
        assertThat(sorted.get(0).percent()).isCloseTo(100.0 * first[0] / first[1], within(1e-9));
    }
}
