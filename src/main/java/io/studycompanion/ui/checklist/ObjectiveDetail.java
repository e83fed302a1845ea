package io.studycompanion.ui.checklist;

import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The side panel for the selected objective: tick, status and note, each saved as it changes. */
final class ObjectiveDetail {
    private final ChecklistViewModel model;
    private final StackPane root = new StackPane();
    private final javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(root);
    private final VBox editor = new VBox(12);
    private final Label code = new Label();
    private final Label text = new Label();
    private final CheckBox ticked = new CheckBox("Ticked off: I have covered this");
    private final Map<ObjectiveStatus, ToggleButton> statusButtons = new EnumMap<>(ObjectiveStatus.class);
    private final TextArea note = new TextArea();
    private boolean updating;

    ObjectiveDetail(ChecklistViewModel model) {
        this.model = model;
        root.setId("detail");
        root.getStyleClass().add("detail-pane");
        root.setPadding(new Insets(16));
        var placeholder = new Label("Select an objective to tick it off, set how confident you are and keep a note.");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        buildEditor();
        root.getChildren().addAll(placeholder, editor);
        model.selectedProgressProperty().addListener((obs, old, now) -> show(now));
        show(model.selectedProgressProperty().get());
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().addAll("edge-to-edge", "detail-pane");
    }

    /** The panel in a vertical scroller: at a large text size or a short window it scrolls, never clips. */
    javafx.scene.control.ScrollPane node() {
        return scroller;
    }

    private void buildEditor() {
        code.getStyleClass().add("detail-code");
        text.setId("detailText");
        text.textProperty().bind(model.selectedTextProperty());
        io.studycompanion.ui.Layouts.wrapping(text);
        text.getStyleClass().add("detail-text");
        ticked.setId("detailTicked");
        ticked.setWrapText(true);
        ticked.setOnAction(e -> current().ifPresent(p -> model.setTicked(p.objectiveId(), ticked.isSelected())));
        var statusRow = new javafx.scene.layout.FlowPane(6, 6);
        for (var status : ObjectiveStatus.values()) {
            var button = new ToggleButton(status.label());
            button.setId("status-" + status.name());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> onStatus(status, button));
            statusButtons.put(status, button);
            statusRow.getChildren().add(button);
        }
        io.studycompanion.ui.Layouts.exclusive(java.util.List.copyOf(statusButtons.values()));
        note.setId("noteArea");
        note.setWrapText(true);
        note.setPromptText("Your note: what to revisit, links, pitfalls…");
        VBox.setVgrow(note, Priority.ALWAYS);
        note.setPrefRowCount(4);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                current().ifPresent(p -> model.setNote(p.objectiveId(), now));
            }
        });
        var practice = new Button("Practice this objective", new FontIcon(Feather.PLAY_CIRCLE));
        practice.setId("practiceObjective");
        practice.setWrapText(true);
        ticked.setMinWidth(0);
        ticked.setMinHeight(Region.USE_PREF_SIZE);
        code.setMinWidth(Region.USE_PREF_SIZE);
        practice.setOnAction(e -> model.practiceSelected());
        editor.getChildren().addAll(code, text, practice, ticked, section("How confident are you?"), statusRow,
                section("Note"), note);
    }

    private void onStatus(ObjectiveStatus status, ToggleButton button) {
        if (!button.isSelected()) {
            button.setSelected(true); // a status is always set; clicking the active one keeps it
            return;
        }
        current().ifPresent(p -> model.setStatus(p.objectiveId(), status));
    }

    private Optional<ObjectiveProgress> current() {
        return model.selectedProgressProperty().get();
    }

    private void show(Optional<ObjectiveProgress> progress) {
        editor.setVisible(progress.isPresent());
        root.getChildren().get(0).setVisible(progress.isEmpty());
        progress.ifPresent(p -> {
            updating = true;
            code.setText("Objective " + p.objectiveId().position());
            ticked.setSelected(p.ticked());
            statusButtons.get(p.status()).setSelected(true);
            if (!note.getText().equals(p.note())) {
                note.setText(p.note());
            }
            updating = false;
        });
    }

    private static Label section(String title) {
        var label = new Label(title);
        label.getStyleClass().add("detail-heading");
        return label;
    }
}
