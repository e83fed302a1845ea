import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second, informational reference for packaging/bench-startup.sh ("floor-themed"): the least a themed
 * window with controls costs. Like FloorApp, but with the app's AtlantaFX theme and one label and one button,
 * run on the app's own class path, JVM options and AOT cache. The difference to FloorApp is what any first
 * screen made of themed controls pays before it draws anything of its own.
 */
public final class ThemedFloorApp {
    public static void main(String[] args) {
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var stage = new Stage();
            stage.setTitle("Themed floor");
            stage.setScene(new Scene(new VBox(8, new Label("Study Companion"), new Button("Dashboard")), 1180, 780));
            stage.centerOnScreen();
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Platform.runLater(() -> {
                        System.out.println("STUDY_COMPANION_READY 0 at=" + System.currentTimeMillis());
                        System.out.flush();
                    });
                }
            }.start();
        });
    }
}
