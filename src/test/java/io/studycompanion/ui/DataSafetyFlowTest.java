package io.studycompanion.ui;

import io.studycompanion.App;
import io.studycompanion.domain.ObjectiveId;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** A damaged database is replaced by the newest good backup and the learner is told; backups can be restored. */
class DataSafetyFlowTest extends AppFlowTest {

    @Test
    void damagedDatabaseIsRecoveredWithANoticeAndABackupCanBeRestored() throws Exception {
        try (var app = App.open(dataFolder, Clock.systemUTC())) {
            app.progress().setTicked(ObjectiveId.parse("2025-09-30:1.1.1"), true);
            app.uiServices().safety().backupNow();
        }
        try (var raf = new RandomAccessFile(dataFolder.resolve("study-companion.db").toFile(), "rw")) {
            raf.write("garbage where the SQLite header was".getBytes());
        }
        Files.deleteIfExists(dataFolder.resolve("study-companion.db-wal"));

        harness = new AppHarness(dataFolder);
        harness.start();
        assertThat(robot.lookup("#noticeText").queryAs(Label.class).getText())
                .startsWith("Your database was damaged and has been moved to " + dataFolder.resolve("damaged"))
                .contains("was restored");
        robot.clickOn("#dismissNotice");
        assertThat(robot.lookup("#noticeBanner").tryQuery()).isEmpty();
        robot.clickOn("#nav-objectives");
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).isEqualTo("1 of 47 objectives ticked (2%)");

        robot.clickOn(robot.lookup(".tick-box").match(n -> "2025-09-30:1.1.1".equals(n.getUserData())).queryAs(javafx.scene.Node.class));
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).isEqualTo("0 of 47 objectives ticked (0%)");
        robot.clickOn("#nav-settings");
        ListView<?> list = robot.lookup("#backupList").queryListView();
        assertThat(list.getItems()).isNotEmpty();
        var manual = list.getItems().stream().filter(i -> i.toString().contains("manual")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().indexOf(manual)));
        robot.clickOn("#restoreBackup");
        robot.clickOn("#confirmRestore");
        assertThat(robot.lookup("#dataMessage").queryAs(Label.class).getText()).startsWith("Restored the backup ");
        robot.clickOn("#nav-objectives");
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).isEqualTo("1 of 47 objectives ticked (2%)");
    }
}
