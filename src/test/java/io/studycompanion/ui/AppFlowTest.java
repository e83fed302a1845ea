package io.studycompanion.ui;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /**
     * Waits (up to 30 s, for a loaded machine) until {@code condition} holds, evaluated on the FX thread, where
     * everything it reads is written. Wait for exactly what is asserted next, never for a neighbour of it.
     */
    void waitUntil(String what, Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(30, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new TimeoutException("Not reached within 30 s: " + what);
        }
    }

    /** Waits until the quiz setup has read the unfinished quiz, the past ones and the count (in the background). */
    void quizSetupLoaded() throws TimeoutException {
        waitUntil("the quiz setup's figures", () -> !robot.lookup("#quizSetupUpdating").query().isVisible());
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
