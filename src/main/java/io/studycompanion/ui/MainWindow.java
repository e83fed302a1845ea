package io.studycompanion.ui;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.service.WindowBounds;
import io.studycompanion.ui.bank.QuestionBankView;
import io.studycompanion.ui.bank.QuestionBankViewModel;
import io.studycompanion.ui.checklist.ChecklistView;
import io.studycompanion.ui.dashboard.DashboardView;
import io.studycompanion.ui.dashboard.DashboardViewModel;
import io.studycompanion.ui.quiz.QuizScreen;
import io.studycompanion.ui.checklist.ChecklistViewModel;
import io.studycompanion.ui.settings.SettingsView;
import io.studycompanion.ui.settings.SettingsViewModel;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Supplier;

/** The shell: navigation on the left, one screen at a time in the middle. Screens are built on first visit. */
public final class MainWindow {
    public static final String TITLE = "Study Companion — Databricks ML Professional";

    private final UiServices services;
    private final BorderPane root = new BorderPane();
    /** The navigation buttons; one selected at a time. Not a ToggleGroup: in one, Tab stops only at the selected button. */
    private final java.util.List<ToggleButton> nav = new java.util.ArrayList<>();
    private final SettingsViewModel settings;
    private final Scene scene;
    private ToggleButton quizButton;
    private QuizScreen quizScreen;
    private DashboardView dashboard;
    private final java.util.Map<ToggleButton, Node> screens = new java.util.HashMap<>();
    private boolean firstDashboardShow = true;

    public MainWindow(UiServices services) {
        this.services = services;
        this.settings = new SettingsViewModel(services.preferences(), services.backup(), services.safety(),
                services.dataFolder(), services.logFile(), services.clock(), this::closeOpenQuiz, this::dataReplaced);
        root.setId("mainWindow");
        // Before the first control exists: otherwise Control's class initializer loads JavaFX's own Modena
        // stylesheet (~30 ms at start-up), only for AtlantaFX's to replace it.
        ThemeStyler.applyUserAgentStylesheet(settings.themeProperty().get());
        root.setLeft(navigation());
        root.setTop(notices(services.safety().startupNotices()));
        scene = new Scene(root);
        restyle();
        settings.themeProperty().addListener((obs, old, now) -> restyle());
        settings.fontSizeProperty().addListener((obs, old, now) -> restyle());
        nav.get(0).fire();
    }

