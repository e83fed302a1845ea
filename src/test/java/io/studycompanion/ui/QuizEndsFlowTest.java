package io.studycompanion.ui;

import io.studycompanion.App;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A quiz ends as a learner expects: by keyboard, without writing into restored data, without losing an exam. */
class QuizEndsFlowTest extends AppFlowTest {

    @Test
    void aPracticeFinishesWithEnterOnItsLastCheckedQuestion() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-quiz");
        @SuppressWarnings("unchecked")
        Spinner<Integer> count = robot.lookup("#count").queryAs(Spinner.class);
        robot.interact(() -> count.getValueFactory().setValue(2));
        robot.clickOn("#startQuiz");
        for (int i = 0; i < 2; i++) {
            answerWithFirstChoices();
            robot.type(KeyCode.ENTER);          // check
            robot.type(KeyCode.ENTER);          // go on; on the last one: finish
        }
        assertThat(text("#score")).matches("[0-2]/2 correct \\(\\d+%\\)");
        assertThat(text("#resultVerdict")).startsWith("Practice: right answers");
        robot.clickOn("#backToSetup");
        quizSetupLoaded();
        assertThat(text("#unfinishedText")).as("nothing left unfinished").isEmpty();
    }

    @Test
    void anExamOpenWhileABackupIsImportedWritesNothingIntoTheImportedData() throws Exception {
        var backup = dataFolder.resolve("other-machine.json");
        var clock = Clock.systemUTC();
        try (var other = App.open(dataFolder.resolve("other"), Clock.offset(clock, Duration.ofDays(-2)))) {
            var quiz = other.uiServices().quiz();
            quiz.elapsed(quiz.startExam("2025-09-30"), Duration.ofMinutes(5));
            other.uiServices().backup().exportJson(backup);
        }
        var desktop = new TestDesktop();
        desktop.nextOpen = () -> Optional.of(backup);
        harness = new AppHarness(dataFolder.resolve("data"), desktop);
        harness.start();
        robot.clickOn("#nav-quiz");
        robot.clickOn("#mode-EXAM");
        robot.clickOn("#startQuiz");                       // attempt 1 here; the backup's exam is attempt 1 too
        answerWithFirstChoices();
        robot.clickOn("#nav-settings");
        robot.clickOn("#importBackup");
        robot.clickOn("#confirmImport");
        assertThat(text("#dataMessage")).startsWith("Restored ");
        // The exam's timer ticked every second and saved by row id into whatever attempt 1 now is:
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        // Read through the app (it holds its database exclusively), on the FX thread where its writes happen.
        var stored = WaitForAsyncUtils.asyncFx(() -> harness.app().uiServices().quiz().unfinished()).get();
        assertThat(stored).hasValueSatisfying(a -> {
            assertThat(a.id()).isEqualTo(1);
            assertThat(a.elapsed().toMillis()).as("the imported exam's time, untouched").isEqualTo(300_000);
            assertThat(a.submittedAt()).isEmpty();
        });
        robot.clickOn("#nav-quiz");
        waitUntil("the unfinished exam named", () -> !text("#unfinishedText").isEmpty());
        assertThat(text("#unfinishedText")).startsWith("Unfinished: Exam simulation (0 of 60 answered, 1:55:00 left)");
    }

    @Test
    void practisingAnObjectiveDoesNotDropARunningExam() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-quiz");
        robot.clickOn("#mode-EXAM");
        robot.clickOn("#startQuiz");
        answerWithFirstChoices();
        robot.clickOn("#nav-objectives");
        robot.clickOn("#search").write("blue-green");
        robot.clickOn("Compare deployment strategies (e.g. blue-green and canary) and evaluate their suitability for high-traffic applications.");
        robot.clickOn("#practiceObjective");
        assertThat(robot.lookup("#setupError").queryAs(Label.class).getText())
                .isEqualTo("An exam simulation is still running. Resume and submit it, or abandon it, before practising objective 3.1.1.");
        waitUntil("the unfinished exam named", () -> !text("#unfinishedText").isEmpty());
        assertThat(text("#unfinishedText")).startsWith("Unfinished: Exam simulation");
        assertThat(robot.lookup("#discard").queryButton().getText()).isEqualTo("Abandon (not scored)");
        robot.clickOn("#discard");
        quizSetupLoaded();
        assertThat(text("#unfinishedText")).isEmpty();
        assertThat(robot.lookup("#pastAttempts").queryListView().getItems()).as("abandoned, not scored").isEmpty();
        assertThat(text("#pastPlaceholder")).as("read, and none there").isEqualTo("Your finished quizzes will be listed here.");
    }
}
