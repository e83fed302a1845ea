package io.studycompanion.ui.dashboard;

import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ObjectiveRow;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.WeakObjective;
import io.studycompanion.ui.AfterFirstFrame;
import io.studycompanion.ui.DesktopActions;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The readiness dashboard: headline estimate, section bars, trend, coverage, weakest objectives, mismatches. */
public final class DashboardView {
    private final DashboardViewModel model;
    private final Executor background;
    private final DesktopActions desktop;
    private final ScrollPane root = new ScrollPane();
    private final SectionBars bars = new SectionBars();
    private TrendChart trend; // null until the first figures: the cards are built with them
    private final VBox weakest = new VBox(6);
    private final VBox mismatches = new VBox(6);
    private final VBox content;

    public DashboardView(DashboardViewModel model, Executor background, DesktopActions desktop) {
        this.model = model;
        this.background = background;
        this.desktop = desktop;
        root.setId("dashboardScreen");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        // The first frame holds the header only; the cards come with the first figures (they would be empty
        // until then, and building and styling them is most of this screen's start-up cost).
        content = new VBox(18, header());
        content.setPadding(new Insets(0, 12, 12, 0));
        root.setContent(content);
        model.snapshotProperty().addListener((o, a, s) -> s.ifPresent(this::draw));
        AfterFirstFrame.run(this::reload); // the window appears first; the figures follow from the background
    }

    public Node node() {
        return root;
    }

    /** Recomputes the snapshot off the FX thread; the screen keeps the previous figures until it is ready. */
    public void reload() {
        var ticket = model.markLoading();
        var task = new Task<DashboardViewModel.Loaded>() {
            @Override
            protected DashboardViewModel.Loaded call() {
                return model.load();
            }
        };
        task.setOnSucceeded(e -> model.show(ticket, task.getValue()));
        task.setOnFailed(e -> model.failed(ticket, task.getException()));
        background.execute(task);
    }

