package io.studycompanion.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Theme, text size and window size are applied at once and come back after a restart. */
class SettingsFlowTest extends AppFlowTest {

    @Test
    void darkThemeBiggerTextAndWindowSizeSurviveARestart() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#dataFolder").queryAs(Label.class).getText()).isEqualTo(dataFolder.toString());
        robot.clickOn("#themeDark");
        @SuppressWarnings("unchecked")
        Spinner<Integer> size = robot.lookup("#fontSize").queryAs(Spinner.class);
        robot.interact(() -> size.getValueFactory().setValue(17));
        assertThat(root().getStyleClass()).contains("theme-dark");
        assertThat(root().getStyle()).contains("-fx-font-size: 17px");
        robot.clickOn(size.getEditor()).eraseText(2).write("40").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#fontSizeMessage").queryAs(Label.class).getText())
                .isEqualTo("40 px is outside the range: the text size goes from 11 to 22 px.");
        assertThat(root().getStyle()).as("kept, and said why").contains("-fx-font-size: 17px");
        robot.clickOn(size.getEditor()).eraseText(2).write("18").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#fontSizeMessage").queryAs(Label.class).getText()).isEmpty();
        assertThat(root().getStyle()).contains("-fx-font-size: 18px");
        robot.interact(() -> size.getValueFactory().setValue(17));
        robot.interact(() -> window().setWidth(1001));

        harness.stop();
        harness = new AppHarness(dataFolder);
        harness.start();

        assertThat(root().getStyleClass()).contains("theme-dark").doesNotContain("theme-light");
        assertThat(root().getStyle()).contains("-fx-font-size: 17px");
        assertThat(window().getWidth()).isEqualTo(1001);
        robot.clickOn("#nav-settings");
        robot.clickOn("#themeLight");
        assertThat(root().getStyleClass()).contains("theme-light");
    }

    @Test
    void backupExportedFromSettingsRestoresTicksAfterTheyChanged() throws Exception {
        var desktop = new TestDesktop();
        var backup = dataFolder.resolve("my-backup.json");
        desktop.nextSave = () -> java.util.Optional.of(backup);
        desktop.nextOpen = () -> java.util.Optional.of(backup);
        harness = new AppHarness(dataFolder.resolve("data"), desktop);
        harness.start();
        robot.clickOn("#nav-objectives");
        robot.clickOn(firstTick());
        assertThat(summary()).isEqualTo("1 of 47 objectives ticked (2%)");
        robot.clickOn("#nav-settings");
        robot.clickOn("#exportBackup");
        assertThat(text("#dataMessage")).startsWith("Backup saved: ").endsWith(backup.toString());

        robot.clickOn("#nav-objectives");
        robot.clickOn(firstTick());
        assertThat(summary()).isEqualTo("0 of 47 objectives ticked (0%)");
        robot.clickOn("#nav-settings");
        robot.clickOn("#importBackup");
        robot.clickOn("#confirmImport");
        assertThat(text("#dataMessage")).startsWith("Restored ").contains("previous progress was saved");
        robot.clickOn("#nav-objectives");
        assertThat(summary()).isEqualTo("1 of 47 objectives ticked (2%)");
    }

    private javafx.scene.Node firstTick() {
        return robot.lookup(".tick-box").match(n -> "2025-09-30:1.1.1".equals(n.getUserData())).query();
    }

    private String summary() {
        return text("#summary");
    }


    private javafx.scene.Parent root() {
        return robot.lookup("#mainWindow").queryParent();
    }

    private Window window() {
        return root().getScene().getWindow();
    }
}
