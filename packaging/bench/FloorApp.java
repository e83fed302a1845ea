import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import java.util.function.Supplier;

/**
 * The start-up floor for packaging/bench-startup.sh: the least a JavaFX window costs on the packaged runtime.
 * Started the same way as the app (Platform.startup, no Application subclass), shows an empty stage of the
 * app's default size and prints the same marker the app prints (see DesktopLauncher) after the first pulse.
 */
public final class FloorApp {
    public static void main(String[] args) {
        show(Pane::new);
    }

    /** Starts the toolkit, shows a stage of the app's default size holding {@code content}, prints the marker. */
    static void show(Supplier<Parent> content) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            var stage = new Stage();
            stage.setTitle("Floor");
            // Filled with the colour of the app's sidebar, so that the benchmark can see when it is painted.
            stage.setScene(new Scene(content.get(), 1180, 780, Color.web("#f6f8fa")));
            stage.centerOnScreen();
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Platform.runLater(() -> {
                        var readyAt = System.currentTimeMillis();
                        var started = ProcessHandle.current().info().startInstant()
                                .map(java.time.Instant::toEpochMilli).orElse(readyAt);
                        System.out.println("STUDY_COMPANION_READY " + (readyAt - started) + " at=" + readyAt);
                        System.out.flush();
                    });
                }
            }.start();
        });
    }
}
