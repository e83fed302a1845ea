package io.studycompanion.ui;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The app opens on the dashboard; it says when there is no evidence, and fills in after practice. */
class DashboardFlowTest extends AppFlowTest {

    @Test
    void dashboardShowsEvidenceWeakestObjectivesAndAPlan() throws Exception {
        var desktop = new TestDesktop();
        var pdf = dataFolder.resolve("exports/report.pdf");
        desktop.nextReport = () -> java.util.Optional.of(pdf);
        harness = new AppHarness(dataFolder.resolve("data"), desktop);
        harness.start();
        assertThat(harness.catalogParsedBeforeFirstFrame()).as("the first frame needs no exam outline").isFalse();
        assertThat(harness.cardsInFirstFrame()).as("the first frame is the header; the cards come with the figures").isFalse();
        waitUntilLoaded();
        assertThat(harness.catalogParsed()).as("the dashboard's background load read it").isTrue();
        assertThat(robot.lookup("#dashboardUpdating").query().isVisible()).as("the note goes once the figures are in").isFalse();
        assertThat(text("#evidenceNote")).startsWith("Not enough evidence yet");
        assertThat(text("#predictedScore")).as("no figure without evidence").isEqualTo("—");
        assertThat(text("#passProbability")).isEqualTo("—");
        robot.clickOn("#exportPdf");
        // The handler opens the file, then sets the message: wait for both, since both are asserted.
        waitUntil("the report saved and opened",
                () -> text("#exportMessage").equals("Report saved to " + pdf) && desktop.opened.contains(pdf));
        assertThat(desktop.suggestedNames).containsExactly("readiness-report-" + LocalDate.now() + ".pdf");
        assertThat(desktop.opened).containsExactly(pdf);
        assertThat(pdf).exists().isNotEmptyFile();

        desktop.viewerAvailable = false;
        robot.clickOn("#exportPdf");
        waitUntil("the second report saved, with no viewer",
                () -> text("#exportMessage").endsWith("No program to open PDF files could be started; open it from its folder."));
        assertThat(desktop.opened).containsExactly(pdf, pdf);
        assertThat(text("#coverage")).isEqualTo("0 of 47 ticked · 0 practised · 0 mastered");
        assertThat(practiceButtons()).as("nothing ranked before any answer").isZero();
        assertThat(text("#untried")).isEqualTo("Not tried yet: all 47 objectives (100% of the exam).");
        assertThat(robot.lookup("#sectionBars .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("1 Model Development", "2 MLOps", "3 Model Deployment");

        robot.clickOn("#nav-quiz");
        robot.clickOn("#startQuiz");
        for (int i = 0; i < 10; i++) {
            answerWithFirstChoices();
            robot.type(KeyCode.ENTER);
            robot.type(KeyCode.ENTER);
        }
        robot.clickOn("#nav-dashboard");
        waitUntilLoaded();
        assertThat(text("#coverage")).matches("0 of 47 ticked · ([1-9]|1\\d|20) practised · 0 mastered");
        assertThat(text("#evidenceNote")).doesNotStartWith("Not enough evidence yet");
        assertThat(text("#predictedScore")).matches("\\d+%");
        // Ten answers are too few for a pass chance: the tile stays empty and the note says what is missing.
        assertThat(text("#passProbability")).isEqualTo("—");
        assertThat(text("#evidenceNote")).contains("Your exam score is likely between ")
                .containsPattern("Not enough evidence for a pass chance yet: answer \\d+ more questions");
        assertThat(text("#readinessBasis")).matches("What this rests on: 10 answers, .*\\.");
        var axis = (javafx.scene.chart.NumberAxis) robot.lookup("#trendChart").queryAs(javafx.scene.chart.LineChart.class).getXAxis();
        assertThat(robot.lookup("#trendChart").query().getAccessibleText())
                .matches("Trend: 0 exam simulations; practice accuracy over 7 days latest \\d+%; pass mark 70%\\.");
        assertThat(robot.lookup("#sectionBars .section-bar").queryAll().stream().map(Node::getAccessibleText))
                .anyMatch(t -> t.startsWith("Section 1: estimate ")).anyMatch(t -> t.contains("pass mark 70%"));
        assertThat(axis.getUpperBound()).as("the trend ends today, not a week ahead")
                .isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay());
        // Only answered objectives are ranked (at most 8); the rest are named apart, never with "gap 0".
        assertThat(practiceButtons()).isBetween(1L, 8L);
        assertThat(text("#untried")).matches("Not tried yet: \\d+ objectives, \\d+% of the exam: \\d+\\.\\d+\\.\\d+, .*\\.");
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .noneMatch(t -> t.equals("gap 0"));

        var date = LocalDate.now().plusDays(10);
        DatePicker picker = robot.lookup("#examDate").queryAs(DatePicker.class);
        robot.interact(() -> { picker.setValue(date); picker.fireEvent(new javafx.event.ActionEvent()); });
        waitUntilLoaded();
        assertThat(text("#plan")).matches("10 days left to " + date + " · \\d+ questions not yet answered right · about \\d+ a day");

        javafx.scene.control.ScrollPane page = robot.lookup("#dashboardScreen").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> page.setVvalue(1.0));
        robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("practice-")).findFirst()
                .ifPresent(robot::clickOn);
        assertThat(robot.lookup(".question-meta").queryAs(Label.class).getText()).startsWith("Question 1 of");
    }

    private long practiceButtons() {
        return robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("practice-")).count();
    }

    /** Until the figures of the newest load are shown: the cards exist and "Updating…" is gone. */
    private void waitUntilLoaded() throws Exception {
        waitUntil("the dashboard's figures", () -> robot.lookup("#predictedScore").tryQueryAs(Label.class)
                .map(l -> !l.getText().isEmpty()).orElse(false)
                && !robot.lookup("#dashboardUpdating").query().isVisible());
    }

}
