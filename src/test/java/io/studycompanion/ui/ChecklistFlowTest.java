package io.studycompanion.ui;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner ticks objectives, writes a note, quits, starts again and finds everything as they left it. */
class ChecklistFlowTest extends AppFlowTest {
    private static final String PIPELINE_TEXT = "Construct an ML pipeline using SparkML.";
    private static final String NOTE = "Revisit CrossValidator parallelism";


    @Test
    void ticksAndNoteSurviveARestart() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-objectives");
        assertThat(summary()).isEqualTo("0 of 47 objectives ticked (0%)");

        robot.clickOn(tickBox("2025-09-30:1.1.1"));
        robot.clickOn(PIPELINE_TEXT);
        assertThat(robot.lookup("#detailText").queryAs(Label.class).getText()).isEqualTo(PIPELINE_TEXT);
        robot.clickOn("#detailTicked");
        robot.clickOn("#status-LEARNING");
        robot.clickOn("#noteArea").write(NOTE);

        assertThat(summary()).isEqualTo("2 of 47 objectives ticked (4%)");
        assertThat(progressOfRow("Using Spark ML")).isEqualTo("2/7");
        assertThat(progressOfRow("Model Development")).isEqualTo("2/22");

        harness.stop();
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-objectives");

        assertThat(summary()).isEqualTo("2 of 47 objectives ticked (4%)");
        assertThat(tickBox("2025-09-30:1.1.1").isSelected()).isTrue();
        assertThat(tickBox("2025-09-30:1.1.2").isSelected()).isTrue();
        assertThat(tickBox("2025-09-30:1.1.3").isSelected()).isFalse();
        robot.clickOn(PIPELINE_TEXT);
        assertThat(robot.lookup("#noteArea").queryAs(TextArea.class).getText()).isEqualTo(NOTE);
        assertThat(robot.lookup("#status-LEARNING").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#detailTicked").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(progressOfRow("Model Development")).isEqualTo("2/22");
    }

    @Test
    void filtersByTextAndStatusAndSwitchesToTheRetiredExam() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-objectives");

        robot.clickOn("#search").write("drift");
        assertThat(summary()).startsWith("0 of 47 objectives ticked (0%) · showing ");
        Set<Node> visible = robot.lookup(".tick-box").queryAll();
        assertThat(visible).isNotEmpty().allMatch(n -> ((String) n.getUserData()).startsWith("2025-09-30:2."));
        robot.clickOn("#search").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        assertThat(summary()).isEqualTo("0 of 47 objectives ticked (0%)");

        robot.clickOn("#examPicker");
        robot.clickOn("Retired exam (until 2025-09-29)");
        assertThat(summary()).isEqualTo("0 of 57 objectives ticked (0%)");
        assertThat(robot.lookup("Experimentation").tryQuery()).isPresent();
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = robot.lookup("#examPicker").queryAs(ComboBox.class);
        assertThat(picker.getValue()).hasToString("Retired exam (until 2025-09-29)");

        harness.stop();
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-objectives");
        assertThat(summary()).isEqualTo("0 of 57 objectives ticked (0%)");
    }

    private String summary() {
        return robot.lookup("#summary").queryAs(Label.class).getText();
    }

    private CheckBox tickBox(String objectiveId) {
        return robot.lookup(".tick-box").match(n -> objectiveId.equals(n.getUserData())).queryAs(CheckBox.class);
    }

    /** The "ticked/total" label in the Progress column of the row whose title is given. */
    private String progressOfRow(String title) {
        var row = robot.lookup(".tree-table-row-cell")
                .match(r -> robot.from(r).lookup(".row-title").match(l -> title.equals(((Label) l).getText()))
                        .tryQuery().isPresent())
                .query();
        return robot.from(row).lookup(".label").match(l -> ((Label) l).getText().matches("\\d+/\\d+"))
                .queryAs(Label.class).getText();
    }
}
