package io.studycompanion.ui;

import io.studycompanion.service.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen and state at four window sizes, four text sizes and both themes: no label shows less than its
 * text, no control reaches past the window or a parent that clips it, no sideways scroll bar outside a code
 * block. Each case leaves a screenshot in {@code target/readability/} for a reviewer.
 */
class ScreenReadabilityTest extends AppFlowTest {
    private static final int[][] SIZES = {{1024, 768}, {1280, 800}, {1366, 768}, {1920, 1080}};
    private static final int[] TEXT_SIZES = {12, 14, 18, 22};
    private static final Path SHOTS = Path.of("target", "readability");

    private final List<String> problems = new ArrayList<>();

    @Test
    void dashboardEmptyAndWithData() throws Exception {
        start();
        waitForDashboard();
        sweep("dashboard-empty");
        practiseTen();
        robot.clickOn("#nav-dashboard");
        waitForDashboard();
        sweep("dashboard-data");
        assertNoProblems();
    }

    @Test
    void checklistWithTheDetailOpen() throws Exception {
        start();
        robot.clickOn("#nav-objectives");
        robot.clickOn("#search").write("blue-green");
        robot.clickOn("Compare deployment strategies (e.g. blue-green and canary) and evaluate their suitability for high-traffic applications.");
        robot.clickOn("#search").eraseText("blue-green".length());
        sweep("checklist-detail");
        assertNoProblems();
    }

    @Test
    void quizSetupPracticeFeedbackAndKeys() throws Exception {
        start();
        robot.clickOn("#nav-quiz");
        quizSetupLoaded();
        sweep("quiz-setup");
        robot.clickOn("#startQuiz");
        answerWithFirstChoices();
        robot.type(KeyCode.ENTER);
        waitUntil("feedback shown", () -> robot.lookup("#verdict").tryQuery().isPresent());
        sweep("practice-feedback");
        robot.clickOn("#showKeys");
        sweep("practice-keys");
        assertNoProblems();
    }

    @Test
    void examGridSubmitCheckAndResults() throws Exception {
        start();
        robot.clickOn("#nav-quiz");
        robot.clickOn("#mode-EXAM");
        robot.clickOn("#startQuiz");
        answerWithFirstChoices();
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.F);
        sweep("exam-grid");
        robot.clickOn("#submit");
        sweep("exam-submit-check");
        robot.clickOn("#confirmSubmitYes");
        waitUntil("results shown", () -> robot.lookup("#score").tryQuery().isPresent());
        sweep("exam-results");
        assertNoProblems();
    }

    @Test
    void settingsConfirmationsAndTheWindowsNotice() throws Exception {
        var desktop = new TestDesktop();
        var backup = dataFolder.resolve("exports/progress-backup.json");
        desktop.nextSave = () -> java.util.Optional.of(backup);
        desktop.nextOpen = () -> java.util.Optional.of(backup);
        desktop.browserAvailable = false;
        harness = new AppHarness(dataFolder.resolve("data"), desktop);
        harness.start();
        robot.clickOn("#nav-settings");
        robot.clickOn("#exportBackup");
        waitUntil("the backup exported", () -> java.nio.file.Files.exists(backup));
        robot.clickOn("#importBackup");
        waitUntil("the import question", () -> robot.lookup("#confirmImport").query().isVisible());
        robot.clickOn("#backupNow");
        waitUntil("a backup listed", () -> !robot.lookup("#backupList").queryListView().getItems().isEmpty());
        robot.interact(() -> robot.lookup("#backupList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#restoreBackup");
        waitUntil("the restore question", () -> robot.lookup("#confirmRestore").query().isVisible());
        sweep("settings-confirm");
        robot.clickOn("#nav-quiz");
        robot.clickOn("#startQuiz");
        answerWithFirstChoices();
        robot.type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup(".feedback .doc-link").queryAs(javafx.scene.control.Hyperlink.class).fire());
        waitUntil("the window's notice", () -> robot.lookup("#noticeText").tryQuery().isPresent());
        sweep("notice-banner");
        assertNoProblems();
    }

    @Test
    void questionBankAndSettings() throws Exception {
        start();
        robot.clickOn("#nav-bank");
        waitUntil("the cue figures measured", () -> robot.lookup("#cueVerdict").queryAs(Label.class).getText().startsWith("cues: "));
        sweep("question-bank");
        robot.clickOn("#nav-settings");
        sweep("settings");
        assertNoProblems();
    }

    private void start() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
    }

    private void waitForDashboard() throws Exception {
        waitUntil("the dashboard's figures", () -> robot.lookup("#predictedScore").tryQueryAs(Label.class)
                .map(l -> !l.getText().isEmpty()).orElse(false)
                && !robot.lookup("#dashboardUpdating").query().isVisible());
    }

    private void practiseTen() {
        robot.clickOn("#nav-quiz");
        robot.clickOn("#startQuiz");
        for (int i = 0; i < 10; i++) {
            answerWithFirstChoices();
            robot.type(KeyCode.ENTER);
            robot.type(KeyCode.ENTER);
        }
    }

    /** Lays the current screen out at every size, text size and theme; records what a reader would find. */
    private void sweep(String state) throws Exception {
        var stage = harness.stage();
        var original = new double[] {stage.getWidth(), stage.getHeight()};
        for (var theme : Theme.values()) {
            for (int text : TEXT_SIZES) {
                for (int[] size : SIZES) {
                    var found = new AtomicReference<List<String>>();
                    var shot = new AtomicReference<WritableImage>();
                    WaitForAsyncUtils.asyncFx(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                        Scene scene = stage.getScene();
                        ThemeStyler.apply(scene, theme, text);
                        for (int pass = 0; pass < 3; pass++) {
                            scene.getRoot().applyCss();
                            scene.getRoot().layout();
                        }
                    }).get();
                    waitForPulses(3);
                    WaitForAsyncUtils.asyncFx(() -> {
                        Scene scene = stage.getScene();
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        found.set(Readability.problems(scene));
                        shot.set(scene.snapshot(null));
                    }).get();
                    var name = String.format("%s-%s-%dpx-%dx%d", state, theme.name().toLowerCase(), text, size[0], size[1]);
                    save(shot.get(), SHOTS.resolve(state).resolve(name + ".png"));
                    for (var p : found.get()) {
                        problems.add(name + ": " + p);
                    }
                }
            }
        }
        WaitForAsyncUtils.asyncFx(() -> {
            ThemeStyler.apply(stage.getScene(), Theme.LIGHT, 14);
            stage.setWidth(original[0]);
            stage.setHeight(original[1]);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets the FX thread draw a few frames, so that layout settled over several pulses is in place. */
    private static void waitForPulses(int pulses) throws Exception {
        var done = new java.util.concurrent.CountDownLatch(pulses);
        var timer = new AtomicReference<javafx.animation.AnimationTimer>();
        WaitForAsyncUtils.asyncFx(() -> {
            timer.set(new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    done.countDown();
                    if (done.getCount() == 0) {
                        stop();
                    }
                }
            });
            timer.get().start();
        }).get();
        if (!done.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new java.util.concurrent.TimeoutException("no FX pulses within 30 s");
        }
    }

    private void assertNoProblems() throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve("problems-" + System.nanoTime() + ".txt"), problems);
        assertThat(problems).as("cut, clipped or sideways-scrolling (%d)", problems.size()).isEmpty();
    }

    private static void save(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
