package io.studycompanion.content;

import static io.studycompanion.content.ExamGuides.objective;
import static io.studycompanion.content.ExamGuides.objectivesPerSection;
import static io.studycompanion.content.ExamGuides.single;
import static io.studycompanion.content.ExamGuides.subsectionsPerSection;
import static org.assertj.core.api.Assertions.assertThat;

import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Section;
import io.studycompanion.domain.Subsection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The other Databricks guides: same family of formats, other quirks. Every expected count below was
 * counted by hand in the guide text, bullet by bullet, not taken from the importer's output.
 */
class DatabricksGuidesOutlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            databricks-de-associate-2025-03.txt         | Databricks Certified Data Engineer Associate | 2025-03-01 | 0 | 15 27 39 9 12
            databricks-de-associate-2026-05.txt         | Databricks Certified Data Engineer Associate | 2026-05-04 | 0 | 2 7 7 4 4 5 4
            databricks-de-professional-2025-03.txt      | Databricks Certified Data Engineer Professional | 2025-03-01 | 0 | 6 12 12 2 5 9
            databricks-de-professional-2026-07.txt      | Databricks Certified Data Engineer Professional | 2026-07-03 | 8 | 11 2 2 3 6 6 5 2 5 4
            databricks-genai-engineer-associate-2025-04.txt | Databricks Certified Generative AI Engineer Associate | 2025-04-18 | 0 | 5 10 17 13 6 8
            databricks-ml-associate-2025-03.txt         | Databricks Certified Machine Learning Associate | 2025-03-01 | 0 | 18 9 15 6
            databricks-spark-developer-associate-2025-06.txt | Databricks Certified Associate Developer for Apache Spark | 2025-06-02 | 0 | 7 4 10 3 4 2 2
            """)
    void countsMatchTheGuide(String file, String title, String version, long subsections, String perSection) {
        var outline = single(file);
        var expected = Arrays.stream(perSection.split(" ")).map(Integer::valueOf).toList();
        assertThat(outline.examTitle()).isEqualTo(title);
        assertThat(outline.version()).isEqualTo(version);
        assertThat(outline.effectiveFrom()).contains(LocalDate.parse(version));
        assertThat(outline.effectiveUntil()).isEmpty();
        assertThat(outline.subsectionCount()).isEqualTo(subsections);
        assertThat(objectivesPerSection(outline)).isEqualTo(expected);
    }

    @Test
    void summariesOfEveryGuide() {
        assertThat(single("databricks-de-associate-2025-03.txt").summary())
                .isEqualTo("2025-03-01: sections=5 subsections=0 objectives=102");
        assertThat(single("databricks-de-professional-2026-07.txt").summary())
                .isEqualTo("2026-07-03: sections=10 subsections=8 objectives=46");
        assertThat(single("databricks-genai-engineer-associate-2025-04.txt").summary())
                .isEqualTo("2025-04-18: sections=6 subsections=0 objectives=59");
    }

    @Test
    void sectionsWithoutSubsectionsUseImplicitSubsectionZero() {
        var section = single("databricks-de-associate-2025-03.txt").sections().get(0);
        assertThat(section.subsections()).singleElement()
                .satisfies(u -> assertThat(u.number()).isZero())
                .satisfies(u -> assertThat(u.title()).isEmpty());
        assertThat(section.objectives().get(2).id().toString()).isEqualTo("2025-03-01:1.0.3");
    }

    @Test
    void wrappedObjectivesAreJoinedWithSingleSpaces() {
        assertThat(objective(single("databricks-de-associate-2025-03.txt"), "2025-03-01:1.0.3")).isEqualTo(
                "Compare and contrast silver and gold tables, which workloads will use a bronze table as a source, "
                        + "which workloads will use a gold table as a source.");
        assertThat(objective(single("databricks-spark-developer-associate-2025-06.txt"), "2025-06-02:4.0.3"))
                .isEqualTo("Perform logging and monitoring of Spark applications - publish, customize, and analyze "
                        + "Driver logs and Executor logs to diagnose out-of-memory errors, cluster underutilization, "
                        + "etc.");
    }

    @Test
    void lineWrappedAcrossAPageBreakStillContinuesItsBullet() {
        // Lines 86-89 of de-associate-2026-05: "...multiple", two blank lines (page break), "keys, cross join...".
        assertThat(objective(single("databricks-de-associate-2026-05.txt"), "2026-05-04:3.0.2")).isEqualTo(
                "Combine DataFrames with operations such as Inner join, left join, broadcast join, multiple keys, "
                        + "cross join, union, and union all.");
    }

    @Test
    void bulletAfterAPageBreakStaysInItsSection() {
        assertThat(objective(single("databricks-ml-associate-2025-03.txt"), "2025-03-01:1.0.18"))
                .isEqualTo("Promote a challenger model to a champion model using aliases");
        assertThat(objective(single("databricks-de-associate-2025-03.txt"), "2025-03-01:2.0.4"))
                .isEqualTo("Identify that tables from external sources are not Delta Lake tables.");
    }

    @Test
    void weightsAreTakenFromHeadingsAndLeftOutOfTitles() {
        var outline = single("databricks-de-associate-2026-05.txt");
        assertThat(outline.sections()).extracting(s -> s.weightPercent().getAsInt())
                .containsExactly(6, 21, 22, 16, 10, 10, 15);
        assertThat(outline.sections().get(1).title()).isEqualTo("Data Ingestion and Loading");
    }

    @Test
    void bulletsWithNestedBulletsAreSubsections() {
        var outline = single("databricks-de-professional-2026-07.txt");
        assertThat(subsectionsPerSection(outline)).containsExactly(2L, 0L, 0L, 0L, 2L, 0L, 2L, 0L, 2L, 0L);
        assertThat(outline.sections().get(0).subsections()).extracting(Subsection::title).containsExactly(
                "Using Python and Tools for development",
                "Building and Testing an ETL pipeline with Lakeflow Spark Declarative Pipelines, SQL, and Apache "
                        + "Spark on the Databricks Platform");
        assertThat(outline.sections().get(8).subsections()).extracting(Subsection::title)
                .containsExactly("Debugging and Troubleshooting", "Deploying CI/CD");
        assertThat(objective(outline, "2026-07-03:5.2.2")).isEqualTo("Use the Lakeflow Jobs UI and Jobs API to set "
                + "up notifications for job status and performance issues.");
    }

    @Test
    void headingQuirksOfTheDataEngineerProfessionalGuide() {
        var outline = single("databricks-de-professional-2026-07.txt");
        // "Section 2: Data Ingestion & Acquisition:" ends in a colon; " Section 6: …" is indented.
        assertThat(outline.sections()).extracting(Section::title).contains("Data Ingestion & Acquisition",
                "Cost & Performance Optimization");
        // Section 6 shifts its bullets between columns 2 and 3: siblings, not nesting.
        assertThat(outline.sections().get(5).subsections()).singleElement()
                .satisfies(u -> assertThat(u.objectives()).hasSize(6));
    }

    @Test
    void strayBulletIsKeptAsPublished() {
        // The guide splits "…reduces operations / Overhead and maintenance burden." into two bullets
        // (line 124-125). It is a bullet in the source, so it stays an objective; guessing merges is riskier.
        var outline = single("databricks-de-professional-2026-07.txt");
        assertThat(objective(outline, "2026-07-03:6.0.1"))
                .isEqualTo("Understand how / why using Unity Catalog managed tables reduces operations");
        assertThat(objective(outline, "2026-07-03:6.0.2")).isEqualTo("Overhead and maintenance burden.");
    }

    @Test
    void repeatedBulletsAreKeptAsSeparateObjectives() {
        // Decision: the Gen AI guide prints some bullets twice in one section (4.0.8 = 4.0.12, 3.0.7 = 3.0.15,
        // 5.0.1 = 5.0.6). They are kept: ids are positions in the published list, so dropping one would
        // renumber every later objective away from the guide a learner reads.
        var outline = single("databricks-genai-engineer-associate-2025-04.txt");
        assertThat(objective(outline, "2025-04-18:4.0.8")).isEqualTo("Create and query a Vector Search index")
                .isEqualTo(objective(outline, "2025-04-18:4.0.12"));
        assertThat(objective(outline, "2025-04-18:3.0.7")).isEqualTo(objective(outline, "2025-04-18:3.0.15"));
        assertThat(objective(outline, "2025-04-18:5.0.1"))
                .isEqualTo("Use masking techniques as guard rails to meet a performance objective")
                .isEqualTo(objective(outline, "2025-04-18:5.0.6"));
    }

    @Test
    void repeatedBulletsInDifferentSectionsAreDifferentObjectives() {
        var outline = single("databricks-de-professional-2025-03.txt");
        assertThat(objective(outline, "2025-03-01:1.0.6")).isEqualTo(objective(outline, "2025-03-01:2.0.2"));
    }

    @Test
    void everyGuideParsesFromItsFile() throws Exception {
        for (var name : ExamGuides.DATABRICKS) {
            List<Outline> fromFile = new OutlineImporter().parse(ExamGuides.path(name));
            assertThat(fromFile).as(name).isEqualTo(ExamGuides.parse(name));
        }
    }
}
