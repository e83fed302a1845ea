package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;

/** Drawing primitives on one page, all vector: text, rectangles, lines, dashed lines, polylines and dots. */
final class Canvas {
    /** Bézier control distance for a quarter circle. */
    private static final float KAPPA = 0.5523f;
    private final PDPageContentStream stream;

    Canvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    /** Text with its baseline at {@code y}, starting at {@code x}. */
    void text(String text, PDFont font, float size, Rgb color, float x, float y) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        fill(color);
        stream.newLineAtOffset(x, y);
        stream.showText(TextLayout.clean(font, text));
        stream.endText();
    }

    /** Text ending at {@code right}. */
    void textRight(String text, PDFont font, float size, Rgb color, float right, float y) throws IOException {
        text(text, font, size, color, right - TextLayout.width(font, size, text), y);
    }

    /** Text centred on {@code center}. */
    void textCentered(String text, PDFont font, float size, Rgb color, float center, float y) throws IOException {
        text(text, font, size, color, center - TextLayout.width(font, size, text) / 2, y);
    }

    void fillRect(float x, float y, float width, float height, Rgb color) throws IOException {
        fill(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, Rgb color) throws IOException {
        stroke(color, width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    void dashedLine(float x1, float y1, float x2, float y2, float width, Rgb color) throws IOException {
        stream.saveGraphicsState();
        stream.setLineDashPattern(new float[] {4f, 2.5f}, 0);
        line(x1, y1, x2, y2, width, color);
        stream.restoreGraphicsState();
    }

    /** A line through the points {@code xs[i], ys[i]}, with round joins. */
    void polyline(float[] xs, float[] ys, float width, Rgb color) throws IOException {
        if (xs.length < 2) {
            return;
        }
        stroke(color, width);
        stream.setLineJoinStyle(1);
        stream.setLineCapStyle(1);
        stream.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            stream.lineTo(xs[i], ys[i]);
        }
        stream.stroke();
    }

    /** A filled circle. */
    void dot(float cx, float cy, float r, Rgb color) throws IOException {
        fill(color);
        float k = KAPPA * r;
        stream.moveTo(cx + r, cy);
        stream.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        stream.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        stream.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        stream.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        stream.closePath();
        stream.fill();
    }

    private void fill(Rgb color) throws IOException {
        stream.setNonStrokingColor(color.r(), color.g(), color.b());
    }

    private void stroke(Rgb color, float width) throws IOException {
        stream.setStrokingColor(color.r(), color.g(), color.b());
        stream.setLineWidth(width);
    }
}
