package io.studycompanion.ui.settings;

import io.studycompanion.service.Theme;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Theme, text size and where the data lives. */
public final class SettingsView {
    private final VBox root = new VBox(16);

    public SettingsView(SettingsViewModel model) {
        root.setId("settingsScreen");
        root.getStyleClass().add("screen");
        var title = new Label("Settings");
        title.getStyleClass().add("screen-title");

        var grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(14);
        grid.addRow(0, caption("Theme"), themeChooser(model));
        grid.addRow(1, caption("Text size"), fontSize(model));
        var folder = new Label();
        folder.setId("dataFolder");
        folder.textProperty().bind(model.dataFolderProperty());
        folder.getStyleClass().add("mono");
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
        root.getChildren().addAll(title, error, grid);
    }

    public Node node() {
        return root;
    }

    private static Node themeChooser(SettingsViewModel model) {
        var group = new ToggleGroup();
        var light = new ToggleButton("Light");
        light.setId("themeLight");
        var dark = new ToggleButton("Dark");
        dark.setId("themeDark");
        light.setToggleGroup(group);
        dark.setToggleGroup(group);
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
        spinner.valueProperty().addListener((obs, old, now) -> model.fontSizeProperty().set(now));
        model.fontSizeProperty().addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        var sample = new Label("px — applies to the whole window");
        sample.getStyleClass().add("hint");
        var box = new HBox(10, spinner, sample);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label caption(String text) {
        var label = new Label(text);
        label.getStyleClass().add("field-caption");
        return label;
    }
}
