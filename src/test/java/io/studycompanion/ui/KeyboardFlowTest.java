package io.studycompanion.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A practice and an exam from the first screen to their results with the keyboard alone. */
class KeyboardFlowTest extends AppFlowTest {

    @Test
    void practiceFromStartToResultsWithoutTheMouse() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        tabTo("#nav-quiz");
        robot.type(KeyCode.SPACE);
        tabTo("#startQuiz");
        robot.type(KeyCode.SPACE);
        waitUntil("the first question", () -> robot.lookup(".question-meta").tryQuery().isPresent());
        for (int i = 0; i < 10; i++) {
            answerWithFirstChoices();
            robot.type(KeyCode.ENTER); // check
            robot.type(KeyCode.ENTER); // next; on the last question: finish
        }
        waitUntil("the results", () -> robot.lookup("#score").tryQuery().isPresent());
        assertThat(text("#score")).matches("\\d+/10 correct \\(\\d+%\\)");
    }

    @Test
    void examFromStartToResultsWithoutTheMouse() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        tabTo("#nav-quiz");
        robot.type(KeyCode.SPACE);
        tabTo("#mode-EXAM");
        robot.type(KeyCode.SPACE);
        tabTo("#startQuiz");
        robot.type(KeyCode.SPACE);
        waitUntil("the exam's first question", () -> robot.lookup("#timer").tryQuery().isPresent()
                && robot.lookup(".question-meta").tryQuery().isPresent());
        answerWithFirstChoices();
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#nav-quiz").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("arrows and pages scroll the question; they never move the sidebar").isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil("the submit check", () -> robot.lookup("#confirmSubmit").query().isVisible());
        assertThat(robot.lookup("#confirmSubmit .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.startsWith("59 unanswered"));
        robot.type(KeyCode.ENTER);
        waitUntil("the results", () -> robot.lookup("#score").tryQuery().isPresent());
        assertThat(text("#score")).matches("[01]/60 correct \\(\\d+%\\)");
    }

    /** Presses Tab until the node is focused (at most 40 times); each stop shows a focus ring. */
    private void tabTo(String id) throws Exception {
        var target = robot.lookup(id).query();
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            var owner = new java.util.concurrent.atomic.AtomicReference<Node>();
            waitUntil("a focus owner after Tab", () -> {
                owner.set(target.getScene().getFocusOwner());
                return owner.get() != null;
            });
            if (owner.get() == target) {
                waitUntil("a visible focus ring on " + id, () -> target.getEffect() != null);
                return;
            }
        }
        throw new AssertionError(id + " not reached with Tab");
    }
}
