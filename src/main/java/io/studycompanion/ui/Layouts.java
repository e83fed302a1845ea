package io.studycompanion.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Layout rules every screen shares so that no text is cut at a narrow window or a large text size: short
 * controls keep their whole width, rows of them wrap onto more lines, long text wraps.
 */
public final class Layouts {
    private Layouts() {
    }

    /** Never narrower than its text: a button or short label that is unreadable when cut. */
    public static <T extends Region> T whole(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }

    /** Wraps onto as many lines as it needs instead of ending in an ellipsis. */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * A label that wraps between words but never inside one: its least width is its widest word in its own font
     * (followed as the text size changes). At 22 px on a 1024-wide window a section title read "Develo / pment".
     */
    public static Label wordsWhole(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        Runnable measure = () -> {
            double widest = 0;
            var probe = new javafx.scene.text.Text();
            probe.setFont(label.getFont());
            for (var word : label.getText().split("\\s+")) {
                probe.setText(word);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            label.setMinWidth(Math.ceil(widest) + label.snappedLeftInset() + label.snappedRightInset() + 1);
        };
        measure.run();
        label.fontProperty().addListener((o, was, font) -> measure.run());
        label.textProperty().addListener((o, was, text) -> measure.run());
        return label;
    }

    /** A row of controls that continues on the next line when the window is too narrow for it. */
    public static FlowPane row(double gap, Node... nodes) {
        // Prefers one line (its parent gives what it can spare); at its least, one control per line. (FlowPane's
        // own preferred width is its wrap length, 400 px, whatever its children need.)
        var row = new FlowPane(gap, gap * 0.75) {
            @Override
            protected double computePrefWidth(double height) {
                double width = 0;
                var children = getManagedChildren();
                for (var child : children) {
                    width += child.prefWidth(-1);
                }
                return snappedLeftInset() + width + Math.max(0, children.size() - 1) * getHgap() + snappedRightInset();
            }

            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 ? computePrefWidth(-1) : width);
            }
        };
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        for (var node : nodes) {
            if (node instanceof Region region && !(node instanceof Label label && label.isWrapText())) {
                whole(region);
            }
        }
        row.getChildren().addAll(nodes);
        return row;
    }

    /**
     * One of these buttons selected at a time, like a ToggleGroup, but each one a Tab stop of its own (in a
     * ToggleGroup, Tab stops only at the selected button and the others need the arrow keys).
     */
    public static void exclusive(java.util.List<? extends javafx.scene.control.ToggleButton> buttons) {
        for (var button : buttons) {
            button.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    buttons.stream().filter(b -> b != button).forEach(b -> b.setSelected(false));
                }
            });
        }
    }

    /** A question with its buttons: the question wraps and takes the room, the buttons stay whole. */
    public static HBox question(Label text, Node... buttons) {
        wrapping(text);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        var box = new HBox(10, text);
        box.setAlignment(Pos.CENTER_LEFT);
        for (var b : buttons) {
            if (b instanceof Region region) {
                whole(region);
            }
            box.getChildren().add(b);
        }
        return box;
    }
}
