package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextLayoutTest {
    private PDDocument document;
    private ReportFonts fonts;

    @BeforeEach
    void loadFonts() throws IOException {
        document = new PDDocument();
        fonts = ReportFonts.load(document);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void wrappedLinesNeverExceedTheWidthAndKeepEveryWord() {
        var text = "Design an integration test for machine learning systems that incorporates common pipelines: "
                + "feature engineering, training, evaluation, deployment, and inference. " + "x".repeat(120);

        var lines = TextLayout.wrap(fonts.regular(), 8.5f, text, 150f);

        assertThat(lines).hasSizeGreaterThan(3)
                .allMatch(line -> TextLayout.width(fonts.regular(), 8.5f, line) <= 150f);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Test
    void fitShortensWithAnEllipsisOnlyWhenNeeded() {
        assertThat(TextLayout.fit(fonts.bold(), 9f, "Model Development", 200f)).isEqualTo("Model Development");

        var fitted = TextLayout.fit(fonts.bold(), 9f, "Drift Detection and Lakehouse Monitoring", 80f);

        assertThat(fitted).endsWith("…");
        assertThat(TextLayout.width(fonts.bold(), 9f, fitted)).isLessThanOrEqualTo(80f);
    }

    @Test
    void cleanKeepsTypographyAndReplacesWhatTheFontCannotDraw() {
        assertThat(TextLayout.clean(fonts.regular(), "≥ ✓ – … “q” ’")).isEqualTo("≥ ✓ – … “q” ’");
        assertThat(TextLayout.clean(fonts.bold(), "✓ ≥")).isEqualTo("✓ ≥");
        assertThat(TextLayout.clean(fonts.regular(), "a\tb🚀")).isEqualTo("a b?");
    }

    @Test
    void formatsPercentsAndRanges() {
        assertThat(ReportFormat.percent(0.684)).isEqualTo("68%");
        assertThat(ReportFormat.range(0.605, 0.754)).isEqualTo("61–75%");
    }
}
