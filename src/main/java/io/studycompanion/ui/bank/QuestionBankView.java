package io.studycompanion.ui.bank;

import io.studycompanion.service.CueSummary;
import io.studycompanion.ui.DesktopActions;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** Coverage of the bank by section, and importing a question pack. */
public final class QuestionBankView {
    private final VBox root = new VBox(16);

    /** @param background where the cue check runs (it reads every question; not on the FX thread) */
    public QuestionBankView(QuestionBankViewModel model, DesktopActions picker, java.util.concurrent.Executor background) {
        root.setId("questionBankScreen");
        root.getStyleClass().add("screen");
        var title = new Label("Question bank");
        title.getStyleClass().add("screen-title");
        var totals = new Label();
        totals.setId("bankTotals");
        totals.setWrapText(true);
        totals.textProperty().bind(model.totalsProperty());
        var grid = new GridPane();
        grid.setId("bankSections");
        grid.setHgap(18);
        grid.setVgap(10);
        model.sections().addListener((javafx.collections.ListChangeListener<SectionCoverage>) c -> fill(grid, model));
        fill(grid, model);
        // The cue table fills in from the background; below the import controls, it never moves them under the pointer.
        root.getChildren().addAll(title, totals, grid, importBox(model, picker), cueBox(model));
        var task = new javafx.concurrent.Task<io.studycompanion.domain.cue.CueReport>() {
            @Override
            protected io.studycompanion.domain.cue.CueReport call() {
                return model.measureCues();
            }
        };
        task.setOnSucceeded(e -> model.showCues(task.getValue()));
        task.setOnFailed(e -> model.cuesFailed(task.getException()));
        background.execute(task);
    }

    /** The screen, scrolling when the window is too short for the coverage, the cue figures and the import. */
    public Node node() {
        var scroll = new javafx.scene.control.ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static void fill(GridPane grid, QuestionBankViewModel model) {
        grid.getChildren().clear();
        grid.addRow(0, header("Section"), header("Questions"), header("Share of bank"), header("Exam weight"));
        int row = 1;
        for (var s : model.sections()) {
            var bar = new ProgressBar(s.share() / 100);
            bar.setPrefWidth(160);
            bar.setMinWidth(40);
            var percent = new Label(String.format(Locale.ROOT, "%.1f%%", s.share()));
            percent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            var share = new HBox(8, bar, percent);
            share.setAlignment(Pos.CENTER_LEFT);
            var name = new Label(s.title());
            name.setWrapText(true);
            var count = new Label(String.valueOf(s.questions()));
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            var weight = new Label(s.blueprint());
            weight.setWrapText(true);
            grid.addRow(row++, name, count, share, weight);
        }
    }

    /** The shipped bank's wording-cue figures: how far a reader who knows nothing gets by wording alone. */
    private static Node cueBox(QuestionBankViewModel model) {
        var heading = header("Answer cues in the wording");
        var hint = new Label("Scores a test-taker would get without knowing anything, by picking choices from their "
                + "wording alone; they should stay near blind guessing.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var grid = new GridPane();
        grid.setId("cueFigures");
        grid.setHgap(14);
        grid.setVgap(4);
        Runnable fill = () -> fillCues(grid, model);
        model.cueFigures().addListener((javafx.collections.ListChangeListener<CueSummary.Row>) c -> fill.run());
        fill.run();
        var verdict = new Label();
        verdict.setId("cueVerdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(model.cueVerdictProperty());
        return new VBox(6, heading, hint, grid, verdict);
    }

    private static void fillCues(GridPane grid, QuestionBankViewModel model) {
        grid.getChildren().clear();
        grid.addRow(0, header(""), header("Figure"), header("Shipped bank"), header("Limit"));
        int row = 1;
        for (var r : model.cueFigures()) {
            var mark = io.studycompanion.ui.Layouts.whole(new Label(switch (r.status()) {
                case WITHIN -> "✓";
                case PAST -> "✗";
                case NO_LIMIT -> "·";
            }));
            mark.getStyleClass().add(r.status() == CueSummary.Status.PAST ? "cue-past" : "cue-within");
            mark.setAccessibleText(switch (r.status()) {
                case WITHIN -> "within its limit";
                case PAST -> "past its limit";
                case NO_LIMIT -> "no limit";
            });
            var figure = new Label(r.figure());
            figure.setWrapText(true);
            var value = new Label(r.value());
            value.setWrapText(true);
            var limit = new Label(r.limit());
            limit.setWrapText(true);
            grid.addRow(row++, mark, figure, value, limit);
        }
    }

    private static Node importBox(QuestionBankViewModel model, DesktopActions picker) {
        var heading = header("Add a question pack");
        var hint = new Label("A pack is a JSON file in the bank's format (see question-file.schema.json). "
                + "It is checked first and added only if it has no problem at all.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var button = new Button("Import question pack…", new FontIcon(Feather.UPLOAD));
        button.setId("importPack");
        button.setOnAction(e -> picker.chooseOpenFile(button.getScene().getWindow(),
                "Import a question pack", "Question files (*.json)", "*.json").ifPresent(model::importPack));
        var message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.importMessageProperty());
        model.importFailedProperty().addListener((obs, old, failed) -> message.getStyleClass()
                .setAll("label", failed ? "error-banner" : "success-banner"));
        message.visibleProperty().bind(model.importMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        var problems = new ListView<>(model.problems());
        problems.setId("importProblems");
        problems.setPrefHeight(180);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox.setVgrow(problems, Priority.ALWAYS);
        var warnings = new ListView<>(model.importWarnings());
        warnings.setId("importWarnings");
        warnings.setPrefHeight(160);
        warnings.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.importWarnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        var warningsCaption = new Label("The pack was added, but its wording gives answers away:");
        warningsCaption.setId("importWarningsCaption");
        warningsCaption.getStyleClass().add("hint");
        warningsCaption.visibleProperty().bind(warnings.visibleProperty());
        warningsCaption.managedProperty().bind(warnings.visibleProperty());
        return new VBox(10, heading, hint, button, message, problems, warningsCaption, warnings);
    }

    private static Label header(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("field-caption");
        return label;
    }
}
