package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a table across the content width: a header row (repeated after each page break), optional group rows,
 * and zebra-striped rows whose cells wrap; a row is never split across pages.
 */
final class TableWriter {
    enum Align { LEFT, CENTER, RIGHT }

    /** A column: its header, its share of the table width, and how its cells align. */
    record Column(String header, float weight, Align align) {
    }

    /** A cell's text, colour and weight. */
    record Cell(String text, Rgb color, boolean bold) {
        static Cell of(String text) {
            return new Cell(text, Palette.INK, false);
        }

        static Cell muted(String text) {
            return new Cell(text, Palette.MUTED, false);
        }
    }

    private static final float SIZE = 8.5f;
    private static final float HEADER_SIZE = 7.5f;
    private static final float LEADING = 11f;
    private static final float PAD_X = 4f;
    private static final float PAD_Y = 4f;
    /** A cell never grows taller than this, so a row always fits on a fresh page. */
    private static final int MAX_LINES = 40;
    private static final float GROUP_HEIGHT = LEADING + 2 * PAD_Y;

    private final PageCursor cursor;
    private final List<Column> columns;
    private final float[] widths;
    private int rows;
    private String pendingGroup;

    TableWriter(PageCursor cursor, List<Column> columns) {
        this.cursor = cursor;
        this.columns = List.copyOf(columns);
        float total = (float) columns.stream().mapToDouble(Column::weight).sum();
        this.widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = cursor.width() * columns.get(i).weight() / total;
        }
    }

    /** Draws the header, on a new page when a group row and a three-line row would not fit under it. */
    void header() throws IOException {
        cursor.ensure(headerHeight() + GROUP_HEIGHT + 3 * LEADING + 2 * PAD_Y);
        drawHeader();
    }

    /** A full-width label row that starts a group, e.g. an exam section; kept on the page of the group's first row. */
    void group(String title) {
        pendingGroup = title;
    }

    /** One row; its height follows the cell with the most wrapped lines. */
    void row(List<Cell> cells) throws IOException {
        var lines = wrapCells(cells);
        int maxLines = lines.stream().mapToInt(List::size).max().orElse(1);
        float height = maxLines * LEADING + 2 * PAD_Y;
        if (!cursor.fits(height + (pendingGroup == null ? 0 : GROUP_HEIGHT))) {
            cursor.newPage();
            drawHeader();
        }
        drawPendingGroup();
        if (rows++ % 2 == 1) {
            cursor.canvas().fillRect(cursor.left(), cursor.y() - height, cursor.width(), height, Palette.ZEBRA);
        }
        drawCells(cells, lines);
        cursor.canvas().line(cursor.left(), cursor.y() - height, cursor.right(), cursor.y() - height, 0.4f, Palette.GRID);
        cursor.down(height);
    }

    private void drawPendingGroup() throws IOException {
        if (pendingGroup == null) {
            return;
        }
        var font = cursor.fonts().bold();
        cursor.canvas().fillRect(cursor.left(), cursor.y() - GROUP_HEIGHT, cursor.width(), GROUP_HEIGHT, Palette.ACCENT_SOFT);
        var text = TextLayout.fit(font, SIZE, pendingGroup, cursor.width() - 2 * PAD_X);
        cursor.canvas().text(text, font, SIZE, Palette.INK, cursor.left() + PAD_X, cursor.y() - PAD_Y - SIZE);
        cursor.down(GROUP_HEIGHT);
        pendingGroup = null;
        rows = 0;
    }

    private List<List<String>> wrapCells(List<Cell> cells) {
        var lines = new ArrayList<List<String>>();
        for (int i = 0; i < columns.size(); i++) {
            var cell = i < cells.size() ? cells.get(i) : Cell.of("");
            lines.add(capped(TextLayout.wrap(font(cell), SIZE, cell.text(), widths[i] - 2 * PAD_X), font(cell), widths[i]));
        }
        return lines;
    }

    private static List<String> capped(List<String> lines, PDFont font, float width) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        var kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        kept.set(MAX_LINES - 1, TextLayout.fit(font, SIZE, kept.get(MAX_LINES - 1) + " …", width - 2 * PAD_X));
        return kept;
    }

    private void drawCells(List<Cell> cells, List<List<String>> lines) throws IOException {
        float x = cursor.left();
        for (int i = 0; i < columns.size(); i++) {
            var cell = i < cells.size() ? cells.get(i) : Cell.of("");
            float baseline = cursor.y() - PAD_Y - SIZE;
            for (var line : lines.get(i)) {
                drawAligned(line, font(cell), SIZE, cell.color(), x, widths[i], columns.get(i).align(), baseline);
                baseline -= LEADING;
            }
            x += widths[i];
        }
    }

    private void drawHeader() throws IOException {
        var font = cursor.fonts().bold();
        float height = headerHeight();
        float x = cursor.left();
        for (int i = 0; i < columns.size(); i++) {
            var text = TextLayout.fit(font, HEADER_SIZE, columns.get(i).header(), widths[i] - 2 * PAD_X);
            drawAligned(text, font, HEADER_SIZE, Palette.MUTED, x, widths[i], columns.get(i).align(),
                    cursor.y() - PAD_Y - HEADER_SIZE - 1f);
            x += widths[i];
        }
        cursor.canvas().line(cursor.left(), cursor.y() - height, cursor.right(), cursor.y() - height, 0.8f, Palette.FAINT);
        cursor.down(height);
        rows = 0;
    }

    private void drawAligned(String text, PDFont font, float size, Rgb color, float x, float width, Align align,
                             float baseline) throws IOException {
        var canvas = cursor.canvas();
        switch (align) {
            case LEFT -> canvas.text(text, font, size, color, x + PAD_X, baseline);
            case CENTER -> canvas.textCentered(text, font, size, color, x + width / 2, baseline);
            case RIGHT -> canvas.textRight(text, font, size, color, x + width - PAD_X, baseline);
        }
    }

    private PDFont font(Cell cell) {
        return cell.bold() ? cursor.fonts().bold() : cursor.fonts().regular();
    }

    private static float headerHeight() {
        return HEADER_SIZE + 2 * PAD_Y + 3f;
    }
}
