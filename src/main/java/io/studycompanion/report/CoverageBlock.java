package io.studycompanion.report;

import io.studycompanion.domain.readiness.CoverageCounts;
import io.studycompanion.domain.readiness.ReadinessSnapshots;

import java.io.IOException;

/** Objectives ticked, practised and mastered, each as a labelled vector progress bar. */
final class CoverageBlock {
    private static final float ROW = 20f;
    private static final float LABEL_WIDTH = 150f;
    private static final float VALUE_WIDTH = 100f;

    private CoverageBlock() {
    }

    static void draw(PageCursor cursor, CoverageCounts coverage) throws IOException {
        cursor.heading("Coverage", 3 * ROW);
        if (coverage.total() == 0) {
            cursor.paragraph("No objectives in this exam version.", cursor.fonts().regular(), 9f, Palette.MUTED);
            return;
        }
        row(cursor, "Ticked in your checklist", coverage.ticked(), coverage.total(), Palette.ACCENT);
        row(cursor, "Practised at least once", coverage.practised(), coverage.total(), Palette.ACCENT);
        row(cursor, "Mastered (measured)", coverage.mastered(), coverage.total(), Palette.SUCCESS);
        cursor.down(4f);
        cursor.paragraph("Mastered means at least " + ReadinessSnapshots.MASTERY_ANSWERS
                + " recent answers and an estimated mastery of at least "
                + ReportFormat.percent(ReadinessSnapshots.TARGET) + ". Ticking is your own record; "
                + "practising and mastery are measured from your answers.", cursor.fonts().regular(), 8f, Palette.MUTED);
    }

    private static void row(PageCursor cursor, String label, int count, int total, Rgb color) throws IOException {
        cursor.ensure(ROW);
        var canvas = cursor.canvas();
        var fonts = cursor.fonts();
        float baseline = cursor.y() - 12f;
        canvas.text(TextLayout.fit(fonts.regular(), 9f, label, LABEL_WIDTH - 8f), fonts.regular(), 9f, Palette.INK,
                cursor.left(), baseline);
        float x0 = cursor.left() + LABEL_WIDTH;
        float width = cursor.width() - LABEL_WIDTH - VALUE_WIDTH;
        canvas.fillRect(x0, baseline - 1f, width, 8f, Palette.GRID);
        canvas.fillRect(x0, baseline - 1f, width * Math.min(count, total) / total, 8f, color);
        var value = count + " of " + total + "  ·  " + ReportFormat.percent((double) count / total);
        canvas.textRight(value, fonts.bold(), 9f, Palette.INK, cursor.right(), baseline);
        cursor.down(ROW);
    }
}
