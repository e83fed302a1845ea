package io.studycompanion.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/** Stamps "Page X of Y" and the generation note on every page once the page count is known. */
final class Footer {
    private static final float SIZE = 7.5f;
    private static final float BASELINE = 32f;

    private Footer() {
    }

    static void stamp(PDDocument document, ReportFonts fonts, String note) throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            var page = document.getPage(i);
            try (var stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                draw(new Canvas(stream), fonts, note, "Page " + (i + 1) + " of " + total);
            }
        }
    }

    private static void draw(Canvas canvas, ReportFonts fonts, String note, String pageLabel) throws IOException {
        float left = PageCursor.MARGIN_X;
        float right = PageCursor.PAGE.getWidth() - PageCursor.MARGIN_X;
        canvas.line(left, BASELINE + 11f, right, BASELINE + 11f, 0.5f, Palette.GRID);
        float labelWidth = TextLayout.width(fonts.regular(), SIZE, pageLabel);
        var fitted = TextLayout.fit(fonts.regular(), SIZE, note, right - left - labelWidth - 16f);
        canvas.text(fitted, fonts.regular(), SIZE, Palette.MUTED, left, BASELINE);
        canvas.textRight(pageLabel, fonts.regular(), SIZE, Palette.MUTED, right, BASELINE);
    }
}
