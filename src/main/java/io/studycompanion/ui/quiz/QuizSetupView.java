package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.QuizMode;
import io.studycompanion.domain.quiz.QuizScope;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Start a quiz, resume the unfinished one, or reopen a past one. */
final class QuizSetupView {
    private final VBox root = new VBox(18);

    QuizSetupView(QuizSetupViewModel model) {
        root.setId("quizSetup");
        var title = new Label("Quiz");
        title.getStyleClass().add("screen-title");
        // As on the dashboard: a word, not a spinner, while the quizzes and counts are read in the background.
        var updating = new Label("Updating…");
        updating.setId("quizSetupUpdating");
        updating.getStyleClass().add("hint");
        updating.visibleProperty().bind(model.loadingProperty());
        var header = new HBox(12, title, updating);
        header.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(header, resumeBanner(model), form(model), errorLabel(model), history(model));
    }

    Node node() {
        return root;
    }

    private static Node resumeBanner(QuizSetupViewModel model) {
        var text = new Label();
        text.setId("unfinishedText");
        text.textProperty().bind(model.unfinishedProperty());
        var resume = new Button("Resume");
        resume.setId("resume");
        resume.getStyleClass().add("accent");
        resume.setOnAction(e -> model.resume());
        var discard = new Button();
        discard.textProperty().bind(model.discardLabelProperty());
        discard.setId("discard");
        discard.setOnAction(e -> model.discardUnfinished());
        var box = io.studycompanion.ui.Layouts.question(text, resume, discard);
        box.getStyleClass().add("info-banner");
        box.visibleProperty().bind(model.unfinishedProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node form(QuizSetupViewModel model) {
        var modes = new javafx.scene.layout.FlowPane(0, 6); // one segmented row, or more when too narrow
        modes.getStyleClass().add("segmented");
        var buttons = new java.util.ArrayList<ToggleButton>();
        for (var mode : QuizMode.values()) {
            var b = new ToggleButton(mode.label());
            b.setId("mode-" + mode.name());
            buttons.add(b);
            b.setSelected(model.modeProperty().get() == mode);
            b.setOnAction(e -> { b.setSelected(true); model.modeProperty().set(mode); });
            modes.getChildren().add(b);
        }
        io.studycompanion.ui.Layouts.exclusive(buttons);
        var scope = new ComboBox<>(model.scopes());
        scope.setId("scope");
        scope.setMinWidth(120);
        scope.setMaxWidth(Double.MAX_VALUE);
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        scope.setConverter(new StringConverter<>() {
            public String toString(QuizScope s) { return s == null ? "" : s.label(); }
            public QuizScope fromString(String s) { return null; }
        });
        var count = new Spinner<Integer>(1, 200, model.countProperty().get());
        count.setId("count");
        count.setEditable(true);
        count.setPrefWidth(100);
        count.valueProperty().addListener((o, a, b) -> model.countProperty().set(b));
        var practiceOnly = model.modeProperty().isEqualTo(QuizMode.PRACTICE);
        scope.disableProperty().bind(practiceOnly.not());
        count.disableProperty().bind(practiceOnly.not());
        var info = new Label();
        info.setId("availability");
        info.setWrapText(true);
        info.getStyleClass().add("hint");
        info.textProperty().bind(model.availabilityProperty());
        var start = new Button("Start");
        start.setId("startQuiz");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.start());
        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        var captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, fields);
        io.studycompanion.ui.Layouts.wrapping(info);
        for (var b : modes.getChildren()) {
            io.studycompanion.ui.Layouts.whole((javafx.scene.layout.Region) b);
        }
        io.studycompanion.ui.Layouts.whole(count);
        io.studycompanion.ui.Layouts.whole(start);
        grid.addRow(0, caption("Mode"), modes);
        grid.addRow(1, caption("Questions from"), scope);
        grid.addRow(2, caption("How many"), count);
        grid.add(info, 1, 3);
        grid.add(start, 1, 4);
        return grid;
    }

    private static Node errorLabel(QuizSetupViewModel model) {
        var error = new Label();
        error.setId("setupError");
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Node history(QuizSetupViewModel model) {
        var list = new ListView<>(model.past());
        list.setId("pastAttempts");
        var placeholder = new Label();
        placeholder.setId("pastPlaceholder");
        // While the quizzes are read, an empty list does not yet mean there are none.
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then("Reading your past quizzes…").otherwise("Your finished quizzes will be listed here."));
        list.setPlaceholder(placeholder);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        var open = new Button("Open results");
        open.setId("openPast");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(list, Priority.ALWAYS);
        var box = new VBox(8, caption("Past quizzes"), list, open);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label caption(String text) {
        var label = io.studycompanion.ui.Layouts.whole(new Label(text));
        label.getStyleClass().add("field-caption");
        return label;
    }
}
