package io.studycompanion.ui.checklist;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.ui.checklist.ChecklistRow.Kind;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;
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
        table.setMinWidth(420);
        table.getColumns().addAll(List.of(titleColumn(), tickColumn(), statusColumn(), progressColumn()));
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
            @Override
            void draw(ChecklistRow row) {
                var code = new Label(row.code());
                code.getStyleClass().add("row-code");
                var title = new Label(row.title());
                title.getStyleClass().add("row-title");
                title.setTooltip(new Tooltip(row.code() + "  " + row.title()));
                var box = new HBox(8, code, title);
                row.weight().ifPresent(w -> box.getChildren().add(chip(w, "weight-chip")));
                code.setMinWidth(Region.USE_PREF_SIZE);
                box.setAlignment(Pos.CENTER_LEFT);
                getStyleClass().setAll("tree-table-cell", "kind-" + row.kind().name().toLowerCase());
                setGraphic(box);
            }
        });
        return column;
    }

    private TreeTableColumn<ChecklistRow, ChecklistRow> tickColumn() {
        var column = column("Done");
        fixedWidth(column, 64);
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
        fixedWidth(column, 118);
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
        fixedWidth(column, 150);
        column.setCellFactory(c -> new RowCell() {
            @Override
            void draw(ChecklistRow row) {
                setGraphic(row.progress().map(p -> {
                    var bar = new ProgressBar(p.fraction());
                    bar.setPrefWidth(80);
                    bar.getStyleClass().add("row-progress");
                    var count = new Label(p.ticked() + "/" + p.total());
                    count.setMinWidth(Region.USE_PREF_SIZE);
                    var box = new HBox(8, bar, count);
                    box.setAlignment(Pos.CENTER_LEFT);
                    return box;
                }).orElse(null));
            }
        });
        return column;
    }

    private static void fixedWidth(TreeTableColumn<ChecklistRow, ChecklistRow> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
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
