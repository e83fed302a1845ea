package io.studycompanion.report;

import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.TrendPoint;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Writes the readiness report as an A4 PDF: the prediction with its ranges, a per-section bar chart and a trend
 * chart (both vector graphics), coverage, the weakest objectives, all objectives and the exam simulations, with
 * "page X of Y" on every page. It draws the {@link ReadinessSnapshot} as it is and computes nothing itself.
 * Text is set in embedded DejaVu Sans, so every character prints.
 */
public final class ReadinessReport {

    /**
     * Writes the report to {@code out}. The stream is flushed but not closed.
     *
     * @throws IOException when the PDF cannot be produced or written
     */
    public void write(ReadinessSnapshot snapshot, OutputStream out) throws IOException {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(out, "out");
        try (var document = new PDDocument()) {
            var fonts = ReportFonts.load(document);
            try (var cursor = new PageCursor(document, fonts)) {
                render(snapshot, cursor);
            }
            Footer.stamp(document, fonts, "Study Companion · Readiness report · generated "
                    + ReportFormat.longDate(snapshot.date()));
            describe(document, snapshot);
            var buffered = new BufferedOutputStream(out);
            document.save(buffered);
            buffered.flush();
        }
    }

    /**
     * Writes the report to {@code target} through a temporary file in the same folder that is then moved into
     * place atomically (where the file system allows), so a reader never sees a half-written PDF.
     *
     * @throws IOException when the PDF cannot be produced or written; {@code target} is then left as it was
     */
    public void write(ReadinessSnapshot snapshot, Path target) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        var temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (var out = Files.newOutputStream(temp)) {
                write(snapshot, out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void render(ReadinessSnapshot snapshot, PageCursor cursor) throws IOException {
        var estimate = snapshot.estimate();
        HeadlineBlock.title(cursor, snapshot);
        HeadlineBlock.headline(cursor, snapshot);
        sectionChart(cursor, snapshot);
        trendChart(cursor, snapshot);
        CoverageBlock.draw(cursor, snapshot.coverage());
        ObjectiveTables.weakest(cursor, snapshot);
        ObjectiveTables.mismatches(cursor, snapshot);
        ObjectiveTables.all(cursor, snapshot);
        HistoryTable.draw(cursor, snapshot.examHistory());
    }

    private static void sectionChart(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        var sections = snapshot.estimate().sections();
        boolean empty = sections.isEmpty() || snapshot.estimate().evidence() == Evidence.NONE;
        cursor.heading("Score by section", empty ? 20f : SectionBarChart.height(sections.size()));
        if (empty) {
            ObjectiveTables.empty(cursor, "No section estimates yet: the chart shows each section’s expected "
                    + "score and its 80% range once you have answered questions.");
            return;
        }
        SectionBarChart.draw(cursor, sections, snapshot.estimate().passMarkPercent());
    }

    private static void trendChart(PageCursor cursor, ReadinessSnapshot snapshot) throws IOException {
        var series = List.of(
                series("Exam simulations", snapshot.examHistory().stream()
                        .map(e -> new TrendPoint(e.date(), e.percent(), "")).toList(), Palette.ACCENT, true),
                series("Practice accuracy, rolling", snapshot.practiceTrend(), Palette.SLATE, false));
        boolean drawable = TrendChart.drawable(series);
        cursor.heading("Trend", drawable ? TrendChart.HEIGHT : 20f);
        if (!drawable) {
            ObjectiveTables.empty(cursor, "Not enough history for a trend yet: the chart needs at least two exam "
                    + "simulations or two days of practice.");
            return;
        }
        TrendChart.draw(cursor, series, snapshot.estimate().passMarkPercent());
    }

    private static TrendChart.Series series(String label, List<TrendPoint> points, Rgb color, boolean markers) {
        return new TrendChart.Series(label, points.stream().map(TrendPoint::date).toList(),
                points.stream().map(TrendPoint::percent).toList(), color, markers);
    }

    private static void describe(PDDocument document, ReadinessSnapshot snapshot) {
        var info = document.getDocumentInformation();
        info.setTitle("Readiness report — " + snapshot.examTitle());
        info.setSubject(snapshot.examLabel());
        info.setCreator("Study Companion");
        var created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(snapshot.date().getYear(), snapshot.date().getMonthValue() - 1, snapshot.date().getDayOfMonth());
        info.setCreationDate(created);
    }
}
