package io.studycompanion.domain.readiness;

import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.studycompanion.domain.readiness.ReadinessFixtures.answers;
import static io.studycompanion.domain.readiness.ReadinessFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard and the report say about an estimate, in words. */
class ReadinessWordsTest {
    private final IrtReadinessModel model = new IrtReadinessModel();

    private ReadinessEstimate estimate(List<AnswerEvent> history) {
        return model.estimate(ReadinessFixtures.examOutline(), ReadinessFixtures.examMetadata(), history,
                ReadinessFixtures.CLOCK, new Random(1));
    }

    /** One answer on each of the first {@code count} objectives of a section, right unless every third. */
    private static List<AnswerEvent> spread(int section, int count, int difficulty) {
        var list = new ArrayList<AnswerEvent>();
        for (int o = 1; o <= count; o++) {
            var a = answers(id(section, o), 1, o % 3 != 0, 1).get(0);
            list.add(new AnswerEvent(a.questionId(), a.objectives(), a.correct(), a.at(), difficulty));
        }
        return list;
    }

    @Test
    void sixteenAnswersWithoutSectionThreeGiveNoPassChanceAndSayWhatIsMissing() {
        // The new user: 16 practice answers over 15 objectives, Section 3 never tried.
        var history = new ArrayList<>(spread(1, 10, 2));
        history.addAll(spread(2, 5, 2));
        history.addAll(answers(id(1, 1), 1, true, 0));
        var e = estimate(history);

        assertThat(ReadinessWords.passChance(e)).isEmpty();
        assertThat(ReadinessWords.passRange(e)).isEmpty();
        assertThat(ReadinessWords.passWithheld(e)).contains(
                "Not enough evidence for a pass chance yet: answer 44 more questions, in Section 3 too.");
        assertThat(ReadinessWords.scoreRange(e)).matches("likely between \\d+% and \\d+%");
    }

    @Test
    void enoughAnswersInEverySectionShowThePassChanceWithItsRange() {
        var history = new ArrayList<AnswerEvent>();
        for (int round = 0; round < 3; round++) {
            history.addAll(spread(1, 10, 2));
            history.addAll(spread(2, 8, 2));
            history.addAll(spread(3, 3, 2));
        }
        var e = estimate(history);

        assertThat(e.basis().answers()).isEqualTo(63);
        assertThat(ReadinessWords.passWithheld(e)).isEmpty();
        assertThat(ReadinessWords.passChance(e)).hasValueSatisfying(p -> assertThat(p).matches("(< |> )?\\d+%"));
        assertThat(ReadinessWords.passRange(e)).hasValueSatisfying(r -> assertThat(r).startsWith("between "));
    }

    @Test
    void manyAnswersStillWaitForAnUntriedSection() {
        var history = new ArrayList<AnswerEvent>();
        for (int round = 0; round < 4; round++) {
            history.addAll(spread(1, 20, 2));
        }
        var e = estimate(history);

        assertThat(ReadinessWords.passWithheld(e))
                .contains("Not enough evidence for a pass chance yet: answer questions in Sections 2 and 3.");
    }

    @Test
    void theBasisSaysMostlyEasyAndSteersTowardTheLevelNotShown() {
        var history = new ArrayList<AnswerEvent>();
        for (int round = 0; round < 4; round++) {
            history.addAll(spread(1, 20, 1));
            history.addAll(spread(2, 15, 1));
        }
        history.addAll(spread(3, 5, 2));
        var e = estimate(history);

        assertThat(ReadinessWords.basis(e)).startsWith("145 answers, mostly easy questions; the estimate allows for that")
                .endsWith("Next, practise more scenario questions (Quiz, “Scenario (multi-step) questions”): few of your "
                        + "answers show how you do on them.");
        assertThat(ReadinessWords.levelToPractise(e)).contains(2);
    }

    @Test
    void guessMarksAndFlaggedQuestionsAreNamedInTheBasis() {
        var history = new ArrayList<AnswerEvent>();
        var at = ReadinessFixtures.NOW;
        history.add(new AnswerEvent("a", List.of(id(1, 1)), true, at, 2, 0.25, false, true, false));
        history.add(new AnswerEvent("b", List.of(id(1, 2)), true, at, 2, 0.25, true, false, true));
        history.add(new AnswerEvent("c", List.of(id(1, 3)), true, at, 3, 0.25, false, false, false));
        var e = estimate(history);

        assertThat(ReadinessWords.basis(e)).isEqualTo("3 answers, mostly applied questions; 1 of them in exam "
                + "simulations; 1 right answer marked as a guess counts for less; 1 right answer on questions whose "
                + "wording gives the key away counts for less. Next, practise more easy questions (Quiz, “Easy (recall) "
                + "questions”): few of your answers show how you do on them.");
    }

