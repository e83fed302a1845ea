import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A second, informational reference for packaging/bench-startup.sh ("floor-themed"): the least a themed
 * window with controls costs. FloorApp's window with the app's AtlantaFX theme and one label and one button,
 * run on the app's own class path, JVM options and AOT cache. The difference to FloorApp is what any first
 * screen made of themed controls pays before it draws anything of its own.
 */
public final class ThemedFloorApp {
    public static void main(String[] args) {
        FloorApp.show(() -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var root = new VBox(8, new Label("Study Companion"), new Button("Dashboard"));
            // The theme paints the root white; a background set in code wins over a user-agent stylesheet.
            root.setBackground(new Background(new BackgroundFill(Color.web("#f6f8fa"), null, null)));
            return root;
        });
    }
}
