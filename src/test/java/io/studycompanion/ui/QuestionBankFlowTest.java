package io.studycompanion.ui;

import io.studycompanion.content.QuestionBankLoaderTest;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner imports a broken pack (refused, problems listed), fixes it, and imports it. */
class QuestionBankFlowTest extends AppFlowTest {
    private final AtomicReference<Path> nextFile = new AtomicReference<>();

    @Test
    void brokenPackIsRefusedWholeAndAFixedOneIsAdded() throws Exception {
        var desktop = new TestDesktop();
        desktop.nextPack = () -> Optional.ofNullable(nextFile.get());
        harness = new AppHarness(dataFolder.resolve("data"), desktop);
        harness.start();
        robot.clickOn("#nav-bank");
        var before = totals();
        assertThat(before).matches("\\d+ questions · .*every objective has at least 10");
        var count = Integer.parseInt(before.split(" ")[0]);

        var pack = dataFolder.resolve("my-pack.json");
        Files.writeString(pack, "{\"questions\": [" + QuestionBankLoaderTest.question("mine-001", "")
                .replace("\"key\": [\"A\"]", "\"key\": [\"Z\"]") + "]}");
        nextFile.set(pack);
        robot.clickOn("#importPack");
        // The import checks the pack and measures its cues against the whole bank: wait for its message, not
        // for a fixed number of FX pulses (the bank's own cue check may be running beside it).
        var refused = "my-pack.json was not imported: 1 problem to fix first. Nothing was changed.";
        waitUntil("the refusal", () -> refused.equals(message()));
        assertThat(message()).isEqualTo(refused);
        assertThat(robot.lookup("#importProblems").queryListView().getItems())
                .contains("my-pack.json: mine-001: key: names choice \"Z\", which does not exist");
        assertThat(totals()).isEqualTo(before);
        assertThat(dataFolder.resolve("data/packs")).doesNotExist();

        Files.writeString(pack, "{\"questions\": [" + QuestionBankLoaderTest.question("mine-001", "") + "]}");
        robot.clickOn("#importPack");
        waitUntil("the import", () -> "Imported 1 questions from my-pack.json.".equals(message()));
        assertThat(message()).isEqualTo("Imported 1 questions from my-pack.json.");
        assertThat(robot.lookup("#importProblems").queryAs(ListView.class).isVisible()).isFalse();
        assertThat(totals()).startsWith((count + 1) + " questions");
        assertThat(dataFolder.resolve("data/packs/my-pack.json")).exists();
    }

    @Test
    void theShippedBanksCueFiguresAreShownAndAPackWithCuesIsAddedWithWarnings() throws Exception {
        var desktop = new TestDesktop();
        var pack = dataFolder.resolve("loud.json");
        Files.writeString(pack, io.studycompanion.content.CuePacks.keysStandOut());
        desktop.nextPack = () -> Optional.of(pack);
        harness = new AppHarness(dataFolder.resolve("data"), desktop);
        harness.start();
        robot.clickOn("#nav-bank");
        // Measured off the FX thread: wait for the verdict, which is set with the figures.
        waitUntil("the cue figures", () -> robot.lookup("#cueVerdict").queryAs(Label.class).getText().startsWith("cues: ")
                && !robot.lookup("#cueFigures .label").queryAll().isEmpty());
        assertThat(robot.lookup("#cueFigures .label").queryAllAs(Label.class).stream().map(Label::getText))
                .containsSubsequence("Limit", "longest-choice strategy", "30%", "shortest-choice strategy")
                .anyMatch(t -> t.matches("\\d+\\.\\d% of \\d+ single-answer items"))
                .contains("✓").doesNotContain("✗");
        assertThat(robot.lookup("#cueVerdict").queryAs(Label.class).getText()).startsWith("cues: ");

        robot.clickOn("#importPack");
        waitUntil("the import", () -> "Imported 4 questions from loud.json.".equals(message()));
        assertThat(message()).isEqualTo("Imported 4 questions from loud.json.");
        @SuppressWarnings("unchecked")
        ListView<String> warnings = robot.lookup("#importWarnings").queryAs(ListView.class);
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getItems()).contains("Past the limit: picking the longest choice scores 100.0% (limit 30%)")
                .anyMatch(w -> w.startsWith("loud-001: long-key — key "))
                .last().asString().startsWith("cues: 4 figures past the limit; 8 flags without a written reason (in 4 items)");
        assertThat(dataFolder.resolve("data/packs/loud.json")).as("warnings never refuse a valid pack").exists();
    }

    private String totals() {
        return robot.lookup("#bankTotals").queryAs(Label.class).getText();
    }

    private String message() {
        return robot.lookup("#importMessage").queryAs(Label.class).getText();
    }
}
