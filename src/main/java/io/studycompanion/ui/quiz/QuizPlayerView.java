package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.Confidence;
import io.studycompanion.ui.Layouts;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The question player: the card, confidence, navigation, the exam timer and review grid, keyboard control. */
final class QuizPlayerView {
    private final QuizPlayerViewModel model;
    private final Consumer<String> onLink;
    private final StackPane root = new StackPane();
    private final BorderPane layout = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final FlowPane grid = new FlowPane(6, 6);
    private final Map<Confidence, ToggleButton> confidence = new EnumMap<>(Confidence.class);
    private final Button primary = new Button();
    private final ToggleButton flag = new ToggleButton("Flag (F)");
    private final VBox confirm = new VBox(12);
    private final Label confirmText = new Label();
    private final Button confirmYes = new Button("Submit now");
    private final Node help = QuizKeys.helpOverlay();
    private final Timeline timer;
    private long lastTick = System.nanoTime();

    QuizPlayerView(QuizPlayerViewModel model, Consumer<String> onLink) {
        this.model = model;
        this.onLink = onLink;
        root.setId("quizPlayer");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        layout.setTop(header());
        layout.setCenter(scroll);
        layout.setBottom(footer());
        if (model.isExam()) {
            layout.setRight(gridPanel());
        }
        buildConfirm();
        root.getChildren().addAll(layout, confirm, help);
        model.cardProperty().addListener((o, a, card) -> draw(card));
        model.grid().addListener((javafx.collections.ListChangeListener<GridCell>) c -> drawGrid());
        draw(model.cardProperty().get());
        drawGrid();
        javafx.event.EventHandler<KeyEvent> keys = this::onKey;
        timer = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
        // Keys work wherever focus is while the player is on screen, and nowhere once it is gone.
        root.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    Node node() {
        return root;
    }

    void stop() {
        timer.stop();
    }

    private void tick() {
        var now = System.nanoTime();
        var delta = java.time.Duration.ofNanos(now - lastTick);
        lastTick = now;
        model.tick(delta);
    }

    private Node header() {
        var title = new Label();
        title.textProperty().bind(model.titleProperty());
        title.getStyleClass().add("screen-title");
        var clock = new Label();
        clock.setId("timer");
        clock.textProperty().bind(model.timeLeftProperty());
        clock.getStyleClass().add("timer");
        model.timeLowProperty().addListener((o, a, low) -> clock.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("low"), low));
        flag.setId("flag");
        flag.setOnAction(e -> model.toggleFlag());
        var keys = new Button("Keys (?)");
        keys.setId("showKeys");
        keys.setOnAction(e -> help.setVisible(!help.isVisible()));
        var submit = new Button("Submit…");
        submit.setId("submit");
        submit.setOnAction(e -> askSubmit());
        Layouts.wrapping(title);
        // Beside the title when they fit, below it when not; they wrap rather than cut the countdown or a button.
        var controls = Layouts.row(12, clock, flag, keys, submit);
        var box = new io.studycompanion.ui.TwoEnds(title, controls, 12);
        box.setPadding(new Insets(0, 0, 12, 0));
        return box;
    }

