package io.studycompanion.report;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ObjectiveMastery;
import io.studycompanion.domain.readiness.ObjectiveRow;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessReportTest {
    /** The PDFs are also kept here, to be rendered and looked at (pdftoppm -png -r 60). */
    private static final Path SAMPLES = Path.of("target", "report-samples");
    private static byte[] rich;
    private static byte[] empty;

    @BeforeAll
    static void writeReports() throws IOException {
        rich = write(ReportFixtures.rich());
        empty = write(ReportFixtures.empty());
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve("readiness-rich.pdf"), rich);
        Files.write(SAMPLES.resolve("readiness-empty.pdf"), empty);
    }

    @Test
    void richReportShowsTitleAndHeadlineFiguresAsFormatted() throws IOException {
        var text = text(rich);

        assertThat(text).contains("Readiness report — " + ReportFixtures.TITLE)
                .contains("20 November 2025").contains("Exam version: " + ReportFixtures.LABEL)
                .contains("PREDICTED SCORE 68% likely between 61% and 75%")
                .contains("PASS PROBABILITY 41% likely between 27% and 56%")
                .contains("What this rests on: 312 answers, mostly easy questions; the estimate allows for that")
                .contains("PASS MARK 70% unofficial")
                .contains("the chance of guessing it", "of remembering the key", "mix of easy and hard questions",
                        "ranges hold 80% of the outcomes")
                .doesNotContain("Not enough evidence yet");
    }

    @Test
    void richReportListsEveryObjectivePositionAndItsMarks() throws IOException {
        var tokens = new HashSet<>(Arrays.asList(text(rich).split(" ")));

        assertThat(ReportFixtures.positions()).hasSize(47).contains("2.5.10");
        assertThat(tokens).containsAll(ReportFixtures.positions());
        assertThat(text(rich)).contains("✓", "≥", "too few answers", "Section 2 · MLOps",
                "Pass mark ≥ 70% (unofficial)", "7 Nov 2025 41 / 60 68% Fail 111", "Pass");
    }

    @Test
    void untriedObjectivesAreListedApartWithTheirShareAndNoRankedRowReadsZero() throws IOException {
        var text = text(rich);
        var untried = ReportFixtures.rich().untried();

        // Before: untried objectives sat in the weakest table with their prior's gap (0 pts, priority 0.00).
        assertThat(untried).hasSize(4);
        assertThat(text).contains(ObjectiveTables.UNTRIED + "4 objectives, ")
                .contains(untried.get(0).id().position() + " (2.2%)")
                .doesNotContain(" 0 pts", " 0.00");
        assertThat(text(empty)).containsPattern(ObjectiveTables.UNTRIED + "all 47 objectives, \\d+% of the exam\\.");
        assertThat(ObjectiveTables.priority(0.00002)).isEqualTo("< 0.01");
        assertThat(ObjectiveTables.priority(0.0123)).isEqualTo("1.23");
        // Before: after 200 right answers the pass chance's range read "100–100%" (probabilities now come
        // from ReadinessWords, tested there).
        assertThat(text).doesNotContain("100–100%");
    }

    @Test
    void richReportWrapsLongObjectivesAndSpansPagesWithFooters() throws IOException {
        try (var document = Loader.loadPDF(rich)) {
            int pages = document.getNumberOfPages();
            var text = text(rich);

            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages,
                    "generated 20 November 2025");
            assertThat(text).contains("Monitor endpoint health by tracking infrastructure metrics such as latency, "
                    + "request rate, error rate, CPU usage, and memory usage.");
        }
    }

    @Test
    void emptyReportSaysThereIsNoEvidenceAndStillRendersEverySection() throws IOException {
        var text = text(empty);

        assertThat(text).contains(HeadlineBlock.NO_EVIDENCE, HeadlineBlock.NO_EVIDENCE_DETAIL)
                .contains("PREDICTED SCORE — no answers yet")
                .contains("No section estimates yet", "Not enough history for a trend yet",
                        "Nothing to rank yet", HistoryTable.EMPTY)
                .contains("Prediction", "Score by section", "Trend", "Coverage", "All objectives", "Exam simulations")
                .contains("0 of 47");
        assertThat(new HashSet<>(Arrays.asList(text.split(" ")))).containsAll(ReportFixtures.positions());
    }

    @Test
    void earlyEstimateIsFlaggedAndHugeTextStaysOnThePage() throws IOException {
        var base = ReportFixtures.rich();
        var e = base.estimate();
        var early = new io.studycompanion.domain.readiness.ReadinessEstimate(e.at(), e.examVersion(), e.objectives(),
                e.sections(), e.predictedScore(), e.scoreLow(), e.scoreHigh(), e.passProbability(), e.passLow(),
                e.passHigh(), e.passMarkPercent(), Evidence.LITTLE,
                new io.studycompanion.domain.readiness.Basis(16, List.of(4, 9, 3), 0, 0, 0, 0, List.of(3), 44));
        var row = base.objectives().get(0);
        var huge = new ObjectiveRow(row.id(), "Very long objective text. ".repeat(150), row.ticked(), row.status(),
                row.mastery());
        var snapshot = new ReadinessSnapshot(base.date(), base.examTitle(), base.examLabel(), early, List.of(huge),
                List.of(), List.of(), List.of(), base.coverage(), List.of(), List.of());

        var pdf = write(snapshot);
        Files.write(SAMPLES.resolve("readiness-early.pdf"), pdf);

        assertThat(text(pdf)).contains(HeadlineBlock.LITTLE_EVIDENCE, "PREDICTED SCORE 68%", "text. …",
                "PASS PROBABILITY — not enough evidence yet",
                "Not enough evidence for a pass chance yet: answer 44 more questions, in Section 3 too.",
                "What this rests on: 16 answers, a mix of easy, applied and scenario questions (4 / 9 / 3).");
    }

    @Test
    void fontsAreEmbeddedOnEveryPage() throws IOException {
        for (var pdf : List.of(rich, empty)) {
            try (var document = Loader.loadPDF(pdf)) {
                var names = new ArrayList<String>();
                for (var page : document.getPages()) {
                    var resources = page.getResources();
                    for (var name : resources.getFontNames()) {
                        var font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        names.add(font.getName());
                    }
                }
                assertThat(names).isNotEmpty().allMatch(n -> n.contains("DejaVuSans"));
            }
        }
    }

    @Test
    void chartsAreVectorPathsNotImages() throws IOException {
        try (var document = Loader.loadPDF(rich)) {
            for (var page : document.getPages()) {
                assertThat(page.getResources().getXObjectNames()).isEmpty();
            }
            // The bars, the trend's lines and its round markers are drawn as paths (re, l, c, S) on the first pages.
            var charts = new StringBuilder();
            for (int p = 0; p < Math.min(2, document.getNumberOfPages()); p++) {
                charts.append(new String(document.getPage(p).getContents().readAllBytes(), StandardCharsets.ISO_8859_1));
            }
            assertThat(charts.toString()).contains(" re\n", " l\n", " c\n", "\nS\n");
        }
    }

    @Test
    void snapshotWithoutObjectivesOrSectionsStillRenders() throws IOException {
        var text = text(write(ReportFixtures.bare()));

        assertThat(text).contains("Not enough evidence yet", "No objectives in this exam version.",
                "Page 1 of ");
    }

    @Test
    void charactersTheFontLacksAndControlCharactersDoNotBreakTheReport() throws IOException {
        var id = new ObjectiveId("v1", 1, 1, 1);
        var odd = new ObjectiveRow(id, "Deploy 🚀 models\twith a very-long-unbroken-"
                + "identifier_".repeat(20) + " ≥ 3 replicas", true, ObjectiveStatus.CONFIDENT,
                new ObjectiveMastery(id, 0.9, 0.8, 0.95, 12, 14, Evidence.ENOUGH));
        var base = ReportFixtures.rich();
        var snapshot = new ReadinessSnapshot(base.date(), base.examTitle(), base.examLabel(), base.estimate(),
                List.of(odd), List.of(), List.of(), List.of(), base.coverage(), List.of(), List.of());

        var text = text(write(snapshot));

        assertThat(text).contains("Deploy ? models with a very-long", "≥ 3 replicas", "90% (80–95%)");
    }

    @Test
    void pathOverloadReplacesTheTargetAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        var target = folder.resolve("readiness.pdf");
        Files.writeString(target, "old");

        new ReadinessReport().write(ReportFixtures.rich(), target);

        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
    }

    private static byte[] write(ReadinessSnapshot snapshot) throws IOException {
        var out = new ByteArrayOutputStream();
        new ReadinessReport().write(snapshot, out);
        return out.toByteArray();
    }

    /** All text of the PDF with runs of white space as one space, so wrapped lines read as one. */
    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
