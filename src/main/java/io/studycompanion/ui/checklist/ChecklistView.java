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
        detail.node().setMinWidth(200);
        detail.node().setPrefWidth(340);
        SplitPane.setResizableWithParent(detail.node(), false);
        // Beside the tree when there is room for both, below it when there is not; it can also be hidden.
        var showDetail = new javafx.scene.control.ToggleButton("Objective panel");
        showDetail.setId("toggleDetail");
        showDetail.setSelected(true);
        showDetail.setMinWidth(Region.USE_PREF_SIZE);
        showDetail.selectedProperty().addListener((o, was, shown) -> {
            if (shown) {
                split.getItems().add(detail.node());
                split.setDividerPositions(split.getOrientation() == javafx.geometry.Orientation.HORIZONTAL ? 0.71 : 0.6);
            } else {
                split.getItems().remove(detail.node());
            }
        });
        root.widthProperty().addListener((o, old, width) -> arrange(split, detail.node(), width.doubleValue()));
        root.setTop(new VBox(12, header(model), filters(model, showDetail), errorBanner(model)));
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
    }

    public Node node() {
        return root;
    }

    /** Side by side when the objective column keeps about 30 characters' width; one above the other below that. */
    private static void arrange(SplitPane split, Node detail, double width) {
        var em = javafx.scene.text.Font.getDefault().getSize();
        var sample = split.lookup(".label");
        if (sample instanceof Label label) {
            em = label.getFont().getSize();
        }
        var wanted = width < em * 44 + 300 ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            if (split.getItems().contains(detail)) {
                split.setDividerPositions(wanted == javafx.geometry.Orientation.HORIZONTAL ? 0.71 : 0.6);
            }
        }
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
        io.studycompanion.ui.Layouts.wrapping(summary);
        summary.textProperty().bind(model.summaryProperty());
        title.setWrapText(true);
        exam.setMinWidth(Region.USE_PREF_SIZE);
        var left = io.studycompanion.ui.Layouts.row(12, title, exam);
        bar.setMinWidth(60);
        var right = new VBox(4, summary, bar);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(120);
        return new io.studycompanion.ui.TwoEnds(left, right, 12);
    }

    private static Node filters(ChecklistViewModel model, Node showDetail) {
        var search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText("Filter by text, number (e.g. 2.5) or note");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefWidth(360);
        search.setMinWidth(160);
        search.textProperty().bindBidirectional(model.queryProperty());
        var status = new ChoiceBox<StatusChoice>();
        status.setId("statusFilter");
        status.getItems().setAll(StatusChoice.all());
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(120);
        var box = new HBox(12, search, io.studycompanion.ui.Layouts.row(12, status, showDetail));
        HBox.setHgrow(box.getChildren().get(1), Priority.ALWAYS);
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
