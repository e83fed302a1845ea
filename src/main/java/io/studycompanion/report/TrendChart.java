package io.studycompanion.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A vector line chart of percent over dates: any number of series, a 0–100% axis, date ticks, a dashed
 * pass-mark line and a legend. Falls back to a sentence when no series has two points.
 */
final class TrendChart {
    /** One line: its points as (date, percent 0–100), label, colour and whether points get markers. */
    record Series(String label, List<LocalDate> dates, List<Double> percents, Rgb color, boolean markers) {
        int size() {
            return dates.size();
        }
    }

    static final float HEIGHT = 196f;
    private static final float LEGEND = 20f;
    private static final float PLOT = 150f;
    private static final float Y_LABELS = 32f;
    private static final int MAX_TICKS = 6;

    private final Canvas canvas;
    private final ReportFonts fonts;
    private final float x0;
    private final float x1;
    private final float top;
    private final float bottom;
    private final long firstDay;
    private final long lastDay;

    private TrendChart(PageCursor cursor, long firstDay, long lastDay) {
        this.canvas = cursor.canvas();
        this.fonts = cursor.fonts();
        this.x0 = cursor.left() + Y_LABELS;
        this.x1 = cursor.right() - 8f;
        this.top = cursor.y() - LEGEND;
        this.bottom = top - PLOT;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** Whether at least one series has the two points a line needs. */
    static boolean drawable(List<Series> series) {
        return series.stream().anyMatch(s -> s.size() >= 2);
    }

    /** Draws the chart at the cursor (the caller checks {@link #drawable} first) and moves below it. */
    static void draw(PageCursor cursor, List<Series> series, int passMarkPercent) throws IOException {
        cursor.ensure(HEIGHT);
        var days = series.stream().flatMap(s -> s.dates().stream()).mapToLong(LocalDate::toEpochDay).sorted().toArray();
        long first = days[0];
        long last = days[days.length - 1] == first ? first + 1 : days[days.length - 1];
        var chart = new TrendChart(cursor, first, last);
        chart.grid();
        chart.passMark(passMarkPercent);
        for (var s : series) {
            chart.series(s);
        }
        chart.legend(series, passMarkPercent, cursor);
        cursor.down(HEIGHT);
    }

    private float x(LocalDate date) {
        return x0 + (date.toEpochDay() - firstDay) / (float) (lastDay - firstDay) * (x1 - x0);
    }

    private float y(double percent) {
        return bottom + (float) Math.max(0, Math.min(100, percent)) / 100f * (top - bottom);
    }

    private void grid() throws IOException {
        for (int p = 0; p <= 100; p += 20) {
            canvas.line(x0, y(p), x1, y(p), 0.5f, Palette.GRID);
            canvas.textRight(p + "%", fonts.regular(), 7f, Palette.MUTED, x0 - 4f, y(p) - 2.5f);
        }
        canvas.line(x0, bottom, x1, bottom, 0.8f, Palette.FAINT);
        float lastRight = Float.NEGATIVE_INFINITY;
        for (var tick : ticks()) {
            var text = ReportFormat.tickDate(tick);
            float half = TextLayout.width(fonts.regular(), 7f, text) / 2;
            float center = Math.max(x0 + half, Math.min(x1 - half, x(tick)));
            if (center - half > lastRight + 4f) {
                canvas.line(x(tick), bottom, x(tick), bottom - 3f, 0.6f, Palette.FAINT);
                canvas.textCentered(text, fonts.regular(), 7f, Palette.MUTED, center, bottom - 12f);
                lastRight = center + half;
            }
        }
    }

    private List<LocalDate> ticks() {
        long span = lastDay - firstDay;
        int count = (int) Math.min(MAX_TICKS, span + 1);
        var ticks = new ArrayList<LocalDate>();
        for (int k = 0; k < count; k++) {
            var day = LocalDate.ofEpochDay(firstDay + Math.round((double) k * span / Math.max(1, count - 1)));
            if (ticks.isEmpty() || !ticks.get(ticks.size() - 1).equals(day)) {
                ticks.add(day);
            }
        }
        return ticks;
    }

    private void passMark(int passMarkPercent) throws IOException {
        canvas.dashedLine(x0, y(passMarkPercent), x1, y(passMarkPercent), 1.1f, Palette.DANGER);
        if (passMarkPercent % 20 != 0) {
            canvas.textRight(passMarkPercent + "%", fonts.bold(), 7f, Palette.DANGER, x0 - 4f, y(passMarkPercent) - 2.5f);
        }
    }

    private void series(Series s) throws IOException {
        var xs = new float[s.size()];
        var ys = new float[s.size()];
        for (int i = 0; i < s.size(); i++) {
            xs[i] = x(s.dates().get(i));
            ys[i] = y(s.percents().get(i));
        }
        canvas.polyline(xs, ys, s.markers() ? 1.6f : 1.3f, s.color());
        for (int i = 0; i < xs.length && (s.markers() || xs.length == 1); i++) {
            canvas.dot(xs[i], ys[i], 2.6f, s.color());
        }
    }

    private void legend(List<Series> series, int passMarkPercent, PageCursor cursor) throws IOException {
        var items = new ArrayList<Legend.Item>();
        for (var s : series) {
            var swatch = s.markers() ? Legend.Swatch.LINE_WITH_DOT : Legend.Swatch.LINE;
            items.add(new Legend.Item(s.label() + " (" + s.size() + ")", s.color(), swatch));
        }
        items.add(new Legend.Item("Pass mark ≥ " + passMarkPercent + "% (unofficial)", Palette.DANGER, Legend.Swatch.DASH));
        Legend.draw(canvas, fonts, items, cursor.left(), top + 9f, cursor.right());
    }
}
