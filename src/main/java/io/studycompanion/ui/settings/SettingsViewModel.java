package io.studycompanion.ui.settings;

import io.studycompanion.service.BackupEntry;
import io.studycompanion.service.BackupService;
import io.studycompanion.service.DataSafetyService;
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
    private final DataSafetyService safety;
    private final Path logFile;
    private final javafx.collections.ObservableList<BackupEntry> databaseBackups =
            javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<java.util.Optional<BackupEntry>> pendingRestore =
            new ReadOnlyObjectWrapper<>(java.util.Optional.empty());
    private final Runnable onDataReplaced;
    private final Runnable beforeDataReplaced;
    private final java.time.Clock clock;
    private final ReadOnlyStringWrapper dataMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<java.util.Optional<Path>> pendingImport =
            new ReadOnlyObjectWrapper<>(java.util.Optional.empty());
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty fontSize;
    private final ReadOnlyStringWrapper dataFolder;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param beforeDataReplaced called before a backup replaces all progress: open work (a running quiz, its
     *                           timer) is saved and closed, so nothing writes into the data that replaces it
     * @param onDataReplaced     called after a backup replaced all progress, so screens show the restored data
     */
    public SettingsViewModel(PreferencesService preferences, BackupService backup, DataSafetyService safety,
                             Path dataFolder, Path logFile, java.time.Clock clock, Runnable beforeDataReplaced,
                             Runnable onDataReplaced) {
        this.clock = clock;
        this.beforeDataReplaced = beforeDataReplaced;
        this.preferences = preferences;
        this.backup = backup;
        this.safety = safety;
        this.logFile = logFile;
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
        return "study-companion-backup-" + java.time.LocalDate.now(clock) + ".json";
    }

    public String suggestedCsvName() {
        return "study-companion-answers-" + java.time.LocalDate.now(clock) + ".csv";
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
            beforeDataReplaced.run();
            if (data(() -> {
                var imported = backup.importBackup(s);
                return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("Restored "
                        + imported.rows() + " rows from " + s.getFileName()
                        + ". Your previous progress was saved in the backups folder."), imported.notes().stream()).toList());
            })) {
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

    public javafx.collections.ObservableList<BackupEntry> databaseBackups() { return databaseBackups; }
    public ReadOnlyObjectProperty<java.util.Optional<BackupEntry>> pendingRestoreProperty() { return pendingRestore.getReadOnlyProperty(); }

    /** Re-reads the list of automatic backups. */
    /** Called when no program could be started to show the data folder. */
    public void dataFolderNotOpened() {
        dataMessage.set("No file manager could be started; the data folder is " + dataFolderPath() + ".");
    }

    public void refreshBackups() {
        try {
            databaseBackups.setAll(safety.backups());
        } catch (RuntimeException e) {
            dataMessage.set(e.getMessage());
        }
    }

    public void backupNow() {
        data(() -> "Backup made: " + safety.backupNow().name());
        refreshBackups();
    }

    public void askRestore(BackupEntry entry) {
        pendingRestore.set(java.util.Optional.of(entry));
    }

    public void cancelRestore() {
        pendingRestore.set(java.util.Optional.empty());
    }

    public void confirmRestore() {
        var entry = pendingRestore.get();
        pendingRestore.set(java.util.Optional.empty());
        entry.ifPresent(e -> {
            beforeDataReplaced.run();
            if (data(() -> "Restored the backup " + e.name() + ". Your progress before the restore was saved as a "
                    + "backup too." + safety.restore(e).map(n -> " " + n).orElse(""))) {
                onDataReplaced.run();
            }
        });
        refreshBackups();
    }

    /** Text for a bug report, copied to the clipboard by the view. */
    public String diagnostics() {
        return safety.diagnostics(getClass().getPackage().getImplementationVersion() == null ? "development"
                : getClass().getPackage().getImplementationVersion(), logFile);
    }

    public Path dataFolderPath() {
        return safety.dataFolder();
    }

    public static String describe(BackupEntry b) {
        var when = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
                .format(b.created().atZone(java.time.ZoneId.systemDefault()));
        var answers = b.answers().isPresent() ? b.answers().getAsInt() + (b.answers().getAsInt() == 1 ? " answer" : " answers")
                : "unreadable";
        return when + " · " + b.reason().replace('-', ' ') + " · " + answers + " · " + Math.max(1, b.bytes() / 1024) + " KB";
    }

    public int minFontSize() { return PreferencesService.MIN_FONT_SIZE; }

    private final javafx.beans.property.ReadOnlyStringWrapper fontSizeMessage = new javafx.beans.property.ReadOnlyStringWrapper("");

    /** Why a typed text size was not taken; empty once a size in range is chosen. */
    public javafx.beans.property.ReadOnlyStringProperty fontSizeMessageProperty() { return fontSizeMessage.getReadOnlyProperty(); }

    /**
     * A text size as typed: a whole number from {@link #minFontSize()} to {@link #maxFontSize()} is applied; anything
     * else keeps the current size and says what the range is.
     *
     * @return the size now in use
     */
    public int enterFontSize(String typed) {
        var text = typed == null ? "" : typed.strip();
        try {
            int size = Integer.parseInt(text);
            if (size >= minFontSize() && size <= maxFontSize()) {
                fontSizeMessage.set("");
                fontSize.set(size);
                return size;
            }
            fontSizeMessage.set(size + " px is outside the range: the text size goes from " + minFontSize() + " to "
                    + maxFontSize() + " px.");
        } catch (NumberFormatException e) {
            fontSizeMessage.set("“" + text + "” is not a size: type a whole number from " + minFontSize() + " to "
                    + maxFontSize() + ".");
        }
        return fontSize.get();
    }
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
