package io.studycompanion.report;

/** The report's restrained palette: one accent blue, green and red for pass and fail, and greys. */
final class Palette {
    static final Rgb INK = Rgb.hex(0x1F2937);
    static final Rgb MUTED = Rgb.hex(0x6B7280);
    static final Rgb FAINT = Rgb.hex(0x9CA3AF);
    static final Rgb RULE = Rgb.hex(0xD1D5DB);
    static final Rgb GRID = Rgb.hex(0xE5E7EB);
    static final Rgb SURFACE = Rgb.hex(0xF3F4F6);
    static final Rgb ZEBRA = Rgb.hex(0xF9FAFB);
    static final Rgb ACCENT = Rgb.hex(0x2563EB);
    static final Rgb ACCENT_SOFT = Rgb.hex(0xDBEAFE);
    static final Rgb SUCCESS = Rgb.hex(0x15803D);
    static final Rgb DANGER = Rgb.hex(0xB91C1C);
    static final Rgb SLATE = Rgb.hex(0x64748B);
    static final Rgb PENDING = Rgb.hex(0xCBD5E1);

    private Palette() {
    }

    /** Green when the whole range clears the pass mark, red when it all falls short, accent blue otherwise. */
    static Rgb verdict(double low, double high, double passMark) {
        if (low >= passMark) {
            return SUCCESS;
        }
        return high < passMark ? DANGER : ACCENT;
    }
}
