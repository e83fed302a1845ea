package io.studycompanion.content;

import static io.studycompanion.content.ExamGuides.ML_PROFESSIONAL;
import static io.studycompanion.content.ExamGuides.objective;
import static io.studycompanion.content.ExamGuides.objectivesPerSection;
import static io.studycompanion.content.ExamGuides.subsectionsPerSection;
import static org.assertj.core.api.Assertions.assertThat;

import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Section;
import io.studycompanion.domain.Subsection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The product's own exam. Expected numbers were counted by hand from the guide text: the retired
 * outline (lines 38-142) and the current one (lines 322-410) of databricks-ml-professional.txt.
 */
class MlProfessionalOutlineTest {

    private static final String TITLE = "Databricks Certified Machine Learning Professional";

    private final List<Outline> outlines = ExamGuides.parse(ML_PROFESSIONAL);
    private final Outline retired = outlines.get(0);
    private final Outline current = outlines.get(1);

    @Test
    void fileHoldsTheRetiredOutlineThenTheCurrentOne() {
        assertThat(outlines).extracting(Outline::summary).containsExactly(
                "until-2025-09-29: sections=4 subsections=12 objectives=57",
                "2025-09-30: sections=3 subsections=11 objectives=47");
        assertThat(outlines).extracting(Outline::examTitle).containsOnly(TITLE);
    }

    @Test
    void retiredVersionEndsTheDayBeforeTheAnnouncedChange() {
        // "This exam will change on September 30, 2025" → last day Sep 29; the guide states no start date.
        assertThat(retired.version()).isEqualTo("until-2025-09-29");
        assertThat(retired.effectiveFrom()).isEmpty();
        assertThat(retired.effectiveUntil()).contains(LocalDate.of(2025, 9, 29));
    }

    @Test
    void currentVersionIsLiveAsOfItsStatedDate() {
        assertThat(current.version()).isEqualTo("2025-09-30");
        assertThat(current.effectiveFrom()).contains(LocalDate.of(2025, 9, 30));
        assertThat(current.effectiveUntil()).isEmpty();
    }

    @Test
    void retiredOutlineHasThreeSubsectionsPerSection() {
        assertThat(retired.sections()).extracting(Section::title).containsExactly(
                "Experimentation", "Model Lifecycle Management", "Model Deployment", "Solution and Data Monitoring");
        assertThat(subsectionsPerSection(retired)).containsExactly(3L, 3L, 3L, 3L);
        assertThat(objectivesPerSection(retired)).containsExactly(9, 16, 20, 12);
    }

    @Test
    void currentOutlineSectionsAndSubsections() {
        assertThat(current.sections()).extracting(Section::title)
                .containsExactly("Model Development", "MLOps", "Model Deployment");
        assertThat(subsectionsPerSection(current)).containsExactly(4L, 5L, 2L);
        assertThat(objectivesPerSection(current)).containsExactly(22, 20, 5);
        assertThat(current.sections().get(1).subsections()).extracting(Subsection::title).containsExactly(
                "Model Lifecycle Management", "Validation Testing", "Environment Architectures",
                "Automated Retraining", "Drift Detection and Lakehouse Monitoring");
        assertThat(current.sections().get(1).subsections()).extracting(u -> u.objectives().size())
                .containsExactly(2, 4, 2, 2, 10);
    }

    @Test
    void objectiveIdsFollowPositionWithinSubsection() {
        assertThat(objective(current, "2025-09-30:1.1.1")).isEqualTo(
                "Identify when SparkML is recommended based on the data, model, and use case requirements.");
        assertThat(objective(current, "2025-09-30:2.5.10")).isEqualTo("Monitor endpoint health by tracking "
                + "infrastructure metrics such as latency, request rate, error rate, CPU usage, and memory usage.");
        assertThat(objective(current, "2025-09-30:3.2.3")).isEqualTo(
                "Deploy custom model objects using MLflow deployments SDK, REST API or user interface.");
        assertThat(objective(retired, "until-2025-09-29:4.3.3")).isEqualTo(
                "Test whether the updated model performs better on the more recent data");
    }

    @Test
    void blankLinesInsideAListDoNotEndTheSubsection() {
        // Lines 72, 115 and 387 are blank lines between two bullets of the same subsection.
        assertThat(objective(retired, "until-2025-09-29:2.2.3"))
                .isEqualTo("Add metadata to a registered model and a registered model version");
        assertThat(objective(retired, "until-2025-09-29:3.3.2"))
                .isEqualTo("Identify JIT feature values as a need for real-time deployment");
        assertThat(objective(current, "2025-09-30:2.5.2")).isEqualTo("Identify the data table type and Lakehouse "
                + "Monitoring feature that will resolve a use case need and explain why.");
    }

    @Test
    void headingsStateNoWeights() {
        assertThat(outlines).flatExtracting(Outline::sections).extracting(Section::weightPercent)
                .allMatch(weight -> weight.isEmpty());
    }

    @Test
    void readingTheFileGivesTheSameOutlines() throws Exception {
        assertThat(new OutlineImporter().parse(ExamGuides.path(ML_PROFESSIONAL))).isEqualTo(outlines);
    }
}
