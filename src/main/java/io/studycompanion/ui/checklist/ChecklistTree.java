package io.studycompanion.ui.checklist;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.ui.checklist.ChecklistRow.Kind;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sections → subsections → objectives tree with a tick box, status and progress per row. */
final class ChecklistTree {
    private final TreeTableView<ChecklistRow> table = new TreeTableView<>();
    private final ChecklistViewModel model;
    private final Map<String, TreeItem<ChecklistRow>> items = new HashMap<>();
    private String shape = "";

    ChecklistTree(ChecklistViewModel model) {
        this.model = model;
        table.setId("checklistTree");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setMinWidth(0);
        var status = statusColumn();
        var progress = progressColumn();
        table.getColumns().addAll(List.of(titleColumn(), tickColumn(), status, progress));
        // A narrow table keeps the objectives readable: Progress goes first, then Status (both are shown
        // elsewhere too: the header's count and the objective panel).
        javafx.beans.InvalidationListener fit = o -> {
            var em = ((Label) progress.getGraphic()).getFont().getSize();
            double room = table.getWidth() - table.getColumns().get(1).getWidth() - 2 * em;
            progress.setVisible(room - status.getMinWidth() - progress.getMinWidth() >= 20 * em);
            status.setVisible(room - status.getMinWidth() >= 16 * em);
        };
        table.widthProperty().addListener(fit);
        ((Label) progress.getGraphic()).fontProperty().addListener(fit);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> model.selectedProperty().set(
                Optional.ofNullable(item).flatMap(i -> i.getValue().objective()).map(o -> o.objective().id())));
        model.rowsProperty().addListener((obs, old, rows) -> render(rows));
        render(model.rowsProperty().get());
    }

    TreeTableView<ChecklistRow> node() {
        return table;
    }

    /** Updates values in place when only progress changed, so expansion, scroll and selection stay put. */
    private void render(List<ChecklistRow> rows) {
        var newShape = String.join("|", rows.stream().map(ChecklistRow::shape).toList());
        if (newShape.equals(shape)) {
            rows.forEach(this::updateValues);
            return;
        }
        shape = newShape;
        var selectedKey = Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(i -> i.getValue().key());
        items.clear();
        var root = new TreeItem<ChecklistRow>();
        rows.forEach(r -> root.getChildren().add(build(r)));
        table.setRoot(root);
        selectedKey.map(items::get).ifPresent(i -> table.getSelectionModel().select(i));
    }

    private TreeItem<ChecklistRow> build(ChecklistRow row) {
        var item = new TreeItem<>(row);
        item.setExpanded(true);
        items.put(row.key(), item);
        row.children().forEach(c -> item.getChildren().add(build(c)));
        return item;
    }

    private void updateValues(ChecklistRow row) {
        var item = items.get(row.key());
        if (item != null) {
            item.setValue(row);
        }
        row.children().forEach(this::updateValues);
    }

    private TreeTableColumn<ChecklistRow, ChecklistRow> column(String title) {
        var column = new TreeTableColumn<ChecklistRow, ChecklistRow>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        column.setSortable(false);
        return column;
    }

    private TreeTableColumn<ChecklistRow, ChecklistRow> titleColumn() {
        var column = column("Objective");
        column.setPrefWidth(560);
        column.setCellFactory(c -> new RowCell() {
            {
                // A narrower or wider column changes how many lines the objective needs: measure again.
                widthProperty().addListener((o, old, now) -> requestLayout());
            }

            /** The cell's skin sizes its graphic for one line; give the wrapped title the height it needs. */
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                if (getGraphic() instanceof Region box) {
                    double w = box.getWidth();
                    double h = Math.min(box.prefHeight(w), getHeight() - snappedTopInset() - snappedBottomInset());
                    box.resize(w, h);
                    box.relocate(box.getLayoutX(), snappedTopInset()
                            + (getHeight() - snappedTopInset() - snappedBottomInset() - h) / 2);
                }
            }

            /** The row asks its cells for their height without a width: answer for the column's width, wrapped. */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 ? getTableColumn().getWidth() : width);
            }

            @Override
            void draw(ChecklistRow row) {
                var code = new Label(row.code());
                code.getStyleClass().add("row-code");
                var title = new Label(row.title());
                title.getStyleClass().add("row-title");
                // The whole objective is the point: it wraps and the row grows, never an ellipsis.
                title.setWrapText(true);
                title.setMinWidth(0);
                HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
                var box = new HBox(8, code, title);
                row.weight().ifPresent(w -> { // under the title: a narrow column keeps the whole title and the chip
                    var chip = io.studycompanion.ui.Layouts.wrapping(chip(w, "weight-chip"));
                    var stack = new javafx.scene.layout.VBox(2, title, chip);
                    HBox.setHgrow(stack, javafx.scene.layout.Priority.ALWAYS);
                    stack.setMinWidth(0);
                    box.getChildren().setAll(code, stack);
                });
                code.setMinWidth(Region.USE_PREF_SIZE);
                box.setAlignment(Pos.CENTER_LEFT);
                box.setMinWidth(0);
                getStyleClass().setAll("tree-table-cell", "kind-" + row.kind().name().toLowerCase());
                setGraphic(box);
            }
        });
        return column;
    }

    private TreeTableColumn<ChecklistRow, ChecklistRow> tickColumn() {
        var column = column("Done");
        fixedWidth(column, 3.8);
        column.setCellFactory(c -> new RowCell() {
            @Override
            void draw(ChecklistRow row) {
                if (row.kind() != Kind.OBJECTIVE) {
                    setGraphic(null);
                    return;
                }
                var entry = row.objective().orElseThrow();
                var box = new CheckBox();
                box.setSelected(entry.progress().ticked());
                box.getStyleClass().add("tick-box");
                box.setUserData(entry.objective().id().toString());
                ObjectiveId id = entry.objective().id();
                box.setOnAction(e -> model.setTicked(id, box.isSelected()));
                setGraphic(box);
                setAlignment(Pos.CENTER);
            }
        });
        return column;
    }

    private TreeTableColumn<ChecklistRow, ChecklistRow> statusColumn() {
        var column = column("Status");
        fixedWidth(column, 7.6);
        column.setCellFactory(c -> new RowCell() {
            @Override
            void draw(ChecklistRow row) {
                setGraphic(row.objective().map(o -> chip(o.progress().status().label(),
                        "status-" + o.progress().status().name().toLowerCase().replace('_', '-'))).orElse(null));
            }
        });
        return column;
    }

    private TreeTableColumn<ChecklistRow, ChecklistRow> progressColumn() {
        var column = column("Progress");
        fixedWidth(column, 5.8);
        column.setCellFactory(c -> new RowCell() {
            @Override
            void draw(ChecklistRow row) {
                setGraphic(row.progress().map(p -> {
                    var count = new Label(p.ticked() + "/" + p.total());
                    count.setMinWidth(Region.USE_PREF_SIZE);
                    return count;
                }).orElse(null));
            }
        });
        return column;
    }

    /** A column as wide as {@code ems} times the text size: it grows with the text instead of cutting it. */
    private static void fixedWidth(TreeTableColumn<ChecklistRow, ChecklistRow> column, double ems) {
        var header = new Label(column.getText());
        header.setMinWidth(Region.USE_PREF_SIZE);
        column.setText(null);
        column.setGraphic(header);
        java.util.function.Consumer<javafx.scene.text.Font> size = font -> {
            var heading = javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
            var text = new javafx.scene.text.Text(header.getText());
            text.setFont(heading);
            var width = Math.ceil(Math.max(font.getSize() * ems, text.getLayoutBounds().getWidth() + font.getSize() * 2));
            column.setMinWidth(width);
            column.setMaxWidth(width);
            column.setPrefWidth(width);
        };
        size.accept(header.getFont());
        header.fontProperty().addListener((o, old, font) -> size.accept(font));
        column.setResizable(false);
    }

    private static Label chip(String text, String styleClass) {
        var label = new Label(text);
        label.getStyleClass().addAll("chip", styleClass);
        return label;
    }

    /** A cell that redraws from the row value and clears itself when empty. */
    private abstract static class RowCell extends TreeTableCell<ChecklistRow, ChecklistRow> {
        abstract void draw(ChecklistRow row);

        @Override
        protected void updateItem(ChecklistRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else {
                draw(row);
            }
        }
    }
}
