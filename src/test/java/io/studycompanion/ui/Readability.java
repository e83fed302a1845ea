package io.studycompanion.ui;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of the screen would find wrong: a label whose shown text is not its text (cut with an
 * ellipsis), a control that reaches past the window or past a parent that clips it, a horizontal scroll bar
 * outside a code block. Reads the laid-out scene graph; call it on the FX thread after a layout pass.
 */
final class Readability {
    private static final double SLACK = 1.5;

    private Readability() {
    }

    static List<String> problems(Scene scene) {
        var found = new ArrayList<String>();
        var window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        visit(scene.getRoot(), window, found);
        return found;
    }

    private static void visit(Node node, Bounds window, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkCut(labeled, found);
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getVisibleAmount() < bar.getMax() - bar.getMin() && !inCodeBlock(bar)) {
            found.add("horizontal scroll bar in " + describe(bar.getParent()));
        }
        if (node.getStyleClass().contains("md-code-block")) {
            checkClipped(node, window, found); // the block stays inside; its code may scroll sideways within it
        } else if (isControl(node) && !inCodeBlock(node)) {
            checkClipped(node, window, found);
        }
        if (node instanceof Parent parent && !(node instanceof ScrollBar)) {
            for (var child : parent.getChildrenUnmodifiable()) {
                visit(child, window, found);
            }
        }
    }

    private static boolean isControl(Node node) {
        return node instanceof Labeled || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Spinner<?> || node instanceof Slider
                || (node instanceof Text && !(node.getParent() instanceof Labeled) && !inTextInput(node));
    }

    private static void checkCut(Labeled labeled, List<String> found) {
        var text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        for (var child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != labeled.getGraphic() && child.isVisible()) {
                var expected = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
                if (!normalise(shown.getText()).equals(normalise(expected))) {
                    found.add("cut text: " + describe(labeled) + " shows \"" + shown.getText() + "\"");
                }
                return;
            }
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Past the window, or past an ancestor's clip (only sideways for the content of a scrolling view). */
    private static void checkClipped(Node node, Bounds window, List<String> found) {
        var b = node.localToScene(node.getLayoutBounds());
        if (node instanceof Text text && node.getParent() instanceof javafx.scene.text.TextFlow) {
            // A wrapped run's bounds include the spaces that hang past the end of a line: allow one em.
            var em = text.getFont().getSize();
            b = new BoundingBox(b.getMinX(), b.getMinY(), Math.max(0, b.getWidth() - em), b.getHeight());
        }
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        boolean scrolls = false;
        for (Node a = node.getParent(); a != null; a = a.getParent()) {
            boolean scroller = a.getStyleClass().contains("viewport") || a.getStyleClass().contains("clipped-container");
            scrolls |= scroller;
            var clip = a.getClip();
            if (clip != null && !inCodeBlock(a)) {
                var c = a.localToScene(clip.getBoundsInParent()); // a clip lives in its owner's coordinates
                boolean vertical = !scroller && (b.getMinY() < c.getMinY() - SLACK || b.getMaxY() > c.getMaxY() + SLACK);
                boolean sideways = b.getMinX() < c.getMinX() - SLACK || b.getMaxX() > c.getMaxX() + SLACK;
                if (sideways && isInView(b, c) || vertical && !scrolls) {
                    found.add("clipped by " + describe(a) + ": " + describe(node) + " at " + box(b) + " in " + box(c));
                    return;
                }
            }
        }
        boolean outside = b.getMinX() < -SLACK || b.getMaxX() > window.getMaxX() + SLACK
                || (!scrolls && (b.getMinY() < -SLACK || b.getMaxY() > window.getMaxY() + SLACK));
        if (outside) {
            found.add("past the window: " + describe(node) + " at " + box(b) + " in " + box(window));
        }
    }

    /** A cell scrolled out of view vertically is not clipped sideways. */
    private static boolean isInView(Bounds b, Bounds clip) {
        return b.getMaxY() > clip.getMinY() && b.getMinY() < clip.getMaxY();
    }

    private static boolean inCodeBlock(Node node) {
        for (Node a = node; a != null; a = a.getParent()) {
            if (a.getStyleClass().contains("md-code-block")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inTextInput(Node node) {
        for (Node a = node.getParent(); a != null; a = a.getParent()) {
            if (a instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    static String describe(Node node) {
        if (node == null) {
            return "(none)";
        }
        var sb = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            sb.append('#').append(node.getId());
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            sb.append(" \"").append(abbreviate(l.getText())).append('"');
        } else if (node instanceof Text t) {
            sb.append(" \"").append(abbreviate(t.getText())).append('"');
        }
        for (Node a = node.getParent(); a != null; a = a.getParent()) {
            if (a.getId() != null) {
                sb.append(" in #").append(a.getId());
                break;
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        var one = s.replaceAll("\\s+", " ");
        return one.length() <= 48 ? one : one.substring(0, 45) + "...";
    }

    private static String box(Bounds b) {
        return String.format("[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
