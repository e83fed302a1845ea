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
}
