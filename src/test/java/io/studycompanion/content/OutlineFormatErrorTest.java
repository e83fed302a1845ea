package io.studycompanion.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Text the importer cannot understand is refused with the line and what was expected there. */
class OutlineFormatErrorTest {

    private final OutlineImporter importer = new OutlineImporter();

    private OutlineFormatException error(String text) {
        return catchThrowableOfType(OutlineFormatException.class, () -> importer.parse(text));
    }

    @Test
    void awsGuideIsReportedAtItsOwnOutlineHeading() {
        var e = error(ExamGuides.text("other-format-aws-mla-c01.txt"));
        assertThat(e.line()).isEqualTo(105);
        assertThat(e.getMessage()).isEqualTo("line 105: expected an \"Exam outline\" heading followed by "
                + "\"Section 1: <title>\" headings, found \"Content outline\" (an outline in another format)");
    }

    @Test
    void microsoftGuideIsReportedAtSkillsMeasured() {
        var e = error(ExamGuides.text("other-format-microsoft-ai-102-2021.txt"));
        assertThat(e.line()).isEqualTo(36);
        assertThat(e.detail()).startsWith("expected an \"Exam outline\" heading").endsWith("found \"Skills Measured\""
                + " (an outline in another format)");
    }

    @Test
    void emptyTextIsRefused() {
        assertThat(error("").getMessage()).isEqualTo("expected the text of an exam guide, found an empty text");
        assertThat(error(" \n\n\t\n").line()).isZero();
        assertThat(error("# source: somewhere\n# title: a guide\n").detail())
                .isEqualTo("expected the text of an exam guide, found only \"# \" provenance header lines");
    }

