package io.studycompanion.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.studycompanion.domain.Outline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Version labels and dates, from what each guide's introduction says. */
class OutlineVersionTest {

    private static final String OUTLINE = "\nExam outline\nSection 1: Basics\n- Know the basics\n\nSample Questions\n";

    private static String guide(String title, String intro) {
        return title + "\n\n" + intro + "\n" + OUTLINE;
    }

    private static List<Outline> parse(String... guides) {
        return new OutlineImporter().parse(String.join("\n", guides));
    }

    @Test
    void guideWithoutDatesIsUndated() {
        var outline = parse(guide("Databricks Certified Lakehouse Fundamentals", "An introduction.")).get(0);
        assertThat(outline.version()).isEqualTo("undated");
        assertThat(outline.effectiveFrom()).isEmpty();
        assertThat(outline.effectiveUntil()).isEmpty();
        assertThat(outline.objectives().get(0).id().toString()).isEqualTo("undated:1.0.1");
    }

    @Test
    void severalUndatedGuidesInOneFileAreNumbered() {
        var outlines = parse(guide("Databricks Certified A", "No date."), guide("Databricks Certified B", "None."),
                guide("Databricks Certified C", "Still none."));
        assertThat(outlines).extracting(Outline::version).containsExactly("undated", "undated-2", "undated-3");
    }

    @Test
    void announcedChangeEndsThisVersionAndStartsTheNextUndatedOne() {
        var outlines = parse(guide("Databricks Certified A", "This exam will change on March 2, 2026."),
                guide("Databricks Certified A", "The new guide."));
        assertThat(outlines).extracting(Outline::version).containsExactly("until-2026-03-01", "2026-03-02");
        assertThat(outlines.get(0).effectiveUntil()).contains(LocalDate.of(2026, 3, 1));
        assertThat(outlines.get(1).effectiveFrom()).contains(LocalDate.of(2026, 3, 2));
        assertThat(outlines.get(1).effectiveUntil()).isEmpty();
    }

    @Test
    void nextGuideKeepsItsOwnDate() {
        var outlines = parse(guide("Databricks Certified A", "This exam will change on Jan 5, 2026."),
                guide("Databricks Certified A", "This version covers the currently live version as of Jan 6, 2026."));
        assertThat(outlines).extracting(Outline::version).containsExactly("until-2026-01-04", "2026-01-06");
    }

    @Test
    void announcementOnlyReachesTheGuideRightAfterIt() {
        var outlines = parse(guide("Databricks Certified A", "This exam will change on Jan 5, 2026."),
                guide("Databricks Certified A", "Next."), guide("Databricks Certified A", "And another."));
        assertThat(outlines).extracting(Outline::version).containsExactly("until-2026-01-04", "2026-01-05", "undated");
    }

    @Test
    void liveDateWrappedOverTwoLinesAndAbbreviated() {
        var outline = parse(guide("Databricks Certified A", "This version covers the currently live version as of\n"
                + "Sept 2, 2025. Please check back.")).get(0);
        assertThat(outline.version()).isEqualTo("2025-09-02");
        assertThat(outline.effectiveFrom()).contains(LocalDate.of(2025, 9, 2));
    }

    @Test
    void guideWithStartAndAnnouncedChangeIsNamedByItsStart() {
        var outline = parse(guide("Databricks Certified A",
                "Live as of Mar 1, 2025. This exam will change on July 25, 2025.")).get(0);
        assertThat(outline.version()).isEqualTo("2025-03-01");
        assertThat(outline.effectiveFrom()).contains(LocalDate.of(2025, 3, 1));
        assertThat(outline.effectiveUntil()).contains(LocalDate.of(2025, 7, 24));
    }

    @Test
    void secondGuideWithoutTitleIsTheSameExam() {
        var outlines = parse(guide("Databricks Certified Data Analyst Associate", "This exam will change on "
                + "May 1, 2026."), OUTLINE);
        assertThat(outlines).extracting(Outline::examTitle).containsOnly("Databricks Certified Data Analyst Associate");
        assertThat(outlines).extracting(Outline::effectiveFrom)
                .containsExactly(Optional.empty(), Optional.of(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void titleWrappedAfterTheRunningHeader() {
        var text = "Databricks Exam Guide\nDatabricks Certified\nData Engineer Associate\n\n"
                + "            Provide Exam Guide Feedback\n" + OUTLINE;
        assertThat(parse(text).get(0).examTitle()).isEqualTo("Databricks Certified Data Engineer Associate");
    }

    @Test
    void provenanceHeaderIsSkippedButLinesKeepTheirNumbers() {
        var text = "# source: somewhere\n# title: Databricks Certified Fake (as of Jan 1, 2020)\n"
                + guide("Databricks Certified A", "Intro.");
        assertThat(parse(text).get(0).version()).isEqualTo("undated");
    }
}
