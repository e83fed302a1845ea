package io.studycompanion.ui.settings;

import io.studycompanion.service.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import io.studycompanion.ui.DesktopActions;
import io.studycompanion.ui.Layouts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Theme, text size and where the data lives. */
public final class SettingsView {
    private final VBox root = new VBox(16);

    public SettingsView(SettingsViewModel model, DesktopActions desktop) {
        root.setId("settingsScreen");
        root.getStyleClass().add("screen");
        var title = new Label("Settings");
        title.getStyleClass().add("screen-title");

        var grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(14);
        var captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, values);
        grid.addRow(0, caption("Theme"), themeChooser(model));
        grid.addRow(1, caption("Text size"), fontSize(model));
        var folder = new Label();
        folder.setId("dataFolder");
        folder.textProperty().bind(model.dataFolderProperty());
        folder.getStyleClass().add("mono");
        Layouts.wrapping(folder);
        grid.addRow(2, caption("Data folder"), folder);
        var hint = new Label("Your progress is stored in study-companion.db in this folder. "
                + "Start the app with --data-dir DIR (or set STUDY_COMPANION_DATA_DIR) to use another one.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        grid.add(hint, 1, 3);
        var error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.getChildren().addAll(title, error, grid, dataSection(model, desktop), backupSection(model, desktop));
        model.refreshBackups();
    }

    public Node node() {
        var scroll = new javafx.scene.control.ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node dataSection(SettingsViewModel model, DesktopActions desktop) {
        var exportJson = new Button("Export backup…");
        exportJson.setId("exportBackup");
        exportJson.setOnAction(e -> desktop.chooseSaveFile(root.getScene().getWindow(), "Export a backup",
                model.suggestedBackupName(), "Backup (*.json)", "*.json").ifPresent(model::exportBackup));
        var importJson = new Button("Import backup…");
        importJson.setId("importBackup");
        importJson.setOnAction(e -> desktop.chooseOpenFile(root.getScene().getWindow(), "Import a backup",
                "Backup (*.json)", "*.json").ifPresent(model::askImport));
        var exportCsv = new Button("Export answers as CSV…");
        exportCsv.setId("exportCsv");
        exportCsv.setOnAction(e -> desktop.chooseSaveFile(root.getScene().getWindow(), "Export answers",
                model.suggestedCsvName(), "CSV (*.csv)", "*.csv").ifPresent(model::exportCsv));
        var message = new Label();
        message.setId("dataMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.dataMessageProperty());
        var question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(model.pendingImportProperty().map(p -> p.map(f -> "Replace all your progress with "
                + f.getFileName() + "? Your current progress is saved to the backups folder first.").orElse("")));
        var yes = new Button("Replace my progress");
        yes.setId("confirmImport");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> model.confirmImport());
        var no = new Button("Cancel");
        no.setOnAction(e -> model.cancelImport());
        var confirm = Layouts.question(question, yes, no);
        confirm.getStyleClass().add("info-banner");
        confirm.visibleProperty().bind(model.pendingImportProperty().map(java.util.Optional::isPresent));
        confirm.managedProperty().bind(confirm.visibleProperty());
        var caption = new Label("Your data");
        caption.getStyleClass().add("field-caption");
        var hint = new Label("A backup holds all progress: checklist, quizzes and answers, review schedule and settings. "
                + "Importing one replaces your current progress.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return new VBox(10, caption, hint, Layouts.row(10, exportJson, importJson, exportCsv), confirm, message);
    }

    private Node backupSection(SettingsViewModel model, DesktopActions desktop) {
        var caption = new Label("Automatic backups");
        caption.getStyleClass().add("field-caption");
        var hint = new Label("A copy of the database is made at start once a day, after every import or restore and "
                + "before every upgrade; the newest 5 are kept, and one a day for a week and one a week for five weeks. "
                + "Restoring one replaces your current progress (which is backed up first).");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var list = new javafx.scene.control.ListView<>(model.databaseBackups());
        list.setId("backupList");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(io.studycompanion.service.BackupEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : SettingsViewModel.describe(item));
            }
        });
        var now = new Button("Back up now");
        now.setId("backupNow");
        now.setOnAction(e -> model.backupNow());
        var restore = new Button("Restore selected…");
        restore.setId("restoreBackup");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.askRestore(list.getSelectionModel().getSelectedItem()));
        var question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(model.pendingRestoreProperty().map(p -> p.map(b -> "Replace all your progress with "
                + "the backup of " + SettingsViewModel.describe(b) + "?").orElse("")));
        var yes = new Button("Restore");
        yes.setId("confirmRestore");
        yes.setOnAction(e -> model.confirmRestore());
        var no = new Button("Cancel");
        no.setOnAction(e -> model.cancelRestore());
        var confirm = Layouts.question(question, yes, no);
        confirm.getStyleClass().add("info-banner");
        confirm.visibleProperty().bind(model.pendingRestoreProperty().map(java.util.Optional::isPresent));
        confirm.managedProperty().bind(confirm.visibleProperty());
        var open = new Button("Open data folder");
        open.setId("openDataFolder");
        open.setOnAction(e -> {
            if (!desktop.openFile(model.dataFolderPath())) {
                model.dataFolderNotOpened();
            }
        });
        var copy = new Button("Copy diagnostics");
        copy.setId("copyDiagnostics");
        copy.setOnAction(e -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString(model.diagnostics());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        return new VBox(10, caption, hint, list, Layouts.row(10, now, restore, open, copy), confirm);
    }

    private static Node themeChooser(SettingsViewModel model) {
        var light = new ToggleButton("Light");
        light.setId("themeLight");
        var dark = new ToggleButton("Dark");
        dark.setId("themeDark");
        Layouts.exclusive(java.util.List.of(light, dark));
        (model.themeProperty().get() == Theme.DARK ? dark : light).setSelected(true);
        light.setOnAction(e -> { light.setSelected(true); model.themeProperty().set(Theme.LIGHT); });
        dark.setOnAction(e -> { dark.setSelected(true); model.themeProperty().set(Theme.DARK); });
        model.themeProperty().addListener((obs, old, now) -> (now == Theme.DARK ? dark : light).setSelected(true));
        var box = new HBox(light, dark);
        box.getStyleClass().add("segmented");
        return box;
    }

    private static Node fontSize(SettingsViewModel model) {
        var spinner = new Spinner<Integer>(model.minFontSize(), model.maxFontSize(), model.fontSizeProperty().get());
        spinner.setId("fontSize");
        spinner.setPrefWidth(100);
        spinner.setEditable(true);
        // Typed sizes go through the model: out of range, it keeps the size and says the range (not a silent revert).
        spinner.getValueFactory().setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                int size = model.enterFontSize(text);
                javafx.application.Platform.runLater(() -> spinner.getEditor().setText(String.valueOf(size)));
                return size;
            }
        });
        spinner.valueProperty().addListener((obs, old, now) -> model.fontSizeProperty().set(now));
        model.fontSizeProperty().addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        var sample = Layouts.wrapping(new Label("px — applies to the whole window"));
        sample.getStyleClass().add("hint");
        Layouts.whole(spinner);
        var message = Layouts.wrapping(new Label());
        message.setId("fontSizeMessage");
        message.getStyleClass().add("error-text");
        message.textProperty().bind(model.fontSizeMessageProperty());
        var box = new HBox(10, spinner, new javafx.scene.layout.VBox(2, sample, message));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label caption(String text) {
        var label = Layouts.whole(new Label(text));
        label.getStyleClass().add("field-caption");
        return label;
    }
}