    /** Puts the window on the stage at its remembered size and position, and remembers it on close. */
    public void show(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(scene);
        var remembered = services.preferences().rememberedWindowBounds();
        var saved = remembered.orElse(WindowBounds.DEFAULT);
        var screen = remembered.filter(WindowBounds::hasPosition).filter(MainWindow::onSomeScreen)
                .map(b -> Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).get(0))
                .orElse(Screen.getPrimary()).getVisualBounds();
        var bounds = saved.fitTo(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(),
                remembered.isPresent());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setMaximized(bounds.maximized());
        stage.setOnHiding(e -> rememberBounds(stage));
        stage.show();
    }

    public Scene scene() {
        return scene;
    }

    void rememberBounds(Stage stage) {
        try {
            services.preferences().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        } catch (RuntimeException e) {
            System.err.println("Could not remember the window position: " + e.getMessage());
        }
    }

    private static boolean onSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).isEmpty();
    }

    /** What happened while opening the data, shown until dismissed; nothing when all went well. */
    private Node notices(java.util.List<String> notices) {
        if (notices.isEmpty()) {
            return null;
        }
        var text = new Label(String.join("\n", notices));
        text.setId("noticeText");
        text.setWrapText(true);
        var close = new javafx.scene.control.Button("Dismiss");
        close.setId("dismissNotice");
        var bar = Layouts.question(text, close); // the sentence wraps; the button keeps its word
        bar.setId("noticeBanner");
        bar.getStyleClass().add("notice-banner");
        bar.setPadding(new Insets(10, 16, 10, 16));
        close.setOnAction(e -> root.setTop(null));
        return bar;
    }

    private void restyle() {
        ThemeStyler.apply(scene, settings.themeProperty().get(), settings.fontSizeProperty().get());
    }

    private Node navigation() {
        var brand = new Label("Study Companion");
        brand.getStyleClass().add("brand");
        var exam = new Label("Databricks ML Professional");
        exam.getStyleClass().add("brand-sub");
        var spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        var dashboardButton = navButton("nav-dashboard", "Dashboard", Feather.ACTIVITY, () -> dashboard().node());
        dashboardButton.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
            if (dashboard != null && !firstDashboardShow) {
                dashboard.reload(); // answers given elsewhere since the last visit
            }
            firstDashboardShow = false;
        });
        var objectives = navButton("nav-objectives", "Objectives", Feather.CHECK_SQUARE,
                () -> new ChecklistView(new ChecklistViewModel(services.progress(), services.preferences(),
                        this::practice)).node());
        quizButton = navButton("nav-quiz", "Quiz", Feather.PLAY_CIRCLE, () -> quizScreen().node());
        var bank = navButton("nav-bank", "Question bank", Feather.DATABASE,
                () -> new QuestionBankView(new QuestionBankViewModel(services.questionBank()), services.desktop(),
                        services.background()).node());
        var settingsButton = navButton("nav-settings", "Settings", Feather.SETTINGS,
                () -> new SettingsView(settings, services.desktop()).node());
        var box = new VBox(6, brand, exam, new Region(), dashboardButton, objectives, quizButton, bank, spacer,
                settingsButton);
        box.getStyleClass().add("sidebar");
        box.setPadding(new Insets(18, 12, 18, 12));
        return box;
    }

    /** Before a backup replaces all progress: the running quiz stops its timer and saves, then is let go. */
    private void closeOpenQuiz() {
        if (quizScreen != null) {
            quizScreen.close();
        }
    }

    /** After a backup replaced all progress: every screen but the current one is built again on its next visit. */
    private void dataReplaced() {
        var current = root.getCenter();
        screens.values().removeIf(node -> node != current);
        quizScreen = null;
        dashboard = null;
        firstDashboardShow = true;
    }

    private DashboardView dashboard() {
        if (dashboard == null) {
            dashboard = new DashboardView(new DashboardViewModel(services.readiness(), services.report(),
                    services.preferences(), this::practice, services.clock(),
                    () -> services.quiz().unfinished().map(io.studycompanion.ui.quiz.QuizSetupViewModel::describe),
                    this::resumeQuiz), services.background(), services.desktop());
        }
        return dashboard;
    }

    private QuizScreen quizScreen() {
        if (quizScreen == null) {
            quizScreen = new QuizScreen(services.quiz(), this::openLink, services.background());
        }
        return quizScreen;
    }

    /** Opens a documentation link; when no browser comes up, the window says so and copies the address. */
    private void openLink(String url) {
        if (!Links.isWebLink(url)) {
            showNotice("Only web links (http or https) are opened; this one was not: " + url);
            return;
        }
        services.background().execute(() -> {
            if (!services.desktop().openLink(url)) {
                javafx.application.Platform.runLater(() -> {
                    var content = new javafx.scene.input.ClipboardContent();
                    content.putString(url);
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                    showNotice("No web browser could be started for " + url + " — the address is copied; paste it into a browser.");
                });
            }
        });
    }

    private void showNotice(String text) {
        root.setTop(notices(java.util.List.of(text)));
    }

    private void resumeQuiz() {
        quizButton.fire();
        quizScreen().resumeUnfinished();
    }

    private void practice(ObjectiveId objective) {
        quizButton.fire();
        quizScreen().practiceObjective(objective);
    }

    private ToggleButton navButton(String id, String text, Feather icon, Supplier<Node> screen) {
        var button = new ToggleButton(text, new FontIcon(icon));
        button.setId(id);
        nav.add(button);
        button.setAccessibleHelp("Shows the " + text + " screen");
        button.getStyleClass().add("nav-button");
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> {
            nav.forEach(b -> b.setSelected(b == button));
            var node = screens.computeIfAbsent(button, b -> {
                var built = screen.get();
                BorderPane.setMargin(built, new Insets(20, 24, 20, 24));
                return built;
            });
            root.setCenter(node);
        });
        return button;
    }
}
