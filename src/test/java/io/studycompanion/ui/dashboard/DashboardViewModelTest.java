package io.studycompanion.ui.dashboard;

import io.studycompanion.App;
import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** "Updating…" lasts until the newest load has answered; a late, older answer never replaces a newer one. */
class DashboardViewModelTest {
    @TempDir
    Path dir;
    private App app;
    private DashboardViewModel model;

    @BeforeEach
    void open() {
        app = App.open(dir, Clock.systemUTC());
        var services = app.uiServices();
        model = new DashboardViewModel(services.readiness(), services.report(), services.preferences(), id -> { },
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-21T09:00:00Z"), java.time.ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theNewestLoadDecidesWhenUpdatingEnds() {
        var first = model.markLoading();
        var before = model.load();
        app.progress().setTicked(ObjectiveId.parse("2025-09-30:1.1.1"), true);
        var second = model.markLoading();
        var after = model.load();

        model.show(first, before);
        assertThat(model.loadingProperty().get()).as("a newer load is still out").isTrue();
        assertThat(model.coverageProperty().get()).startsWith("0 of 47 ticked");
        model.show(second, after);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.coverageProperty().get()).startsWith("1 of 47 ticked");
    }

    @Test
    void anOlderAnswerArrivingLateIsDropped() {
        var first = model.markLoading();
        var before = model.load();
        app.progress().setTicked(ObjectiveId.parse("2025-09-30:1.1.1"), true);
        var second = model.markLoading();
        model.show(second, model.load());
        model.show(first, before);
        assertThat(model.coverageProperty().get()).startsWith("1 of 47 ticked");
        assertThat(model.loadingProperty().get()).isFalse();
        model.failed(first, new IllegalStateException("late"));
        assertThat(model.errorProperty().get()).as("a stale failure says nothing").isEmpty();
    }

    @Test
    void exportSaysWhetherTheViewerCameUp() {
        var target = dir.resolve("r.pdf");
        model.exportStarted(target);
        assertThat(model.exportingProperty().get()).isTrue();
        model.exportSaved(target, true);
        assertThat(model.exportMessageProperty().get()).isEqualTo("Report saved to " + target);
        assertThat(model.exportingProperty().get()).isFalse();
        model.exportSaved(target, false);
        assertThat(model.exportMessageProperty().get()).startsWith("Report saved to " + target + ". No program");
    }
}
