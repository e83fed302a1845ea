package io.studycompanion.report;

import java.io.IOException;
import java.util.List;

/** A one-line chart legend: a small vector swatch before each label. */
final class Legend {
    enum Swatch { BOX, LINE, LINE_WITH_DOT, DASH, WHISKER }

    /** One entry: its label, colour and swatch. */
    record Item(String label, Rgb color, Swatch swatch) {
    }

    private static final float SIZE = 7.5f;
    private static final float SWATCH = 14f;
    private static final float GAP = 12f;

    private Legend() {
    }

    /** Draws the items from {@code x} along {@code baseline}, shortening labels rather than passing {@code right}. */
    static void draw(Canvas canvas, ReportFonts fonts, List<Item> items, float x, float baseline, float right)
            throws IOException {
        float share = (right - x) / items.size();
        for (var item : items) {
            swatch(canvas, item, x, baseline + SIZE * 0.35f);
            var text = TextLayout.fit(fonts.regular(), SIZE, item.label(), share - SWATCH - 4f - GAP);
            canvas.text(text, fonts.regular(), SIZE, Palette.MUTED, x + SWATCH + 4f, baseline);
            x += Math.min(share, SWATCH + 4f + TextLayout.width(fonts.regular(), SIZE, text) + GAP);
        }
    }

    private static void swatch(Canvas canvas, Item item, float x, float cy) throws IOException {
        switch (item.swatch()) {
            case BOX -> canvas.fillRect(x + 2f, cy - 4f, SWATCH - 4f, 8f, item.color());
            case LINE -> canvas.line(x, cy, x + SWATCH, cy, 1.5f, item.color());
            case LINE_WITH_DOT -> {
                canvas.line(x, cy, x + SWATCH, cy, 1.5f, item.color());
                canvas.dot(x + SWATCH / 2, cy, 2.5f, item.color());
            }
            case DASH -> canvas.dashedLine(x, cy, x + SWATCH, cy, 1f, item.color());
            case WHISKER -> {
                canvas.line(x + 1f, cy, x + SWATCH - 1f, cy, 0.9f, item.color());
                canvas.line(x + 1f, cy - 3.5f, x + 1f, cy + 3.5f, 0.9f, item.color());
                canvas.line(x + SWATCH - 1f, cy - 3.5f, x + SWATCH - 1f, cy + 3.5f, 0.9f, item.color());
            }
        }
    }
}
