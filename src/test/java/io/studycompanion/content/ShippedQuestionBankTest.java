package io.studycompanion.content;

import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.QuestionType;
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
        var result = new QuestionBankLoader(known).loadBundled(getClass().getClassLoader());
        assertThat(result.problems()).isEmpty();

        var coverage = Coverage.of(catalog.defaultExam().outline(), result.questions());
        assertThat(coverage.questions()).isGreaterThanOrEqualTo(300);
        assertThat(coverage.perObjective()).hasSize(47).allSatisfy((id, n) -> assertThat(n).as(id.toString()).isGreaterThanOrEqualTo(6));
        assertThat(coverage.sectionShare(1)).isBetween(39.0, 49.0);
        assertThat(coverage.sectionShare(2)).isBetween(39.0, 49.0);
        assertThat(coverage.sectionShare(3)).isBetween(7.0, 17.0);
        assertThat(coverage.typeShare(QuestionType.MULTIPLE)).isGreaterThanOrEqualTo(20.0);
        assertThat(coverage.codeShare()).isGreaterThanOrEqualTo(25.0);
        assertThat(coverage.perDifficulty().values()).allMatch(n -> n >= coverage.questions() / 6);
    }
}
