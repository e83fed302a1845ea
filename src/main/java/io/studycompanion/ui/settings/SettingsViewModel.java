package io.studycompanion.ui.settings;

import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.Theme;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/** Appearance settings, stored the moment they change and observed by the window to restyle itself. */
public final class SettingsViewModel {
    private final PreferencesService preferences;
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty fontSize;
    private final ReadOnlyStringWrapper dataFolder;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SettingsViewModel(PreferencesService preferences, Path dataFolder) {
        this.preferences = preferences;
        this.theme = new SimpleObjectProperty<>(preferences.theme());
        this.fontSize = new SimpleIntegerProperty(preferences.fontSize());
        this.dataFolder = new ReadOnlyStringWrapper(dataFolder.toString());
        theme.addListener((obs, old, now) -> save(() -> preferences.setTheme(now)));
        fontSize.addListener((obs, old, now) -> save(() -> {
            var stored = preferences.setFontSize(now.intValue());
            if (stored != now.intValue()) {
                fontSize.set(stored);
            }
        }));
    }

    public ObjectProperty<Theme> themeProperty() { return theme; }
    public IntegerProperty fontSizeProperty() { return fontSize; }
    public ReadOnlyStringProperty dataFolderProperty() { return dataFolder.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public int minFontSize() { return PreferencesService.MIN_FONT_SIZE; }
    public int maxFontSize() { return PreferencesService.MAX_FONT_SIZE; }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    private void save(Runnable action) {
        try {
            action.run();
            error.set("");
        } catch (RuntimeException e) {
            error.set("Your setting could not be saved: " + e.getMessage());
        }
    }
}
