package io.studycompanion.ui.settings;

import io.studycompanion.service.BackupService;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.Theme;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/** Appearance settings, stored the moment they change and observed by the window to restyle itself. */
public final class SettingsViewModel {
    private final PreferencesService preferences;
    private final BackupService backup;
    private final Runnable onDataReplaced;
    private final ReadOnlyStringWrapper dataMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<java.util.Optional<Path>> pendingImport =
            new ReadOnlyObjectWrapper<>(java.util.Optional.empty());
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty fontSize;
    private final ReadOnlyStringWrapper dataFolder;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param onDataReplaced called after a backup replaced all progress, so screens show the restored data */
    public SettingsViewModel(PreferencesService preferences, BackupService backup, Path dataFolder,
                             Runnable onDataReplaced) {
        this.preferences = preferences;
        this.backup = backup;
        this.onDataReplaced = onDataReplaced;
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

    public ReadOnlyStringProperty dataMessageProperty() { return dataMessage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<java.util.Optional<Path>> pendingImportProperty() { return pendingImport.getReadOnlyProperty(); }

    public String suggestedBackupName() {
        return "study-companion-backup-" + java.time.LocalDate.now() + ".json";
    }

    public String suggestedCsvName() {
        return "study-companion-answers-" + java.time.LocalDate.now() + ".csv";
    }

    public void exportBackup(Path target) {
        data(() -> "Backup saved: " + backup.exportJson(target) + " rows in " + target);
    }

    public void exportCsv(Path target) {
        data(() -> backup.exportAnswersCsv(target) + " answers saved to " + target);
    }

    /** First step of an import: the learner confirms before all progress is replaced. */
    public void askImport(Path source) {
        pendingImport.set(java.util.Optional.of(source));
    }

    public void cancelImport() {
        pendingImport.set(java.util.Optional.empty());
    }

    public void confirmImport() {
        var source = pendingImport.get();
        pendingImport.set(java.util.Optional.empty());
        source.ifPresent(s -> {
            if (data(() -> "Restored " + backup.importBackup(s) + " rows from " + s.getFileName()
                    + ". Your previous progress was saved in the backups folder.")) {
                onDataReplaced.run();
            }
        });
    }

    private boolean data(java.util.function.Supplier<String> action) {
        try {
            dataMessage.set(action.get());
            return true;
        } catch (RuntimeException e) {
            dataMessage.set(e.getMessage());
            return false;
        }
    }

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
