package io.studycompanion.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import io.studycompanion.domain.quiz.QuizScope;
import io.studycompanion.ui.quiz.ReviewFilter;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice with feedback, and an exam simulation interrupted by a restart, resumed, submitted and reviewed. */
class QuizFlowTest extends AppFlowTest {

    @Test
    void practiceShowsFeedbackAfterEachAnswer() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-quiz");
        @SuppressWarnings("unchecked")
        ComboBox<QuizScope> scope = robot.lookup("#scope").queryComboBox();
        robot.clickOn(scope);
        robot.interact(() -> scope.getItems().stream().filter(s -> s.label().equals("Section 3: Model Deployment"))
                .findFirst().ifPresent(scope::setValue));
        robot.type(KeyCode.ESCAPE);
        var sectionCount = "\\d\\d questions in this scope\\. Feedback after each answer\\.";
        waitUntil("section 3's count", () -> text("#availability").matches(sectionCount));
        assertThat(text("#availability")).as("section 3 only: tens of questions, not the whole bank").matches(sectionCount);
        robot.clickOn("#startQuiz");
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText()).matches("Question 1 of 10 · objective .*3\\.\\d\\.\\d.*");

        robot.clickOn("#primary");
        assertThat(text("#playerMessage")).startsWith("Choose");
        answerWithFirstChoices();
        robot.type(KeyCode.ENTER);

        assertThat(text("#verdict")).isIn("Correct", "Not quite");
        assertThat(text("#answerVsKey")).startsWith("Your answer: A");
        assertThat(robot.lookup(".rationale").queryAll()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(robot.lookup(".feedback .hyperlink").queryAll()).isNotEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(text("#playerMessage")).isEqualTo("Copied the question and its explanation.");
        var copied = new java.util.concurrent.atomic.AtomicReference<String>();
        robot.interact(() -> copied.set(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).as("the explanation, the key and each choice's rationale, as text")
                .contains("\n\nCorrect: ").contains("\nA. ").contains("\nA: ").contains("https://");
        robot.type(KeyCode.DIGIT2);
        assertThat(text("#answerVsKey")).as("a checked answer is locked").startsWith("Your answer: A");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText()).startsWith("Question 2 of 10");
    }

    @Test
    void examSimulationSurvivesARestartAndIsReviewedAfterSubmitting() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-quiz");
        robot.clickOn("#mode-EXAM");
        waitUntil("the exam's description", () -> text("#availability").startsWith("60 questions drawn"));
        assertThat(text("#availability")).startsWith("60 questions drawn to the blueprint, 120 minutes, pass mark 70% (unofficial)");
        robot.clickOn("#startQuiz");
        assertThat(text("#timer")).as("the 120-minute limit, counting down").matches("(2:00:00|1:5\\d:\\d\\d)");
        assertThat(robot.lookup("#verdict").tryQuery()).as("no feedback during an exam").isEmpty();

        answerWithFirstChoices();
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.F);
        assertThat(button("#grid-2").getText()).isEqualTo("⚑2");
        assertThat(button("#grid-2").getAccessibleText()).isEqualTo("Question 2, open, flagged, shown now");
        assertThat(button("#grid-1").getAccessibleText()).isEqualTo("Question 1, answered");
        assertThat(robot.lookup(".choice-row").queryAll().stream().map(Node::getAccessibleText))
                .as("each choice row is named for a screen reader").allMatch(t -> t.matches("Choice [A-F]: .+"));
        robot.clickOn("#grid-5");
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText()).startsWith("Question 5 of 60");
        answerWithFirstChoices();
        robot.type(KeyCode.G);

        harness.stop();
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-quiz");
        waitUntil("the unfinished exam named", () -> !text("#unfinishedText").isEmpty());
        assertThat(text("#unfinishedText")).matches("Unfinished: Exam simulation \\(2 of 60 answered, 1:5\\d:\\d\\d left\\)\\.");
        robot.clickOn("#resume");
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText()).startsWith("Question 2 of 60");
        assertThat(button("#grid-2").getText()).isEqualTo("⚑2");
        assertThat(button("#grid-1").getStyleClass()).contains("answered");
        robot.clickOn("#grid-5");
        assertThat(selected("#choice-A")).isTrue();
        assertThat(robot.lookup("#conf-GUESS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#submit");
        assertThat(robot.lookup("#confirmSubmit").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#confirmSubmit .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(t -> t.contains("58 unanswered: 2, 3, 4, 6, 7, 8, 9, 10 and 50 more") && t.contains("1 flagged: 2"));
        robot.clickOn("#confirmSubmitYes");

        assertThat(text("#score")).matches("[0-2]/60 correct \\(\\d+%\\)");
        assertThat(text("#resultVerdict")).isEqualTo("Below the pass mark · pass mark 70%");
        assertThat(robot.lookup("1 Model Development").tryQuery()).isPresent();
        assertThat(robot.lookup("3 Model Deployment").tryQuery()).isPresent();
        assertThat(robot.lookup("#reviewList .question-card").queryAll()).hasSizeGreaterThanOrEqualTo(58);
        @SuppressWarnings("unchecked")
        ChoiceBox<ReviewFilter> filter = robot.lookup("#reviewFilter").queryAs(ChoiceBox.class);
        robot.interact(() -> filter.setValue(ReviewFilter.FLAGGED));
        assertThat(robot.lookup("#reviewList .question-card").queryAll()).hasSize(1);

        robot.clickOn("#backToSetup");
        quizSetupLoaded();
        assertThat(text("#unfinishedText")).as("nothing left to resume").isEmpty();
        assertThat(robot.lookup("#pastAttempts").queryListView().getItems()).hasSize(1);

        robot.clickOn("#mode-PRACTICE");
        waitUntil("the practice count", () -> text("#availability").contains("questions in this scope"));
        var m = java.util.regex.Pattern.compile("(\\d+) questions in this scope; the (\\d+) you have not answered yet "
                + "come first\\. Feedback after each answer\\.").matcher(text("#availability"));
        assertThat(m.matches()).as(text("#availability")).isTrue();
        assertThat(Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2))).as("the submitted exam's 60 questions, their keys shown in its review").isEqualTo(60);
    }

    @Test
    void aDocumentationLinkShowsItsAddressAndSaysSoWhenNoBrowserStarts() throws Exception {
        var desktop = new TestDesktop();
        desktop.browserAvailable = false;
        harness = new AppHarness(dataFolder, desktop);
        harness.start();
        robot.clickOn("#nav-quiz");
        robot.clickOn("#startQuiz");
        answerWithFirstChoices();
        robot.type(KeyCode.ENTER);
        var link = robot.lookup(".feedback .doc-link").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(link.getTooltip().getText()).startsWith("https://");
        for (var i = 0; i < 30 && !shownInItsScroller(link); i++) {
            robot.type(KeyCode.PAGE_DOWN); // as a reader would: the references end the explanation
        }
        robot.clickOn(link);
        waitUntil("the window's notice", () -> robot.lookup("#noticeText").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith("No web browser could be started for " + link.getTooltip().getText()))
                .orElse(false));
        assertThat(desktop.links).containsExactly(link.getTooltip().getText());
    }

    @Test
    void theDashboardSaysAQuizIsUnfinishedAndResumesIt() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-quiz");
        robot.clickOn("#mode-EXAM");
        robot.clickOn("#startQuiz");
        answerWithFirstChoices();
        robot.clickOn("#nav-dashboard");
        waitUntil("the dashboard's figures", () -> !robot.lookup("#dashboardUpdating").query().isVisible());
        assertThat(robot.lookup("#dashUnfinished").queryAs(Label.class)
                .getText()).matches("Unfinished: Exam simulation \\(1 of 60 answered, (2:00:00|1:5\\d:\\d\\d) left\\)\\.");
        robot.clickOn("#dashResume");
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText()).startsWith("Question 2 of 60");
        robot.clickOn("#submit");
        robot.clickOn("#confirmSubmitYes");
        robot.clickOn("#nav-dashboard");
        waitUntil("the dashboard's figures again", () -> !robot.lookup("#dashboardUpdating").query().isVisible());
        assertThat(robot.lookup("#dashUnfinished").queryAs(Label.class).getText()).as("no banner once it is submitted").isEmpty();
    }

    /** Whether the node lies inside the visible part of the scroll pane that holds it. */
    private boolean shownInItsScroller(Node node) {
        var result = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            var viewport = node.getParent();
            while (viewport != null && !viewport.getStyleClass().contains("viewport")) {
                viewport = viewport.getParent();
            }
            if (viewport == null) {
                result.set(true);
                return;
            }
            var b = node.localToScene(node.getLayoutBounds());
            var v = viewport.localToScene(viewport.getLayoutBounds());
            result.set(b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY());
        });
        return result.get();
    }

    @Test
    void practiceStartsFromAnObjectiveInTheChecklist() throws Exception {
        harness = new AppHarness(dataFolder);
        harness.start();
        robot.clickOn("#nav-objectives");
        robot.clickOn("#search").write("blue-green");
        robot.clickOn("Compare deployment strategies (e.g. blue-green and canary) and evaluate their suitability for high-traffic applications.");
        robot.clickOn("#practiceObjective");
        assertThat(robot.lookup("#nav-quiz").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText())
                .matches("Question 1 of \\d+ · objective .*3\\.1\\.1.*");
    }


    private boolean selected(String id) {
        Node node = robot.lookup(id).query();
        return node instanceof CheckBox c ? c.isSelected() : ((RadioButton) node).isSelected();
    }

    private Button button(String id) {
        return robot.lookup(id).queryButton();
    }

}