    private Node footer() {
        var sure = Layouts.whole(new Label("Confidence:"));
        var row = Layouts.row(6, sure);
        for (var c : Confidence.values()) {
            var b = new ToggleButton(c.label() + " (" + c.label().charAt(0) + ")");
            b.setId("conf-" + c.name());
            b.setOnAction(e -> model.setConfidence(c));
            confidence.put(c, b);
            row.getChildren().add(Layouts.whole(b));
        }
        var message = new Label();
        message.setId("playerMessage");
        message.getStyleClass().add("player-message");
        message.textProperty().bind(model.messageProperty());
        Layouts.wrapping(message);
        var previous = new Button("← Previous");
        previous.setId("previous");
        previous.setOnAction(e -> model.previous());
        primary.setId("primary");
        primary.setDefaultButton(false);
        primary.getStyleClass().add("accent");
        primary.setOnAction(e -> model.confirm());
        var moves = Layouts.row(12, previous, primary);
        var ends = new io.studycompanion.ui.TwoEnds(row, moves, 12);
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        var bar = new VBox(6, message, ends);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private Node gridPanel() {
        grid.setId("reviewGrid");
        grid.setPrefWrapLength(220);
        var legend = Layouts.wrapping(new Label("■ answered  □ open  ⚑ flagged"));
        legend.getStyleClass().add("hint");
        // Sixty cells do not fit every window at every text size: the grid scrolls, the panel stays inside.
        var cells = new ScrollPane(grid);
        cells.setFitToWidth(true);
        cells.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cells.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(cells, Priority.ALWAYS);
        var box = new VBox(10, Layouts.whole(new Label("Review grid")), cells, legend);
        box.getStyleClass().add("grid-panel");
        box.setPrefWidth(250);
        box.setMinWidth(160);
        box.setPadding(new Insets(0, 0, 0, 16));
        return box;
    }

    private void draw(QuestionCard card) {
        var content = QuestionCardView.render(card, model::toggle, onLink);
        content.setPadding(new Insets(4, 16, 16, 4));
        scroll.setContent(content);
        scroll.setVvalue(0);
        flag.setSelected(card.flagged());
        confidence.forEach((c, b) -> b.setSelected(card.confidence().filter(c::equals).isPresent()));
        var last = card.number() == card.total();
        if (model.isExam()) {
            primary.setText(last ? "Last question" : "Next →");
            primary.setDisable(last);
        } else if (card.feedback().isPresent()) {
            primary.setText(last ? "Finish" : "Next →");
            primary.setDisable(false);
            primary.setOnAction(e -> {
                if (last) {
                    model.submit();
                } else {
                    model.confirm();
                }
            });
            return;
        } else {
            primary.setText("Check answer (Enter)");
            primary.setDisable(false);
        }
        primary.setOnAction(e -> model.confirm());
    }

    private void drawGrid() {
        grid.getChildren().setAll(model.grid().stream().map(cell -> {
            var b = new Button((cell.flagged() ? "⚑" : "") + cell.number());
            b.setId("grid-" + cell.number());
            b.setAccessibleText("Question " + cell.number() + (cell.answered() ? ", answered" : ", open")
                    + (cell.flagged() ? ", flagged" : "") + (cell.current() ? ", shown now" : ""));
            b.getStyleClass().addAll("grid-cell", cell.answered() ? "answered" : "open");
            if (cell.current()) {
                b.getStyleClass().add("current");
            }
            b.setOnAction(e -> model.goTo(cell.position()));
            return (Node) b;
        }).toList());
    }

    private void buildConfirm() {
        confirm.setId("confirmSubmit");
        confirm.getStyleClass().add("overlay-card");
        confirm.setMaxSize(460, Region.USE_PREF_SIZE);
        confirmText.setWrapText(true);
        var yes = confirmYes;
        yes.setId("confirmSubmitYes");
        yes.getStyleClass().add("accent");
        yes.setOnAction(e -> {
            confirm.setVisible(false);
            timer.stop();
            model.submit();
        });
        var no = new Button("Keep going");
        no.setOnAction(e -> confirm.setVisible(false));
        var heading = new Label("Submit this quiz?");
        heading.getStyleClass().add("field-caption");
        confirm.getChildren().addAll(heading, confirmText, new HBox(10, yes, no));
        confirm.setVisible(false);
    }

    private void askSubmit() {
        var warning = model.submitWarning();
        confirmText.setText(warning.isEmpty() ? "Every question is answered and none is flagged." : warning);
        confirm.setVisible(true);
        confirmYes.requestFocus();
    }

    private void onKey(KeyEvent e) {
        if (confirm.isVisible()) { // the submit check has the keys: Enter submits, Esc keeps going
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                confirmYes.fire();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                confirm.setVisible(false);
                e.consume();
            }
            return;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.C && e.isShortcutDown()) {
            // Ctrl+C (Cmd+C): the question and its choices, and the explanation once it is shown, as text.
            var card = model.cardProperty().get();
            io.studycompanion.ui.markdown.MarkdownView.copyText(QuestionCardView.questionText(card)
                    + card.feedback().map(f -> "\n\n" + QuestionCardView.explanationText(card, f)).orElse(""));
            model.say("Copied the question" + (card.feedback().isPresent() ? " and its explanation." : "."));
            e.consume();
            return;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN || e.getCode() == javafx.scene.input.KeyCode.PAGE_UP) {
            scrollBy(e.getCode() == javafx.scene.input.KeyCode.PAGE_DOWN ? 0.9 : -0.9);
            e.consume();
            return;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.DOWN || e.getCode() == javafx.scene.input.KeyCode.UP) {
            // Scroll the question, never move focus to the sidebar while the quiz has the keys.
            scrollBy(e.getCode() == javafx.scene.input.KeyCode.DOWN ? 0.1 : -0.1);
            e.consume();
            return;
        }
        if (QuizKeys.handle(e, model, help, this::askSubmit)) {
            e.consume();
        }
    }

    /** Moves the question, its feedback and explanation by a share of the visible height (0.9: a page). */
    private void scrollBy(double pages) {
        var content = scroll.getContent();
        if (content == null) {
            return;
        }
        double extra = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra > 0) {
            double step = scroll.getViewportBounds().getHeight() * pages / extra;
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + step)));
        }
    }
}
