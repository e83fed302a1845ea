package io.studycompanion.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text colour the app puts on a background, in both themes, reaches WCAG's 4.5:1 contrast. The colours
 * are read from the theme's own stylesheet and the app's overrides (app.css's .theme-light / .theme-dark
 * blocks), so a theme upgrade or a restyle that loses contrast fails here.
 */
class ThemeContrastTest {
    /** Text colour, background (translucent backgrounds are laid over the page background first). */
    private static final String[][] PAIRS = {
            {"-color-fg-default", "-color-bg-default"}, // body text
            {"-color-fg-default", "-color-bg-subtle"}, // sidebar, detail panel, code blocks
            {"-color-fg-muted", "-color-bg-default"}, // hints, captions, question meta
            {"-color-fg-muted", "-color-bg-subtle"}, // hints on the sidebar and panels
            {"-color-accent-fg", "-color-bg-default"}, // links, section numbers, choose hint
            {"-color-accent-fg", "-color-bg-subtle"}, // selected navigation, objective code in the panel
            {"-color-accent-fg", "-color-accent-subtle"}, // weight chips
            {"-color-fg-emphasis", "-color-accent-emphasis"}, // accent buttons
            {"-color-success-fg", "-color-bg-default"}, // "Correct", rationale marks
            {"-color-success-fg", "-color-success-subtle"}, // "Confident" chip, the key's row
            {"-color-danger-fg", "-color-bg-default"}, // "Not quite", below the pass mark, errors
            {"-color-danger-fg", "-color-danger-subtle"}, // error banners
            {"-color-warning-fg", "-color-bg-default"}, // code strings
            {"-color-warning-fg", "-color-bg-subtle"}, // code strings in code blocks
            {"-color-warning-fg", "-color-warning-subtle"}, // "Learning" chip, platform notes
            {"-color-fg-default", "-color-neutral-muted"}, // "Not started" chip
            {"-color-fg-muted", "-color-bg-default"}, // prompt text in empty fields (fg-subtle was 4.12:1 in dark)
    };

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyTextColourOnItsBackgroundReachesFourPointFiveToOne(String theme) throws IOException {
        var palette = palette(theme);
        var failures = new ArrayList<String>();
        for (var pair : PAIRS) {
            var page = rgb(palette, "-color-bg-default", null);
            var back = rgb(palette, pair[1], page);
            var fore = rgb(palette, pair[0], back);
            double ratio = contrast(fore, back);
            if (ratio < 4.5) {
                failures.add(String.format("%s on %s: %.2f:1", pair[0], pair[1], ratio));
            }
        }
        assertThat(failures).as(theme + " theme").isEmpty();
    }

    /** The theme's -color-* values with the app's overrides for that theme applied on top. */
    private static Map<String, String> palette(String theme) throws IOException {
        var sheet = theme.equals("dark") ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        var values = new HashMap<String, String>();
        read(text(sheet), values);
        var app = text("/io/studycompanion/ui/app.css");
        var block = Pattern.compile("\\.theme-" + theme + "\\s*\\{([^}]*)}").matcher(app);
        while (block.find()) {
            read(block.group(1), values);
        }
        return values;
    }

    private static void read(String css, Map<String, String> into) {
        var m = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);").matcher(css);
        while (m.find()) {
            into.put(m.group(1), m.group(2).strip());
        }
    }

    private static String text(String resource) throws IOException {
        var path = resource.startsWith("/") ? resource : "/" + resource;
        try (var in = ThemeContrastTest.class.getResourceAsStream(path)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An opaque colour; a translucent one is laid over {@code under}. */
    private static double[] rgb(Map<String, String> palette, String name, double[] under) {
        var value = palette.get(name);
        assertThat(value).as(name).isNotNull();
        while (value.startsWith("-color-")) {
            value = palette.get(value);
        }
        if (value.startsWith("#")) {
            var hex = value.substring(1);
            return new double[] {Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                    Integer.parseInt(hex.substring(4, 6), 16)};
        }
        var parts = value.replaceAll("rgba?\\(|\\)", "").split(",");
        double r = Double.parseDouble(parts[0].strip());
        double g = Double.parseDouble(parts[1].strip());
        double b = Double.parseDouble(parts[2].strip());
        double a = parts.length > 3 ? Double.parseDouble(parts[3].strip()) : 1;
        if (a < 1) {
            assertThat(under).as(name + " is translucent; it needs a background").isNotNull();
            return new double[] {r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)};
        }
        return new double[] {r, g, b};
    }

    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
