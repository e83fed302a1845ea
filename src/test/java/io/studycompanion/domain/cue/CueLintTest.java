package io.studycompanion.domain.cue;

import io.studycompanion.domain.Choice;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Question;
import io.studycompanion.domain.QuestionType;
import io.studycompanion.domain.Reference;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The cue statistics on small hand-made banks whose answers are known. */
class CueLintTest {
    private final CueLint lint = new CueLint(CueThresholds.SHIPPED);

    @Test
    void strategiesScoreExactlyWithTiesBrokenAtRandom() {
        var keyLongest = single("q1", "A", "a much longer key choice", "short", "tiny", "brief");
        var tied = single("q2", "A", "same size", "same size", "other", "x");
        var keyShortest = single("q3", "A", "key", "a longer one", "another longer", "the longest one here");
        assertThat(PickStrategy.LONGEST.score(keyLongest)).isEqualTo(1.0);
        assertThat(PickStrategy.LONGEST.score(tied)).isEqualTo(0.5);
        assertThat(PickStrategy.LONGEST.score(keyShortest)).isZero();
        assertThat(PickStrategy.SHORTEST.score(keyShortest)).isEqualTo(1.0);
        assertThat(PickStrategy.chance(keyLongest)).isEqualTo(0.25);
    }

    @Test
    void multipleAnswerIsAllOrNothingOverTheNLongest() {
        var twoLongest = multiple("m1", Set.of("A", "B"), "first long key text", "second long key", "no", "nope", "nah");
        var oneOfTwo = multiple("m2", Set.of("A", "C"), "first long key text", "second long distractor", "k",
                "nope", "nah");
        var tiedThird = multiple("m3", Set.of("A", "B"), "the longest key here", "same", "same", "same", "x");
        assertThat(PickStrategy.LONGEST.score(twoLongest)).isEqualTo(1.0);
        assertThat(PickStrategy.LONGEST.score(oneOfTwo)).isZero();
        assertThat(PickStrategy.LONGEST.score(tiedThird)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(PickStrategy.chance(twoLongest)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aBankWhoseKeysStandOutIsPastTheLimits() {
        var bank = new ArrayList<Question>();
        for (int i = 0; i < 20; i++) {
            bank.add(single("long-" + i, "A", "Register the model version " + i + " in Unity Catalog with an alias",
                    "Use stage " + i, "Never log it", "Only copy files"));
        }
        var report = lint.check(bank, bank);
        assertThat(report.figures().longest()).isEqualTo(1.0);
        assertThat(report.figures().keyUniquelyLongest()).isEqualTo(1.0);
        assertThat(report.figures().medianLengthRatio()).isGreaterThan(3);
        assertThat(report.figures().absoluteInDistractors()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(report.withinLimits()).isFalse();
        assertThat(report.breaches()).anyMatch(b -> b.startsWith("picking the longest choice scores 100.0%"))
                .anyMatch(b -> b.startsWith("absolute words stand in 66.7% of distractors and 0.0% of keys"));
        assertThat(report.items()).filteredOn(c -> c.questionId().equals("long-0")).extracting(ItemCue::flag)
                .contains(CueFlag.LONG_KEY, CueFlag.ABSOLUTES);
    }

    @Test
    void aBalancedBankIsWithinTheLimits() {
        var bank = new ArrayList<Question>();
        String[] texts = {"Log the run's metrics", "Set an alias on it", "Tag the model's run", "Write a table"};
        for (int i = 0; i < 24; i++) {
            var key = String.valueOf("ABCD".charAt(i % 4));
            bank.add(single("bal-" + i, key, texts[0] + " " + i, texts[1] + " " + i, texts[2] + " " + i,
                    texts[3] + " " + i));
        }
        var report = lint.check(bank, bank);
        assertThat(report.figures().longest()).isLessThanOrEqualTo(0.30);
        assertThat(report.figures().shortest()).isLessThanOrEqualTo(0.30);
        assertThat(report.figures().medianLengthRatio()).isBetween(0.90, 1.12);
        assertThat(report.breaches()).as("near-duplicate stems break it").singleElement().asString()
                .contains("near-duplicate stems");
    }

    @Test
    void echoHedgeAndAllOfTheAboveAreFlaggedAndAWrittenReasonKeepsAnItem() {
        var echo = single("echo", "A", "Set checkpointLocation per query", "Raise the trigger interval",
                "Add more workers", "Repartition by key", "A streaming query restarts; where does checkpointLocation live?");
        var hedge = single("hedge", "B", "Drop the column", "It can be retrained", "Drop the row", "Keep the index");
        var all = single("all", "D", "Alias", "Stage", "Tag", "All of the above");
        var kept = withNotes(echo, Map.of("echo", "the option name is what the question asks for"));
        var report = lint.check(List.of(echo, hedge, all, kept.withId("kept")), List.of());
        assertThat(report.items()).extracting(ItemCue::questionId, ItemCue::flag).contains(
                org.assertj.core.groups.Tuple.tuple("echo", CueFlag.ECHO),
                org.assertj.core.groups.Tuple.tuple("hedge", CueFlag.HEDGE),
                org.assertj.core.groups.Tuple.tuple("all", CueFlag.ALL_OR_NONE));
        assertThat(report.items()).filteredOn(i -> i.questionId().equals("echo") && i.flag() == CueFlag.ECHO).singleElement()
                .satisfies(i -> assertThat(i.detail()).contains("checkpointlocation"));
        assertThat(report.unexplained()).noneMatch(i -> i.questionId().equals("kept") && i.flag() == CueFlag.ECHO);
        assertThat(report.figures().allOrNone()).isEqualTo(1);
    }

    @Test
    void nearDuplicateStemsAreFoundWithinAndAgainstTheBank() {
        var stem = "A retail team retrains a demand model every night on fresh sales data and wants the "
                + "registered champion replaced only when the new version scores better on the holdout set.";
        var a = single("a", "A", "one", "two", "three", "four", stem);
        var b = single("b", "A", "one", "two", "three", "four", stem.replace("retail", "grocery"));
        var c = single("c", "A", "one", "two", "three", "four", "Which estimator fits a pipeline?");
        var report = lint.check(List.of(b), List.of(a, c));
        assertThat(report.figures().nearDuplicates()).singleElement()
                .satisfies(p -> assertThat(List.of(p.first(), p.second())).containsExactly("b", "a"));
        assertThat(report.items()).anyMatch(i -> i.flag() == CueFlag.NEAR_DUPLICATE && i.questionId().equals("b"));
    }

    private static Question single(String id, String key, String a, String b, String c, String d) {
        return single(id, key, a, b, c, d, "Which is right for case " + id + "?");
    }

    private static Question single(String id, String key, String a, String b, String c, String d, String stem) {
        return question(id, QuestionType.SINGLE, Set.of(key), stem, a, b, c, d);
    }

    private static Question multiple(String id, Set<String> keys, String... texts) {
        return question(id, QuestionType.MULTIPLE, keys, "Which two? Case " + id, texts);
    }

    private static Question question(String id, QuestionType type, Set<String> keys, String stem, String... texts) {
        var choices = new ArrayList<Choice>();
        for (int i = 0; i < texts.length; i++) {
            choices.add(new Choice(String.valueOf((char) ('A' + i)), texts[i], "why"));
        }
        return new Question(id, List.of(ObjectiveId.parse("2025-09-30:1.1.1")), type, keys.size(), 2, stem, choices,
                keys, "Because.", List.of(new Reference("Doc", "https://docs.databricks.com")), Optional.empty(),
                Map.of());
    }

    private static Q withNotes(Question q, Map<String, String> notes) {
        return new Q(q, notes);
    }

    /** A copy of a question with other cue notes or id. */
    private record Q(Question q, Map<String, String> notes) {
        Question withId(String id) {
            return new Question(id, q.objectives(), q.type(), q.choose(), q.difficulty(), q.stem(), q.choices(),
                    q.key(), q.explanation(), q.references(), q.platformNote(), notes);
        }
    }
}
