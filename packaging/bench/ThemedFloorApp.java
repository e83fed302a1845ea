import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

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
            return new VBox(8, new Label("Study Companion"), new Button("Dashboard"));
        });
    }
}
