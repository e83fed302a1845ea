package io.studycompanion.ui.checklist;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The objective checklist screen: filters on top, the outline tree, and the selected objective's panel. */
public final class ChecklistView {
    private final BorderPane root = new BorderPane();

    public ChecklistView(ChecklistViewModel model) {
        root.setId("checklistScreen");
        root.setMinWidth(0);
        root.getStyleClass().add("screen");
        var tree = new ChecklistTree(model);
        var detail = new ObjectiveDetail(model);
        var split = new SplitPane(tree.node(), detail.node());
        split.setDividerPositions(0.71);
        split.setMinWidth(0);
        detail.node().setMinWidth(320);
        detail.node().setPrefWidth(340);
        SplitPane.setResizableWithParent(detail.node(), false);
        root.setTop(new VBox(12, header(model), filters(model), errorBanner(model)));
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
    }

    public Node node() {
        return root;
    }

    private static Node header(ChecklistViewModel model) {
        var title = new Label("Exam objectives");
        title.getStyleClass().add("screen-title");
        var exam = new ComboBox<>(model.exams());
        exam.setId("examPicker");
        exam.setMinWidth(160);
        exam.valueProperty().bindBidirectional(model.examProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new ProgressBar();
        bar.setId("overallProgress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(model.overallProperty().map(p -> p.fraction()));
        var summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(model.summaryProperty());
        var header = new HBox(12, title, exam, spacer, summary, bar);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static Node filters(ChecklistViewModel model) {
        var search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText("Filter by text, number (e.g. 2.5) or note");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(360);
        search.textProperty().bindBidirectional(model.queryProperty());
        var status = new ChoiceBox<StatusChoice>();
        status.setId("statusFilter");
        status.getItems().setAll(StatusChoice.all());
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        var box = new HBox(12, search, status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Node errorBanner(ChecklistViewModel model) {
        var label = new Label();
        label.setId("errorBanner");
        label.getStyleClass().add("error-banner");
        label.setWrapText(true);
        label.textProperty().bind(model.errorProperty());
        label.visibleProperty().bind(model.errorProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