    private Node header() {
        var title = new Label("Readiness");
        title.getStyleClass().add("screen-title");
        // Text, not an animated spinner: the figures take a fraction of a second, and an indeterminate
        // ProgressIndicator would cost the first frame its skin and a repaint on every pulse until then.
        var updating = new Label("Updating…");
        updating.setId("dashboardUpdating");
        updating.getStyleClass().add("hint");
        updating.visibleProperty().bind(model.loadingProperty());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var date = new DatePicker(model.examDateProperty().get().orElse(null));
        date.setId("examDate");
        date.setPromptText("Exam date");
        // Typed dates are read by the model (ISO as shown, or the locale's form); one it cannot read, or one in
        // the past, keeps the stored date and says why beside the picker instead of clearing the field.
        date.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return model.enterExamDate(text).orElse(null);
            }
        });
        date.setOnAction(e -> {
            if (!Optional.ofNullable(date.getValue()).equals(model.examDateProperty().get())) {
                date.setValue(model.enterExamDate(date.getValue() == null ? "" : date.getValue().toString()).orElse(null));
            }
            reload();
        });
        var dateMessage = new Label();
        dateMessage.setId("dateMessage");
        dateMessage.getStyleClass().add("error-text");
        dateMessage.textProperty().bind(model.dateMessageProperty());
        io.studycompanion.ui.Layouts.wrapping(dateMessage);
        dateMessage.visibleProperty().bind(model.dateMessageProperty().isNotEmpty());
        dateMessage.managedProperty().bind(dateMessage.visibleProperty());
        var plan = new Label();
        plan.setId("plan");
        plan.textProperty().bind(model.planProperty());
        var export = new Button("Export PDF report…");
        export.setId("exportPdf");
        export.disableProperty().bind(model.exportingProperty());
        export.setOnAction(e -> desktop.chooseSaveFile(root.getScene().getWindow(), "Save the readiness report",
                model.suggestedReportName(), "PDF (*.pdf)", "*.pdf")
                .ifPresent(this::export));
        title.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        var actions = io.studycompanion.ui.Layouts.row(12, export);
        var heading = new HBox(12, title, updating);
        heading.setAlignment(Pos.CENTER_LEFT);
        var box = new io.studycompanion.ui.TwoEnds(heading, actions, 12);
        io.studycompanion.ui.Layouts.wrapping(plan);
        date.setMinWidth(Region.USE_PREF_SIZE);
        var planRow = new HBox(12, date, plan);
        planRow.setAlignment(Pos.CENTER_LEFT);
        var error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        var exportState = new Label();
        exportState.setId("exportMessage");
        exportState.textProperty().bind(model.exportMessageProperty());
        io.studycompanion.ui.Layouts.wrapping(exportState);
        var exportRow = new HBox(8, exportState);
        exportRow.setAlignment(Pos.CENTER_RIGHT);
        exportRow.visibleProperty().bind(model.exportMessageProperty().isNotEmpty());
        exportRow.managedProperty().bind(exportRow.visibleProperty());
        var unfinishedText = new Label();
        unfinishedText.setId("dashUnfinished");
        unfinishedText.textProperty().bind(model.unfinishedProperty());
        var resume = new Button("Resume");
        resume.setId("dashResume");
        resume.getStyleClass().add("accent");
        resume.setOnAction(e -> model.resume());
        var unfinishedBanner = io.studycompanion.ui.Layouts.question(unfinishedText, resume);
        unfinishedBanner.getStyleClass().add("info-banner");
        unfinishedBanner.visibleProperty().bind(model.unfinishedProperty().isNotEmpty());
        unfinishedBanner.managedProperty().bind(unfinishedBanner.visibleProperty());
        return new VBox(8, box, unfinishedBanner, planRow, dateMessage, exportRow, error);
    }

    /** Writes the report off the FX thread, opens it in the system's viewer, then reports the outcome. */
    private void export(java.nio.file.Path target) {
        model.exportStarted(target);
        var task = new Task<Void>() {
            @Override
            protected Void call() {
                model.writeReport(target);
                return null;
            }
        };
        // Open first, then say so: the message is the last thing to change, and it tells whether the viewer came up.
        task.setOnSucceeded(e -> model.exportSaved(target, desktop.openFile(target)));
        task.setOnFailed(e -> model.exportFailed(task.getException()));
        background.execute(task);
    }

    private Node headline() {
        var predicted = figure("predictedScore", model.predictedProperty(), "predicted exam score");
        var pass = figure("passProbability", model.passProperty(), "chance to pass");
        var coverage = new Label();
        coverage.setId("coverage");
        coverage.textProperty().bind(model.coverageProperty());
        io.studycompanion.ui.Layouts.wrapping(coverage);
        var cov = new VBox(4, coverage, caption("objectives"));
        cov.setMinWidth(0);
        var note = new Label();
        note.setId("evidenceNote");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.evidenceNoteProperty());
        var basis = new Label();
        basis.setId("readinessBasis");
        basis.setWrapText(true);
        basis.getStyleClass().add("hint");
        basis.textProperty().bind(model.basisProperty());
        basis.managedProperty().bind(basis.textProperty().isNotEmpty());
        basis.visibleProperty().bind(basis.managedProperty());
        var row = new HBox(36, predicted, pass, cov);
        HBox.setHgrow(cov, Priority.ALWAYS);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(8, row, note, basis);
    }

    private void buildCards() {
        trend = new TrendChart();
        content.getChildren().addAll(headline(), card("Sections", bars), card("Trend", trend),
                new HBox(18, grow(card("Weakest objectives", weakest)),
                        grow(card("Your view vs. measured", mismatches))));
    }

    private void draw(ReadinessSnapshot s) {
        if (trend == null) {
            buildCards();
        }
        bars.show(s.estimate().sections(), s.estimate().passMarkPercent());
        trend.show(s.examHistory(), s.practiceTrend(), s.estimate().passMarkPercent(), s.date());
        var why = new Label("Objectives you have answered, ranked by their share of the exam × their gap to 80% "
                + "mastery.");
        why.setWrapText(true);
        why.getStyleClass().add("hint");
        weakest.getChildren().setAll(why);
        s.weakest().stream().map(this::weakRow).forEach(weakest.getChildren()::add);
        if (s.weakest().isEmpty()) {
            var none = new Label(s.coverage().practised() == 0
                    ? "Nothing to rank yet: the objectives you answer appear here once they show a gap."
                    : "Every objective you have answered is at 80% or above.");
            none.setWrapText(true);
            weakest.getChildren().add(none);
        }
        if (!model.untriedProperty().get().isEmpty()) {
            // Untried objectives have no gap of their own: they are listed apart, with their share of the exam.
            var untried = io.studycompanion.ui.Layouts.wrapping(new Label(model.untriedProperty().get()));
            untried.setId("untried");
            weakest.getChildren().add(untried);
        }
        mismatches.getChildren().setAll(s.mismatches().stream().map(DashboardView::mismatchRow).toList());
        if (s.mismatches().isEmpty()) {
            var none = new Label("No objective where your own rating and your answers disagree.");
            none.setWrapText(true);
            mismatches.getChildren().add(none);
        }
    }

    private Node weakRow(WeakObjective w) {
        var text = new Label(w.id().position() + "  " + w.text());
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        var gap = new Label(String.format(Locale.ROOT, "gap %.0f", 100 * w.gap()));
        gap.getStyleClass().add("hint");
        gap.setMinWidth(Region.USE_PREF_SIZE);
        var practise = new Button("Practice");
        practise.setId("practice-" + w.id().position());
        practise.setMinWidth(Region.USE_PREF_SIZE);
        practise.setOnAction(e -> model.practice(w.id()));
        var row = new HBox(10, text, gap, practise);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node mismatchRow(ObjectiveRow r) {
        var m = r.mastery();
        var measured = m.evidence() == Evidence.ENOUGH ? String.format(Locale.ROOT, "%.0f%%", 100 * m.mean())
                : "range " + DashboardViewModel.range(m.low(), m.high());
        var label = new Label(r.id().position() + "  " + r.text() + " — you: " + r.status().label().toLowerCase(Locale.ROOT)
                + ", measured: " + measured);
        label.setWrapText(true);
        return label;
    }

    private static Node figure(String id, javafx.beans.value.ObservableStringValue value, String caption) {
        var number = new Label();
        number.setId(id);
        number.getStyleClass().add("figure");
        number.textProperty().bind(value);
        number.setMinWidth(Region.USE_PREF_SIZE);
        var box = new VBox(2, number, caption(caption));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label caption(String text) {
        var label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static VBox card(String title, Node content) {
        var heading = io.studycompanion.ui.Layouts.wrapping(new Label(title));
        heading.getStyleClass().add("field-caption");
        var box = new VBox(10, heading, content);
        box.getStyleClass().add("dash-card");
        return box;
    }

    private static Node grow(VBox box) {
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(200);
        return box;
    }
}
