package io.studycompanion.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.util.function.Supplier;

/**
 * Starts the JavaFX toolkit without an {@code Application} subclass, so the composition root can hand the
 * window its services directly. A failure to open the data is shown in plain words, never as a stack trace.
 */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(Supplier<? extends UiSession> opener) {
        Platform.setImplicitExit(true);
        Thread.setDefaultUncaughtExceptionHandler(DesktopLauncher::unexpected);
        StartupTrace.mark("toolkit-start");
        Platform.startup(() -> open(opener));
    }

    private static void open(Supplier<? extends UiSession> opener) {
        StartupTrace.mark("toolkit-ready");
        UiSession session;
        try {
            session = opener.get();
            StartupTrace.mark("data-open");
        } catch (StartupRefused e) {
            if (e.quiet()) {
                Platform.exit();
            } else {
                showFatal(e);
            }
            return;
        } catch (RuntimeException | LinkageError e) { // LinkageError: e.g. SQLite's native library missing
            showFatal(e);
            return;
        }
        var stage = new Stage();
        try {
            var window = new MainWindow(session.uiServices());
            StartupTrace.mark("window-built");
            window.show(stage);
            StartupTrace.mark("window-shown");
        } catch (RuntimeException e) {
            session.close();
            showFatal(e);
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            session.close();
            Platform.exit();
        });
        AfterFirstFrame.run(session::startDailyBackup);
        InstanceChannel.listen(session.uiServices().dataFolder(), () -> Platform.runLater(() -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }));
        printReadyMarkerIfAsked();
    }

    /**
     * For start-up benchmarks ({@code packaging/bench-startup.sh}): when {@code -Dstudycompanion.readyMarker=true}
     * or {@code STUDY_COMPANION_READY_MARKER=1} asks for it, prints {@code STUDY_COMPANION_READY <ms since the
     * process started> at=<epoch ms>} once the first pulse after showing the window has run and the FX thread is
     * free again. (On Linux the JDK knows the process start only to within a second; benchmarks time the line.)
     */
    private static void printReadyMarkerIfAsked() {
        if (!Boolean.getBoolean("studycompanion.readyMarker")
                && !"1".equals(System.getenv("STUDY_COMPANION_READY_MARKER"))) {
            return;
        }
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                StartupTrace.mark("first-frame");
                Platform.runLater(() -> {
                    var readyAt = System.currentTimeMillis();
                    var started = ProcessHandle.current().info().startInstant()
                            .map(java.time.Instant::toEpochMilli).orElse(readyAt);
                    System.out.println("STUDY_COMPANION_READY " + (readyAt - started) + " at=" + readyAt);
                    System.out.flush();
                });
            }
        }.start();
    }

    /** Anything not handled where it happened: logged in full, shown in one sentence, the app keeps running. */
    private static void unexpected(Thread thread, Throwable e) {
        java.util.logging.Logger.getLogger("io.studycompanion").log(java.util.logging.Level.SEVERE,
                "unexpected error on " + thread.getName(), e);
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Platform.runLater(() -> {
            var alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
            alert.setTitle("Something went wrong");
            alert.setHeaderText("Something went wrong");
            var text = new Label(message + "\n\nYour saved progress is safe. Details are in the log (Settings → Copy diagnostics).");
            text.setWrapText(true);
            text.setMaxWidth(520);
            alert.getDialogPane().setContent(text);
            alert.show();
        });
    }

    private static void showFatal(Throwable e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        System.err.println("error: " + message);
        var alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.setTitle("Study Companion cannot start");
        alert.setHeaderText("Study Companion cannot start");
        var text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
        Platform.exit();
    }
}
