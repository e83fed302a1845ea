package io.studycompanion.report;

import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.SectionReadiness;

import java.io.IOException;
import java.util.List;

/**
 * One horizontal bar per exam section, drawn as vector paths: the estimated score as the bar, its 80% range as
 * an error bar, the pass mark as a dashed line, and a 0–100% axis.
 */
final class SectionBarChart {
    private static final float LABEL_WIDTH = 170f;
    private static final float ROW = 32f;
    private static final float BAR = 12f;
    private static final float TOP = 18f;
    private static final float AXIS = 16f;
    private static final float LEGEND = 20f;

    private final PageCursor cursor;
    private final Canvas canvas;
    private final ReportFonts fonts;
    private final float x0;
    private final float x1;
    private final float top;
    private final float bottom;

    private SectionBarChart(PageCursor cursor, int rows) {
        this.cursor = cursor;
        this.canvas = cursor.canvas();
        this.fonts = cursor.fonts();
        this.x0 = cursor.left() + LABEL_WIDTH;
        this.x1 = cursor.right() - 12f;
        this.top = cursor.y() - TOP;
        this.bottom = top - rows * ROW;
    }

    /** Height the chart needs for {@code rows} sections. */
    static float height(int rows) {
        return TOP + rows * ROW + AXIS + LEGEND;
    }

    /** Draws the chart at the cursor and moves the cursor below it. */
    static void draw(PageCursor cursor, List<SectionReadiness> sections, int passMarkPercent) throws IOException {
        cursor.ensure(height(sections.size()));
        var chart = new SectionBarChart(cursor, sections.size());
        chart.grid();
        for (int i = 0; i < sections.size(); i++) {
            chart.row(sections.get(i), chart.top - i * ROW - ROW / 2, passMarkPercent / 100.0);
        }
        chart.passMark(passMarkPercent);
        chart.legend();
        cursor.down(height(sections.size()));
    }

    private float x(double fraction) {
        return x0 + (float) Math.max(0, Math.min(1, fraction)) * (x1 - x0);
    }

    private void grid() throws IOException {
        for (int p = 0; p <= 100; p += 20) {
            float x = x(p / 100.0);
            canvas.line(x, bottom, x, top, 0.5f, Palette.GRID);
            canvas.textCentered(p + "%", fonts.regular(), 7f, Palette.MUTED, x, bottom - 10f);
        }
        canvas.line(x0, bottom, x1, bottom, 0.8f, Palette.FAINT);
    }

    private void row(SectionReadiness section, float cy, double passMark) throws IOException {
        label(section, cy);
        if (section.evidence() == Evidence.NONE) {
            canvas.text("no answers yet", fonts.regular(), 7.5f, Palette.FAINT, x0 + 6f, cy - 2.5f);
            return;
        }
        var color = Palette.verdict(section.low(), section.high(), passMark);
        canvas.fillRect(x0, cy - BAR / 2, x(section.mean()) - x0, BAR, color);
        whisker(x(section.low()), x(section.high()), cy);
    }

    private void label(SectionReadiness section, float cy) throws IOException {
        float width = LABEL_WIDTH - 12f;
        var title = TextLayout.fit(fonts.bold(), 8.5f, section.section() + "  " + section.title(), width);
        canvas.text(title, fonts.bold(), 8.5f, Palette.INK, cursor.left(), cy + 2f);
        var figures = section.evidence() == Evidence.NONE ? "no answers"
                : ReportFormat.percent(section.mean()) + " (" + ReportFormat.range(section.low(), section.high()) + ")";
        var detail = TextLayout.fit(fonts.regular(), 7.5f, section.weightPercent() + "% of exam · " + figures, width);
        canvas.text(detail, fonts.regular(), 7.5f, Palette.MUTED, cursor.left(), cy - 8.5f);
    }

    private void whisker(float low, float high, float cy) throws IOException {
        canvas.line(low, cy, high, cy, 1f, Palette.INK);
        canvas.line(low, cy - 5f, low, cy + 5f, 1f, Palette.INK);
        canvas.line(high, cy - 5f, high, cy + 5f, 1f, Palette.INK);
    }

    private void passMark(int passMarkPercent) throws IOException {
        float x = x(passMarkPercent / 100.0);
        canvas.dashedLine(x, bottom, x, top + 3f, 1.1f, Palette.DANGER);
        var text = "Pass mark ≥ " + passMarkPercent + "% (unofficial)";
        float width = TextLayout.width(fonts.regular(), 7.5f, text);
        float start = Math.max(x0, Math.min(x1 - width, x - width / 2));
        canvas.text(text, fonts.regular(), 7.5f, Palette.DANGER, start, top + 6f);
    }

    private void legend() throws IOException {
        var items = List.of(
                new Legend.Item("range above pass mark", Palette.SUCCESS, Legend.Swatch.BOX),
                new Legend.Item("range spans pass mark", Palette.ACCENT, Legend.Swatch.BOX),
                new Legend.Item("range below pass mark", Palette.DANGER, Legend.Swatch.BOX),
                new Legend.Item("80% range", Palette.INK, Legend.Swatch.WHISKER));
        Legend.draw(canvas, fonts, items, cursor.left(), bottom - AXIS - 12f, cursor.right());
    }
}