    @Test
    void proseWithoutAnOutlineIsRefused() {
        var e = error("Some notes about the exam.\nThey mention the outline in passing.\nNothing more.");
        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).isEqualTo("expected an \"Exam outline\" heading followed by \"Section 1: <title>\" "
                + "headings, found no such heading in 3 lines of text");
    }

    @Test
    void controlCharactersMeanBinaryContent() {
        assertThat(error("Databricks Certified X\nExam outline\u0000\u0001").getMessage())
                .isEqualTo("expected the plain text of an exam guide, found binary content (character U+0000 on line 2)");
    }

    @Test
    void outlineHeadingWithoutSectionsBeforeTheNextPart() {
        var e = error("""
                Databricks Certified Data Engineer Associate

                This version covers the currently live exam as of Mar 1, 2025.

                Exam outline

                Sample Questions
                """);
        assertThat(e.getMessage()).isEqualTo("line 7: expected a section heading like \"Section 1: <title>\" after "
                + "\"Exam outline\", found \"Sample Questions\"");
    }

    @Test
    void outlineHeadingAtTheEndOfTheText() {
        var e = error("Databricks Certified Data Engineer Associate\n\nExam Outline\n\n");
        assertThat(e.getMessage()).isEqualTo("line 3: expected a section heading like \"Section 1: <title>\" after "
                + "\"Exam Outline\", found the end of the text");
    }

    @Test
    void domainHeadingInsteadOfSection() {
        var text = "Databricks Certified Machine Learning Engineer\n" + "An introduction.\n".repeat(7)
                + "\nExam outline\n\nDomain 1: Data Preparation for ML\n- Ingest data\n";
        assertThat(error(text).getMessage()).isEqualTo("line 12: expected a section heading like "
                + "\"Section 1: <title>\" after \"Exam outline\", found \"Domain 1: Data Preparation for ML\"");
    }

    @Test
    void sectionWithoutObjectivesIsReportedAtItsHeading() {
        // Blank out Section 3's subsections and bullets in the current ML Professional outline (lines 400-409).
        var text = ExamGuides.blankOut(ExamGuides.text(ExamGuides.ML_PROFESSIONAL), 400, 409);
        var e = error(text);
        assertThat(e.line()).isEqualTo(398);
        assertThat(e.detail()).isEqualTo("expected objectives (bullets such as \"- \", \"●\" or \"•\") under "
                + "\"Section 3: Model Deployment\", found \"Sample Questions\" on line 411");
    }

    @Test
    void subsectionWithoutObjectivesIsReportedAtItsHeading() {
        var text = ExamGuides.blankOut(ExamGuides.text(ExamGuides.ML_PROFESSIONAL), 104, 110);
        var e = error(text);
        assertThat(e.line()).isEqualTo(102);
        assertThat(e.detail()).isEqualTo("expected objectives (bullets such as \"- \", \"●\" or \"•\") under "
                + "subsection \"Streaming\" of \"Section 3: Model Deployment\", found \"Real-time\" on line 112");
    }

    @Test
    void emptySectionBetweenOthers() {
        var e = error("Databricks Certified X\nExam outline\nSection 1: A\n- one\nSection 2: B\n\nSection 3: C\n- two\n");
        assertThat(e.getMessage()).isEqualTo("line 5: expected objectives (bullets such as \"- \", \"●\" or \"•\") "
                + "under \"Section 2: B\", found \"Section 3: C\" on line 7");
    }

    @Test
    void sectionsMustBeNumberedInOrder() {
        var e = error("Databricks Certified X\nExam outline\nSection 1: A\n- one\nSection 3: C\n- two\n");
        assertThat(e.getMessage()).isEqualTo("line 5: expected a section heading like \"Section 2: <title>\", "
                + "found \"Section 3: C\"");
    }

    @Test
    void guideWithoutTitle() {
        assertThat(error("Exam outline\nSection 1: A\n- one\n").getMessage()).isEqualTo(
                "line 1: expected the exam title (\"Databricks Certified <name>\") before \"Exam outline\", found none");
    }

    @Test
    void impossibleDate() {
        var e = error("Databricks Certified X\nThis version is live as of Feb 30, 2025.\nExam outline\n"
                + "Section 1: A\n- one\n");
        assertThat(e.getMessage()).isEqualTo("line 2: expected a calendar date like \"Mar 1, 2025\", found "
                + "\"as of Feb 30, 2025\"");
    }

    @Test
    void bulletsNestedThreeLevelsDeep() {
        var e = error("Databricks Certified X\nExam outline\nSection 1: A\n  ● Sub\n         ● one\n"
                + "                ● deeper\n");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.detail()).startsWith("expected an objective bullet at most one level below its subsection");
    }

    @Test
    void subsectionBulletWithoutNestedObjectives() {
        var e = error("Databricks Certified X\nExam outline\nSection 1: A\n  ● Sub\n         ● one\n  ● Lonely\n");
        assertThat(e.getMessage()).isEqualTo("line 6: expected objectives nested under \"Lonely\" as under the "
                + "other subsection bullets of \"Section 1: A\", found none");
    }

    @Test
    void headingLineAfterObjectivesOfASectionWithoutSubsections() {
        var e = error("Databricks Certified X\nExam outline\nSection 1: A\n- one\n\nStray heading\n- two\n");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.detail()).startsWith("expected an objective bullet or a line indented under the bullet above, "
                + "found \"Stray heading\"");
    }

    @Test
    void weightAboveHundredPercent() {
        var e = error("Databricks Certified X\nExam outline\nSection 1: A (120%)\n- one\n");
        assertThat(e.getMessage()).isEqualTo("line 3: expected a section weight between 0% and 100%, found "
                + "\"Section 1: A (120%)\"");
    }

    @Test
    void nothingIsReturnedWhenALaterGuideFails() {
        var text = ExamGuides.blankOut(ExamGuides.text(ExamGuides.ML_PROFESSIONAL), 400, 409);
        assertThatThrownBy(() -> importer.parse(text)).isInstanceOf(OutlineFormatException.class);
    }
}
