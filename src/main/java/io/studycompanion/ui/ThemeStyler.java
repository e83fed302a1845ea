package io.studycompanion.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.studycompanion.service.Theme;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/** Applies the AtlantaFX theme, the app's own rules and the chosen text size. */
final class ThemeStyler {
    private static final String APP_CSS = Objects.requireNonNull(
            ThemeStyler.class.getResource("app.css"), "app.css missing").toExternalForm();

    private ThemeStyler() {
    }

    /** The theme's base stylesheet for every window of the app. */
    static void applyUserAgentStylesheet(Theme theme) {
        var sheet = theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    static void apply(Scene scene, Theme theme, int fontSize) {
        applyUserAgentStylesheet(theme);
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        var root = scene.getRoot();
        root.getStyleClass().removeAll("theme-light", "theme-dark");
        root.getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
        root.setStyle("-fx-font-size: " + fontSize + "px;");
    }
}
