package io.studycompanion.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Layout helpers, on the FX thread, headless. */
class LayoutsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aWordsWholeLabelIsNeverNarrowerThanItsWidestWordAndFollowsItsFont() throws Exception {
        double[] widths = WaitForAsyncUtils.asyncFx(() -> {
            var label = Layouts.wordsWhole(new Label("1 Model Development"));
            label.setFont(Font.font(14));
            double small = label.getMinWidth();
            label.setFont(Font.font(22));
            double large = label.getMinWidth();
            var probe = new Text("Development");
            probe.setFont(Font.font(22));
            // Squeezed into 40 px, the label keeps its least width: the word is not broken.
            var stage = new Stage();
            var root = new StackPane(label);
            root.setMaxWidth(40);
            stage.setScene(new Scene(root, 40, 200));
            root.applyCss();
            root.layout();
            return new double[] {small, large, probe.getLayoutBounds().getWidth(), label.getWidth()};
        }).get(30, TimeUnit.SECONDS);

        assertThat(widths[1]).as("least width at 22 px").isGreaterThan(widths[0]).isGreaterThanOrEqualTo(widths[2]);
        assertThat(widths[3]).as("laid-out width in a 40 px pane").isGreaterThanOrEqualTo(widths[2]);
    }
}
