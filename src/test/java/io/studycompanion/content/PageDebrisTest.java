package io.studycompanion.content;

import static io.studycompanion.content.ExamGuides.objective;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Page debris inside lists. In the reference guide texts a page break inside an outline shows only as
 * a run of blank lines (no page number or running header survives there); those are covered by the
 * guide tests. Other extractions keep the debris, so these tests put typical page furniture in place of
 * the blank lines of real page breaks (same line count) and expect exactly the untouched guide's outline.
 */
class PageDebrisTest {

    private final OutlineImporter importer = new OutlineImporter();

    @Test
    void pageNumberAndRunningHeaderBetweenBulletsAreIgnored() {
        var name = "databricks-ml-associate-2025-03.txt";
        var text = replaceLines(ExamGuides.text(name), 84, "Page 3 of 9", "Databricks Exam Guide");
        var outline = importer.parse(text).get(0);
        assertThat(outline).isEqualTo(ExamGuides.single(name));
        assertThat(objective(outline, "2025-03-01:1.0.18"))
                .isEqualTo("Promote a challenger model to a champion model using aliases");
    }

    @Test
    void debrisInsideAWrappedObjectiveDoesNotEndIt() {
        var name = "databricks-de-associate-2026-05.txt";
        var text = replaceLines(ExamGuides.text(name), 87, "Databricks Exam Guide", "                  4");
        var outline = importer.parse(text).get(0);
        assertThat(outline).isEqualTo(ExamGuides.single(name));
        assertThat(objective(outline, "2026-05-04:3.0.2")).endsWith("multiple keys, cross join, union, and union all.");
    }

    @Test
    void repeatedTitleAndFooterInsideDashListsAreIgnored() {
        var text = ExamGuides.text(ExamGuides.ML_PROFESSIONAL);
        text = replaceLines(text, 72, "12");
        text = replaceLines(text, 115, "Databricks Certified Machine Learning Professional");
        text = replaceLines(text, 387, "© Databricks 2025");
        assertThat(importer.parse(text)).isEqualTo(ExamGuides.parse(ExamGuides.ML_PROFESSIONAL));
    }

    @Test
    void feedbackLinkRepeatedOnEveryPageIsIgnored() {
        var name = "databricks-spark-developer-associate-2025-06.txt";
        var text = replaceLines(ExamGuides.text(name), 84, "Provide Exam Guide Feedback", "- 5 -");
        assertThat(importer.parse(text).get(0)).isEqualTo(ExamGuides.single(name));
    }

    /** Replaces lines from {@code firstLine} on (1-based) with {@code replacements}, keeping the line count. */
    private static String replaceLines(String text, int firstLine, String... replacements) {
        var lines = text.split("\n", -1);
        for (int i = 0; i < replacements.length; i++) {
            assertThat(lines[firstLine - 1 + i]).as("line %d should be a blank page-break line", firstLine + i)
                    .isBlank();
            lines[firstLine - 1 + i] = replacements[i];
        }
        return String.join("\n", lines);
    }
}