    @Test
    void largeCountsReadWithThousandsSeparatorsThroughout() {
        var objectives = ReadinessFixtures.examOutline().objectives();
        var history = new ArrayList<AnswerEvent>();
        var at = ReadinessFixtures.NOW.minusSeconds(30L * 86_400);
        for (int i = 0; i < 12_000; i++) {
            int q = i % 3_000;
            history.add(new AnswerEvent("q-" + q, List.of(objectives.get(q % objectives.size()).id()), i % 4 != 0,
                    at.plusSeconds(100L * i), 1 + q % 3, 0.25, i < 1_500, false, false));
        }
        assertThat(ReadinessWords.basis(estimate(history))).startsWith("12,000 answers, a mix of easy, applied and"
                + " scenario questions (4,000 / 4,000 / 4,000); 1,500 of them in exam simulations; 9,000 of them on"
                + " questions you had answered before");
    }

    @Test
    void repeatsAreNamedOnceTheyAreAQuarterOfTheAnswers() {
        var history = new ArrayList<AnswerEvent>();
        var at = ReadinessFixtures.NOW.minusSeconds(86_400);
        for (int o = 1; o <= 12; o++) {
            history.add(new AnswerEvent("fresh-" + o, List.of(id(1, o)), true, at, 2));
        }
        for (int k = 0; k < 3; k++) {
            history.add(new AnswerEvent("fresh-" + (k + 1), List.of(id(1, k + 1)), true, at.plusSeconds(60 + k), 2));
        }
        var fewRepeats = estimate(history);
        history.add(new AnswerEvent("fresh-4", List.of(id(1, 4)), true, at.plusSeconds(120), 2));
        var quarter = estimate(history);

        assertThat(fewRepeats.basis().repeats()).isEqualTo(3);
        assertThat(ReadinessWords.basis(fewRepeats)).doesNotContain("answered before");
        assertThat(quarter.basis().repeats()).isEqualTo(4);
        assertThat(ReadinessWords.basis(quarter)).startsWith("16 answers, mostly applied questions; 4 of them on"
                + " questions you had answered before, where remembering the key can flatter the estimate: new"
                + " questions show readiness best.");
    }

    @Test
    void aRecentExamOutsideTheRangeIsExplained() {
        var history = new ArrayList<AnswerEvent>();
        for (int round = 0; round < 6; round++) {
            for (int s = 1; s <= 3; s++) {
                for (ObjectiveId id : List.of(id(s, 1), id(s, 2), id(s, 3))) {
                    history.addAll(answers(id, 1, true, round));
                }
            }
        }
        var e = estimate(history);
        var today = LocalDate.ofInstant(ReadinessFixtures.NOW, ZoneOffset.UTC);
        var exam = new ExamResultPoint(today.minusDays(2), 5, 60, 100.0 * 5 / 60, false, 20);
        var snapshot = ReadinessSnapshots.build(today, "Exam", "v2", ReadinessFixtures.examOutline(),
                ReadinessFixtures.examMetadata(), e, Map.of(), List.of(exam), history, ZoneOffset.UTC);
        var old = ReadinessSnapshots.build(today, "Exam", "v2", ReadinessFixtures.examOutline(),
                ReadinessFixtures.examMetadata(), e, Map.of(), List.of(new ExamResultPoint(today.minusDays(60), 5, 60,
                        100.0 * 5 / 60, false, 20)), history, ZoneOffset.UTC);

        assertThat(ReadinessWords.examNote(snapshot)).hasValueSatisfying(n -> assertThat(n)
                .startsWith("Your exam simulation on " + today.minusDays(2) + " scored 8% (5 of 60 right), below this"
                        + " range: the estimate weighs it together with your 54 practice answers, which show more"));
        assertThat(ReadinessWords.examNote(old)).as("an exam two months old is not set beside today's figures").isEmpty();
    }

    @Test
    void withNoAnswersThePassChanceAsksForSome() {
        var e = estimate(List.of());
        assertThat(ReadinessWords.passWithheld(e))
                .contains("Not enough evidence for a pass chance yet: answer 60 questions, in Sections 1, 2 and 3 too.");
        var unknown = new ReadinessEstimate(e.at(), e.examVersion(), e.objectives(), e.sections(), 0.5, 0.3, 0.7, 0.4,
                0.1, 0.8, 70, Evidence.NONE);
        assertThat(ReadinessWords.passWithheld(unknown)).contains(
                "Not enough evidence for a pass chance yet: answer some questions first.");
    }

    @Test
    void probabilitiesNeverReadAsCertainties() {
        assertThat(ReadinessWords.probability(0.999)).isEqualTo("> 99%");
        assertThat(ReadinessWords.probability(0.001)).isEqualTo("< 1%");
        assertThat(ReadinessWords.probability(0.414)).isEqualTo("41%");
    }
}
