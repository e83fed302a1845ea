package io.studycompanion.ui.dashboard;

import io.studycompanion.App;
import io.studycompanion.domain.ObjectiveId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
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

    @Test
    void anExamDateIsReadAsShownOrInTheLocalesFormAndABadOneSaysWhyAndKeepsTheStoredDate() {
        assertThat(model.enterExamDate("2027-01-15")).contains(java.time.LocalDate.of(2027, 1, 15));
        assertThat(model.dateMessageProperty().get()).isEmpty();

        var local = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                .format(java.time.LocalDate.of(2027, 2, 3));
        assertThat(model.enterExamDate(local)).as("the locale's own form: " + local).contains(java.time.LocalDate.of(2027, 2, 3));

        assertThat(model.enterExamDate("next tuesday")).as("kept, not cleared").contains(java.time.LocalDate.of(2027, 2, 3));
        assertThat(model.dateMessageProperty().get())
                .isEqualTo("“next tuesday” is not a date I can read: type it like 2026-12-21.");

        assertThat(model.enterExamDate("2026-11-20")).contains(java.time.LocalDate.of(2027, 2, 3));
        assertThat(model.dateMessageProperty().get()).isEqualTo("2026-11-20 is in the past: enter the day of your exam, today or later.");

        assertThat(model.enterExamDate("2026-11-21")).as("today is allowed").contains(java.time.LocalDate.of(2026, 11, 21));
        assertThat(model.dateMessageProperty().get()).isEmpty();
        assertThat(model.enterExamDate("  ")).isEmpty();
        assertThat(model.examDateProperty().get()).isEmpty();
    }

    @Test
    void theExportMessageGoesWithTheNextLoad() {
        model.exportSaved(dir.resolve("r.pdf"), true);
        assertThat(model.exportMessageProperty().get()).startsWith("Report saved to ");
        model.markLoading();
        assertThat(model.exportMessageProperty().get()).isEmpty();
    }

    @Test
    void untriedObjectivesAreNamedApartWithTheirShareOfTheExam() {
        var ticket = model.markLoading();
        var loaded = model.load();
        model.show(ticket, loaded);

        // Before: Section 3's objectives ranked as the weakest with "gap 30" before any answer.
        assertThat(loaded.snapshot().weakest()).isEmpty();
        assertThat(model.untriedProperty().get()).isEqualTo("Not tried yet: all 47 objectives (100% of the exam).");

        var s = loaded.snapshot();
        var some = new io.studycompanion.domain.readiness.ReadinessSnapshot(s.date(), s.examTitle(), s.examLabel(),
                s.estimate(), s.objectives(), s.weakest(), s.untried().subList(42, 47), s.mismatches(), s.coverage(),
                s.examHistory(), s.practiceTrend());
        assertThat(DashboardViewModel.untriedText(some))
                .isEqualTo("Not tried yet: 5 objectives, 12% of the exam: 3.1.1, 3.1.2, 3.2.1, 3.2.2, 3.2.3.");
    }

    @Test
    void theNoteSaysWhenARecentExamSimulationScoredOutsideTheRangeAndTheBasisLineSaysWhatItRestsOn() {
        var ticket = model.markLoading();
        var s = model.load().snapshot();
        var e = s.estimate();
        var shown = new io.studycompanion.domain.readiness.ReadinessEstimate(e.at(), e.examVersion(), e.objectives(),
                e.sections(), 0.72, 0.64, 0.80, 0.62, 0.35, 0.85, 70, io.studycompanion.domain.readiness.Evidence.ENOUGH,
                new io.studycompanion.domain.readiness.Basis(300, List.of(60, 150, 90), 60, 0, 0, 0, List.of(), 0));
        var exam = new io.studycompanion.domain.readiness.ExamResultPoint(s.date().minusDays(1), 30, 60, 50.0, false, 90);
        var withExam = new io.studycompanion.domain.readiness.ReadinessSnapshot(s.date(), s.examTitle(), s.examLabel(),
                shown, s.objectives(), s.weakest(), s.untried(), s.mismatches(), s.coverage(), List.of(exam),
                s.practiceTrend());
        model.show(ticket, new DashboardViewModel.Loaded(withExam, java.util.Optional.empty()));

        assertThat(model.passProperty().get()).isEqualTo("62%");
        assertThat(model.evidenceNoteProperty().get()).startsWith("Your exam score is likely between 64% and 80%. "
                + "Your chance to pass is between 35% and 85%.")
                .contains("Your exam simulation on " + s.date().minusDays(1) + " scored 50% (30 of 60 right), below "
                        + "this range: the estimate weighs it together with your 240 practice answers");
        assertThat(model.basisProperty().get()).isEqualTo("What this rests on: 300 answers, a mix of easy, applied "
                + "and scenario questions (60 / 150 / 90); 60 of them in exam simulations.");
    }

    @Test
    void aPassChanceNeverReadsAsACertainty() {
        // Before: 200 right answers read "100%" with the range "100–100%".
        assertThat(DashboardViewModel.probability(0.99995)).isEqualTo("> 99%");
        assertThat(DashboardViewModel.probability(0.00001)).isEqualTo("< 1%");
        assertThat(DashboardViewModel.probability(0.414)).isEqualTo("41%");
    }
}
