package io.studycompanion.service;

import java.util.Optional;

/** Where the main window was and how big, so the next start puts it back. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1180, 780, false);

    String encode() {
        return x + "," + y + "," + width + "," + height + "," + maximized;
    }

    static Optional<WindowBounds> decode(String text) {
        var parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            var bounds = new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
            return bounds.width() >= 200 && bounds.height() >= 150 ? Optional.of(bounds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /** The smallest window every screen is laid out for, where the screen has room for it. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 700;

    /**
     * These bounds made to fit a screen's usable area ({@code screen} = x, y, width, height, without task bars):
     * the first window takes 90% of it (at least 1024×700 where the screen allows, at most 1600×1000); a
     * remembered size from a larger monitor is shrunk to the area, and a position that would put the window
     * partly off it is moved inside. Pure arithmetic: the window reads the screen, this decides.
     */
    public WindowBounds fitTo(double sx, double sy, double sw, double sh, boolean remembered) {
        double w = remembered ? width : Math.min(1600, Math.max(MIN_WIDTH, Math.round(sw * 0.9)));
        double h = remembered ? height : Math.min(1000, Math.max(MIN_HEIGHT, Math.round(sh * 0.9)));
        w = Math.min(w, sw);
        h = Math.min(h, sh);
        if (!remembered || !hasPosition()) {
            return new WindowBounds(sx + Math.floor((sw - w) / 2), sy + Math.floor((sh - h) / 2), w, h, maximized);
        }
        double nx = Math.max(sx, Math.min(x, sx + sw - w));
        double ny = Math.max(sy, Math.min(y, sy + sh - h));
        return new WindowBounds(nx, ny, w, h, maximized);
    }
}
