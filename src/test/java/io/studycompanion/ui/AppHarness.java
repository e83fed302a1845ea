package io.studycompanion.ui;

import io.studycompanion.App;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;

/** Starts and stops the real app (composition root, database, window) on a data folder, as a user would. */
final class AppHarness {
    private final Path dataFolder;
    private final DesktopActions picker;
    private App app;
    private boolean catalogParsedBeforeFirstFrame;
    private boolean cardsInFirstFrame;

    AppHarness(Path dataFolder) {
        this(dataFolder, new TestDesktop());
    }

    /** With a picker that answers file dialogs without showing them. */
    AppHarness(Path dataFolder, DesktopActions picker) {
        this.dataFolder = dataFolder;
        this.picker = picker;
    }

    static void registerToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    void start() throws TimeoutException {
        app = App.open(dataFolder, Clock.systemUTC());
        FxToolkit.setupStage(stage -> {
            new MainWindow(app.uiServices().withDesktop(picker)).show(stage);
            catalogParsedBeforeFirstFrame = app.catalogLoaded(); // same FX task: no frame has been drawn yet
            cardsInFirstFrame = stage.getScene().lookup("#predictedScore") != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether opening the data and building and showing the window parsed the exam outline (it should not). */
    boolean catalogParsedBeforeFirstFrame() {
        return catalogParsedBeforeFirstFrame;
    }

    /** Whether the dashboard's cards were in the scene when it was first shown (they come with the figures). */
    boolean cardsInFirstFrame() {
        return cardsInFirstFrame;
    }

    /** The window's stage (the one TestFX registered). */
    Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    /** The running app (its database is held exclusively: read it through the app, on the FX thread). */
    App app() {
        return app;
    }

    boolean catalogParsed() {
        return app.catalogLoaded();
    }

    /** Closes the window (which stores its bounds) and the database, like quitting the app. */
    void stop() throws TimeoutException {
        if (app == null) {
            return;
        }
        FxToolkit.setupStage(Stage::hide);
        WaitForAsyncUtils.waitForFxEvents();
        app.close();
        app = null;
    }
}
