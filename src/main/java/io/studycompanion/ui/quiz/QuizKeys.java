package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.Confidence;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The player's keyboard map and the overlay that lists it. */
final class QuizKeys {
    private static final String[][] KEYS = {
            {"1–6 or A–E", "choose an answer (again to unselect in a multiple-answer question)"},
            {"Enter", "check the answer, then go on (exam: next question; on the last one, submit)"},
            {"Ctrl+Enter", "submit now (asks first)"},
            {"Ctrl+C", "copy the question (and its explanation once shown); right-click for the same"},
            {"Page Up / Page Down", "scroll the question and its explanation"},
            {"→ / ←", "next / previous question"},
            {"F", "flag for review"},
            {"S / U / G", "confidence: sure, unsure, guess"},
            {"?", "show or hide this list"},
            {"Esc", "close this list"}};

    private QuizKeys() {
    }

    /** Acts on a key; true when the key was one of the player's. */
    static boolean handle(KeyEvent e, QuizPlayerViewModel model, Node help, Runnable askSubmit) {
        var code = e.getCode();
        if (code == KeyCode.ENTER && (e.isControlDown() || e.isMetaDown())) {
            askSubmit.run();
            return true;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        if (code.ordinal() >= KeyCode.DIGIT1.ordinal() && code.ordinal() <= KeyCode.DIGIT6.ordinal()) {
            model.toggle(code.ordinal() - KeyCode.DIGIT1.ordinal());
        } else if (code.ordinal() >= KeyCode.NUMPAD1.ordinal() && code.ordinal() <= KeyCode.NUMPAD6.ordinal()) {
            model.toggle(code.ordinal() - KeyCode.NUMPAD1.ordinal());
        } else if (code.ordinal() >= KeyCode.A.ordinal() && code.ordinal() <= KeyCode.E.ordinal()) {
            model.toggle(code.ordinal() - KeyCode.A.ordinal());
        } else if (code == KeyCode.F) {
            model.toggleFlag();
        } else if (code == KeyCode.ENTER && model.isExam() && model.onLastQuestion()) {
            askSubmit.run();
        } else if (code == KeyCode.ENTER) {
            model.confirm();
        } else if (code == KeyCode.RIGHT) {
            model.next();
        } else if (code == KeyCode.LEFT) {
            model.previous();
        } else if (code == KeyCode.S || code == KeyCode.U || code == KeyCode.G) {
            model.setConfidence(code == KeyCode.S ? Confidence.SURE : code == KeyCode.U ? Confidence.UNSURE : Confidence.GUESS);
        } else if (code == KeyCode.SLASH && e.isShiftDown() || "?".equals(e.getText())) {
            help.setVisible(!help.isVisible());
        } else if (code == KeyCode.ESCAPE) {
            help.setVisible(false);
        } else {
            return false;
        }
        return true;
    }

    static Node helpOverlay() {
        var grid = new GridPane();
        var keyColumn = new javafx.scene.layout.ColumnConstraints();
        keyColumn.setMinWidth(Region.USE_PREF_SIZE);
        var whatColumn = new javafx.scene.layout.ColumnConstraints();
        whatColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keyColumn, whatColumn);
        grid.setHgap(16);
        grid.setVgap(8);
        for (int i = 0; i < KEYS.length; i++) {
            var key = io.studycompanion.ui.Layouts.whole(new Label(KEYS[i][0]));
            key.getStyleClass().add("key-cap");
            var what = io.studycompanion.ui.Layouts.wrapping(new Label(KEYS[i][1]));
            grid.addRow(i, key, what);
        }
        var title = new Label("Keyboard");
        title.getStyleClass().add("field-caption");
        var rows = new javafx.scene.control.ScrollPane(grid); // at a large text size the list scrolls inside the card
        rows.setFitToWidth(true);
        rows.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        rows.getStyleClass().add("edge-to-edge");
        var box = new VBox(12, title, rows);
        box.setId("helpOverlay");
        box.getStyleClass().add("overlay-card");
        box.setMaxSize(600, Region.USE_PREF_SIZE);
        box.setAlignment(Pos.TOP_LEFT);
        box.setVisible(false);
        return box;
    }
}
