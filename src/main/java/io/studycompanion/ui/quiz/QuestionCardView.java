package io.studycompanion.ui.quiz;

import io.studycompanion.ui.markdown.MarkdownView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Draws one question card: stem, choices and, when revealed, the feedback. Used by the player and the review. */
final class QuestionCardView {
    private QuestionCardView() {
    }

    /** @param onToggle called with the choice index when a choice is clicked; null-free: pass i -> {} to ignore */
    static VBox render(QuestionCard card, IntConsumer onToggle, Consumer<String> onLink) {
        var box = new VBox(14);
        box.getStyleClass().add("question-card");
        var meta = new Label("Question " + card.number() + " of " + card.total()
                + (card.objectives().isEmpty() ? "" : " · objective " + card.objectives()));
        meta.getStyleClass().add("question-meta");
        box.getChildren().addAll(meta, MarkdownView.render(card.stem(), onLink));
        if (card.multiple()) {
            var hint = new Label("Choose " + card.choose() + " · " + card.selectedCount() + " selected");
            hint.setId("chooseHint");
            hint.getStyleClass().add("choose-hint");
            box.getChildren().add(hint);
        }
        var choices = new VBox(8);
        for (int i = 0; i < card.choices().size(); i++) {
            choices.getChildren().add(choice(card, i, onToggle, onLink));
        }
        box.getChildren().add(choices);
        card.feedback().ifPresent(f -> box.getChildren().add(feedback(f, onLink)));
        // Text a learner can take away: the question with its choices, and the explanation once shown.
        var copyQuestion = new javafx.scene.control.MenuItem("Copy question and choices");
        copyQuestion.setOnAction(e -> io.studycompanion.ui.markdown.MarkdownView.copyText(questionText(card)));
        var menu = new javafx.scene.control.ContextMenu(copyQuestion);
        card.feedback().ifPresent(f -> {
            var copyExplanation = new javafx.scene.control.MenuItem("Copy explanation");
            copyExplanation.setOnAction(e -> io.studycompanion.ui.markdown.MarkdownView.copyText(explanationText(card, f)));
            menu.getItems().add(copyExplanation);
        });
        box.setOnContextMenuRequested(e -> {
            menu.show(box, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return box;
    }

    private static Node choice(QuestionCard card, int index, IntConsumer onToggle, Consumer<String> onLink) {
        var line = card.choices().get(index);
        ButtonBase mark = card.multiple() ? new CheckBox(line.letter()) : new RadioButton(line.letter());
        mark.setId("choice-" + line.letter());
        if (mark instanceof CheckBox c) {
            c.setSelected(line.selected());
        } else {
            ((RadioButton) mark).setSelected(line.selected());
        }
        mark.setFocusTraversable(false);
        mark.setMouseTransparent(true); // the whole row is the click target, so the mark never toggles twice
        mark.setMinWidth(48);
        var text = MarkdownView.render(line.text(), onLink);
        HBox.setHgrow(text, Priority.ALWAYS);
        var row = new HBox(10, mark, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("choice-row");
        row.setOnMouseClicked(e -> onToggle.accept(index));
        // To a screen reader the row is the choice: its role, its letter and text, and whether it is chosen.
        row.setAccessibleRole(card.multiple() ? javafx.scene.AccessibleRole.CHECK_BOX : javafx.scene.AccessibleRole.RADIO_BUTTON);
        row.setFocusTraversable(true); // a Tab stop; Space chooses it, like a check box or radio button
        row.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                onToggle.accept(index);
                e.consume();
            }
        });
        row.setAccessibleText("Choice " + line.letter() + (line.selected() ? ", chosen: " : ": ") + plain(line.text()));
        if (line.selected()) {
            row.getStyleClass().add("selected");
        }
        var wrapper = new VBox(4, row);
        card.feedback().ifPresent(f -> {
            row.getStyleClass().add(line.correct() ? "key" : line.selected() ? "wrong" : "other");
            var mark2 = new Label(line.correct() ? "✓" : "✗");
            mark2.getStyleClass().add(line.correct() ? "rationale-right" : "rationale-wrong");
            mark2.setMinWidth(Region.USE_PREF_SIZE);
            var text2 = MarkdownView.render(line.rationale(), onLink);
            HBox.setHgrow(text2, Priority.ALWAYS);
            var why = new HBox(6, mark2, text2);
            why.getStyleClass().add("rationale");
            wrapper.getChildren().add(why);
        });
        return wrapper;
    }

    /** The question and its choices as plain text (Markdown kept: code stays recognisable). */
    static String questionText(QuestionCard card) {
        var text = new StringBuilder(card.stem().strip()).append("\n");
        for (var line : card.choices()) {
            text.append("\n").append(line.letter()).append(". ").append(line.text().strip());
        }
        return text.toString();
    }

    /** The explanation with the key and every choice's rationale. */
    static String explanationText(QuestionCard card, QuestionCard.Feedback f) {
        var text = new StringBuilder("Correct: ").append(f.key()).append("\n\n").append(f.explanation().strip()).append("\n");
        for (var line : card.choices()) {
            text.append("\n").append(line.letter()).append(": ").append(line.rationale().strip());
        }
        f.references().forEach(r -> text.append("\n").append(r.title()).append(" — ").append(r.url()));
        return text.toString();
    }

    /** Markdown as a screen reader should say it: without backticks, stars and fences. */
    static String plain(String markdown) {
        return markdown.replaceAll("```[a-z]*", "").replaceAll("[`*]", "").replaceAll("\\s+", " ").strip();
    }

    /** A documentation link: its address in a tooltip, and a menu to copy it when no browser opens. */
    private static Hyperlink link(io.studycompanion.domain.Reference r, Consumer<String> onLink) {
        var link = new Hyperlink(r.title());
        link.getStyleClass().add("doc-link");
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setTooltip(new javafx.scene.control.Tooltip(r.url()));
        link.setAccessibleHelp(r.url());
        link.setOnAction(e -> onLink.accept(r.url()));
        var copy = new javafx.scene.control.MenuItem("Copy link address");
        copy.setOnAction(e -> {
            var content = new javafx.scene.input.ClipboardContent();
            content.putString(r.url());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        link.setContextMenu(new javafx.scene.control.ContextMenu(copy));
        return link;
    }

    private static Node feedback(QuestionCard.Feedback f, Consumer<String> onLink) {
        var verdict = new Label(f.correct() ? "Correct" : "Not quite");
        verdict.setId("verdict");
        verdict.getStyleClass().addAll("verdict", f.correct() ? "right" : "wrong");
        var answers = new Label("Your answer: " + f.yourAnswer() + " · Correct: " + f.key());
        answers.setId("answerVsKey");
        var box = new VBox(10, verdict, answers, MarkdownView.render(f.explanation(), onLink));
        f.platformNote().ifPresent(n -> {
            // Markdown like every other text of a question (code names in backticks, emphasis).
            var note = MarkdownView.render("**Platform change:** " + n, onLink);
            note.setId("platformNote");
            note.getStyleClass().add("platform-note");
            box.getChildren().add(note);
        });
        var refs = new VBox(2);
        refs.getChildren().add(new Label("Read more:"));
        f.references().forEach(r -> refs.getChildren().add(link(r, onLink)));
        box.getChildren().add(refs);
        box.getStyleClass().add("feedback");
        return box;
    }
}
