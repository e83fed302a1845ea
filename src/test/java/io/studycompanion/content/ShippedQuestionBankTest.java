package io.studycompanion.content;

import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.QuestionType;
import io.studycompanion.domain.cue.CueLint;
import io.studycompanion.domain.cue.CueThresholds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank shipped with the app passes validation and meets the coverage targets of the content guide. */
class ShippedQuestionBankTest {
    private final ExamCatalogLoader catalogLoader = new ExamCatalogLoader(getClass().getClassLoader());

    @Test
    void shippedBankValidatesAndMeetsItsTargets() {
        var catalog = catalogLoader.load();
        var known = catalog.versions().stream().flatMap(v -> v.outline().objectives().stream())
                .map(o -> o.id()).collect(java.util.stream.Collectors.toSet());
        var result = new QuestionBankLoader(known).loadBundled(getClass().getClassLoader(), true);
        assertThat(result.problems()).isEmpty();

        var coverage = Coverage.of(catalog.defaultExam().outline(), result.questions());
        assertThat(coverage.questions()).isGreaterThanOrEqualTo(600);
        assertThat(coverage.perObjective()).hasSize(47).allSatisfy((id, n) -> assertThat(n).as(id.toString()).isGreaterThanOrEqualTo(10));
        assertThat(coverage.sectionShare(1)).as("blueprint 44%, ±3").isBetween(41.0, 47.0);
        assertThat(coverage.sectionShare(2)).as("blueprint 44%, ±3").isBetween(41.0, 47.0);
        assertThat(coverage.sectionShare(3)).as("blueprint 12%, ±3").isBetween(9.0, 15.0);
        assertThat(coverage.typeShare(QuestionType.MULTIPLE)).isGreaterThanOrEqualTo(25.0);
        assertThat(coverage.codeShare()).isGreaterThanOrEqualTo(30.0);
        var n = (double) coverage.questions();
        assertThat(100 * coverage.perDifficulty().get(1) / n).as("difficulty 1, near 25%").isBetween(20.0, 30.0);
        assertThat(100 * coverage.perDifficulty().get(2) / n).as("difficulty 2, near 45%").isBetween(40.0, 50.0);
        assertThat(100 * coverage.perDifficulty().get(3) / n).as("difficulty 3, near 30%").isBetween(25.0, 35.0);
    }

    /** The wording gives no key away: every bank-level cue figure within its limit, every item flag fixed or explained. */
    @Test
    void shippedBankHasNoAnswerCues() {
        var catalog = catalogLoader.load();
        var known = catalog.versions().stream().flatMap(v -> v.outline().objectives().stream())
                .map(o -> o.id()).collect(java.util.stream.Collectors.toSet());
        var bank = new QuestionBankLoader(known).loadBundled(getClass().getClassLoader()).questions();
        var report = new CueLint(CueThresholds.SHIPPED).check(bank, bank);
        var f = report.figures();
        assertThat(report.breaches()).isEmpty();
        assertThat(f.longest()).as("longest-choice strategy").isLessThanOrEqualTo(0.30);
        assertThat(f.shortest()).as("shortest-choice strategy").isLessThanOrEqualTo(0.30);
        assertThat(f.keyUniquelyLongest()).as("key uniquely longest, single answer").isLessThanOrEqualTo(0.32);
        assertThat(f.medianLengthRatio()).as("median key ÷ mean distractor length").isBetween(0.90, 1.12);
        assertThat(f.absoluteInDistractors()).isLessThanOrEqualTo(1.5 * f.absoluteInKeys());
        assertThat(f.nearDuplicates()).isEmpty();
        assertThat(report.unexplained()).as("item cues without a written reason in the question file").isEmpty();
    }
}
