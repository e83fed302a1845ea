package io.studycompanion.ui.dashboard;

import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.SectionReadiness;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;

/**
 * Per-section score bars: the estimate as a bar, its 80% range as a band, and the pass mark as a line.
 * Colours come from the theme's stylesheet classes.
 */
final class SectionBars extends GridPane {
    SectionBars() {
        setId("sectionBars");
        setHgap(14);
        setVgap(10);
        getStyleClass().add("section-bars");
    }

    void show(List<SectionReadiness> sections, int passMark) {
        getChildren().clear();
        int row = 0;
        for (var s : sections) {
            var name = io.studycompanion.ui.Layouts.wordsWhole(new Label(s.section() + " " + s.title()));
            var weight = io.studycompanion.ui.Layouts.wordsWhole(new Label(s.weightPercent() + "% of exam"));
            weight.getStyleClass().add("hint");
            // Title over weight: one column for both leaves the bar its room when the text is large.
            var label = new javafx.scene.layout.VBox(2, name, weight);
            label.setMaxWidth(Region.USE_PREF_SIZE);
            var value = new Label(s.evidence() == Evidence.NONE ? "no answers"
                    : String.format(Locale.ROOT, "%.0f%%  (%s)", 100 * s.mean(), DashboardViewModel.range(s.low(), s.high())));
            value.getStyleClass().add("section-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            var bar = new Bar(s, passMark / 100.0);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            addRow(row++, label, bar, value);
        }
    }

    /** One bar drawn with regions so it resizes with the window. */
    private static final class Bar extends Pane {
        private final Region track = region("bar-track");
        private final Region band = region("bar-range");
        private final Region fill = region("bar-fill");
        private final Region pass = region("bar-pass");
        private final SectionReadiness section;
        private final double passMark;

        Bar(SectionReadiness section, double passMark) {
            this.section = section;
            this.passMark = passMark;
            getChildren().addAll(track, band, fill, pass);
            getStyleClass().add("section-bar");
            // No answers: no bar, only the pass line; the label beside it says "no answers".
            band.setVisible(section.evidence() != Evidence.NONE);
            fill.setVisible(section.evidence() != Evidence.NONE);
            fill.getStyleClass().add(section.mean() >= passMark ? "above" : "below");
            setPrefSize(320, 22);
            setMinWidth(60);
            var said = section.evidence() == Evidence.NONE
                    ? String.format(Locale.ROOT, "Section %s: no answers yet; pass mark %.0f%%", section.section(), 100 * passMark)
                    : String.format(Locale.ROOT, "Section %s: estimate %.0f%%, 80%% range %s, pass mark %.0f%%", section.section(),
                    100 * section.mean(), DashboardViewModel.range(section.low(), section.high()), 100 * passMark);
            Tooltip.install(this, new Tooltip(said));
            setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            setAccessibleText(said);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            track.resizeRelocate(0, h * 0.2, w, h * 0.6);
            band.resizeRelocate(w * section.low(), 0, w * (section.high() - section.low()), h);
            fill.resizeRelocate(0, h * 0.3, w * section.mean(), h * 0.4);
            pass.resizeRelocate(w * passMark - 1, 0, 2, h);
        }

        private static Region region(String style) {
            var r = new Region();
            r.getStyleClass().add(style);
            r.setManaged(false);
            return r;
        }
    }
}
