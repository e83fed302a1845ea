package io.studycompanion.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/** What every TestFX flow shares: a data folder, a robot, the app harness and a few user gestures. */
abstract class AppFlowTest {
    @TempDir
    Path dataFolder;
    final FxRobot robot = new FxRobot();
    AppHarness harness;

    @BeforeAll
    static void toolkit() throws Exception {
        AppHarness.registerToolkit();
    }

    @AfterEach
    void quit() throws Exception {
        if (harness != null) {
            harness.stop();
        }
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Presses 1 (and 2… for a multiple-answer question) to choose the first choices shown. */
    void answerWithFirstChoices() {
        var hint = robot.lookup("#chooseHint").tryQuery();
        int n = hint.map(h -> Integer.parseInt(((Label) h).getText().replaceAll("Choose (\\d+).*", "$1"))).orElse(1);
        for (int i = 0; i < n; i++) {
            robot.type(KeyCode.values()[KeyCode.DIGIT1.ordinal() + i]);
        }
    }
}
