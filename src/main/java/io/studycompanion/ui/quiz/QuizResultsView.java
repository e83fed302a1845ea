package io.studycompanion.ui.quiz;

import io.studycompanion.domain.quiz.ScoreLine;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Score, pass or fail, scores per section and subsection, and the review of each question. */
final class QuizResultsView {
    private final ScrollPane root = new ScrollPane();
    private final QuizResultsViewModel model; // held here: the bidirectional filter binding is weak

    QuizResultsView(QuizResultsViewModel model, Runnable onBack, Consumer<String> onLink) {
        this.model = model;
        root.setId("quizResults");
        root.getProperties().put(QuizResultsView.class, this);
        root.setFitToWidth(true);
        var title = new Label("Results · " + model.title());
        title.getStyleClass().add("screen-title");
        var score = new Label(model.scoreText());
        score.setId("score");
        score.getStyleClass().add("score-big");
        var verdict = new Label(model.verdictText());
        verdict.setId("resultVerdict");
        verdict.getStyleClass().addAll("verdict", model.verdictStyle());
        var time = new Label(model.timeText());
        time.getStyleClass().add("hint");
        var back = new Button("Back to quizzes");
        back.setId("backToSetup");
        back.setOnAction(e -> onBack.run());
        // Wraps onto a second line rather than cutting the score, the verdict or the button at narrow widths.
        for (var control : java.util.List.of(score, time, back)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        verdict.setWrapText(true);
        time.setWrapText(true);
        title.setWrapText(true);
        var summary = new VBox(6, score, verdict, io.studycompanion.ui.Layouts.row(20, time, back));
        io.studycompanion.ui.Layouts.wrapping(verdict);
        io.studycompanion.ui.Layouts.wrapping(time);
        io.studycompanion.ui.Layouts.wrapping(title);
        var review = new VBox(18);
        review.setId("reviewList");
        var filter = new ChoiceBox<ReviewFilter>();
        filter.setId("reviewFilter");
        filter.getItems().setAll(ReviewFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        model.shown().addListener((javafx.collections.ListChangeListener<QuestionCard>) c -> fill(review, model, onLink));
        fill(review, model, onLink);
        var content = new VBox(16, title, summary, scores("By section", model.result().sections()),
                scores("By subsection", model.result().subsections()), new Separator(),
                new HBox(12, caption("Review"), filter), review);
        content.setPadding(new Insets(0, 16, 16, 0));
        root.setContent(content);
    }

    Node node() {
        return root;
    }

    private static void fill(VBox review, QuizResultsViewModel model, Consumer<String> onLink) {
        review.getChildren().setAll(model.shown().stream()
                .map(card -> (Node) QuestionCardView.render(card, i -> { }, onLink)).toList());
        if (model.shown().isEmpty()) {
            review.getChildren().add(new Label("Nothing to show for this filter."));
        }
    }

    private static Node scores(String heading, List<ScoreLine> lines) {
        var grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        // The title wraps, the bar gives way, the figure is never cut.
        var titles = new javafx.scene.layout.ColumnConstraints();
        titles.setHgrow(javafx.scene.layout.Priority.SOMETIMES);
        titles.setFillWidth(true);
        var bars = new javafx.scene.layout.ColumnConstraints(40, 180, 180);
        var figures = new javafx.scene.layout.ColumnConstraints();
        figures.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(titles, bars, figures);
        int row = 0;
        for (var line : lines) {
            var bar = new ProgressBar(line.percent() / 100);
            bar.setMinWidth(40);
            bar.setMaxWidth(Double.MAX_VALUE);
            var title = new Label(line.code() + " " + line.title());
            title.setWrapText(true);
            var figure = new Label(String.format(Locale.ROOT, "%d/%d (%.0f%%)", line.correct(), line.total(), line.percent()));
            figure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(row++, title, bar, figure);
        }
        return new VBox(8, caption(heading), grid);
    }

    private static Label caption(String text) {
        var label = new Label(text);
        label.getStyleClass().add("field-caption");
        return label;
    }
}
