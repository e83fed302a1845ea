package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.Closeable;
import java.io.IOException;

/**
 * Flows content down A4 portrait pages: keeps the vertical position, starts a new page when a block does not fit,
 * and offers the headings and wrapped paragraphs every section uses. {@code y} is the top of the free space.
 */
final class PageCursor implements Closeable {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_X = 48f;
    static final float MARGIN_TOP = 50f;
    /** Leaves room for the footer. */
    static final float MARGIN_BOTTOM = 60f;

    private final PDDocument document;
    private final ReportFonts fonts;
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;
    private boolean pageEmpty;

    PageCursor(PDDocument document, ReportFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    ReportFonts fonts() {
        return fonts;
    }

    Canvas canvas() {
        pageEmpty = false;
        return canvas;
    }

    float left() {
        return MARGIN_X;
    }

    float right() {
        return PAGE.getWidth() - MARGIN_X;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** Moves down by {@code dy} points. */
    void down(float dy) {
        y -= dy;
    }

    /** Whether a block {@code height} points tall fits above the bottom margin. */
    boolean fits(float height) {
        return y - height >= MARGIN_BOTTOM;
    }

    /** Starts a new page unless a block {@code height} points tall still fits on this one. */
    void ensure(float height) throws IOException {
        if (!fits(height) && !pageEmpty) {
            newPage();
        }
    }

    void newPage() throws IOException {
        close();
        var page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        canvas = new Canvas(stream);
        y = PAGE.getHeight() - MARGIN_TOP;
        pageEmpty = true;
    }

    /** A section heading with a rule, kept on the same page as the first {@code keepWithNext} points of its body. */
    void heading(String title, float keepWithNext) throws IOException {
        if (!pageEmpty) {
            down(16f);
        }
        ensure(28f + keepWithNext);
        canvas().text(TextLayout.fit(fonts.bold(), 13f, title, width()), fonts.bold(), 13f, Palette.INK, left(), y - 13f);
        canvas.line(left(), y - 19f, right(), y - 19f, 0.6f, Palette.RULE);
        down(28f);
    }

    /** Wrapped text over the full width, breaking pages between lines. */
    void paragraph(String text, PDFont font, float size, Rgb color) throws IOException {
        paragraph(text, font, size, color, left(), width());
    }

    /** Wrapped text in a column from {@code x}, {@code width} wide. */
    void paragraph(String text, PDFont font, float size, Rgb color, float x, float width) throws IOException {
        float leading = size * 1.4f;
        for (var line : TextLayout.wrap(font, size, text, width)) {
            ensure(leading);
            canvas().text(line, font, size, color, x, y - size);
            down(leading);
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
