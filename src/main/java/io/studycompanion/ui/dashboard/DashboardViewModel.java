package io.studycompanion.ui.dashboard;

import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.readiness.Evidence;
import io.studycompanion.domain.readiness.ReadinessWords;
import io.studycompanion.domain.readiness.ReadinessSnapshot;
import io.studycompanion.domain.readiness.StudyPlan;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.ReadinessService;
import io.studycompanion.service.ReportService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The readiness dashboard. The snapshot is computed by the core ({@link #load()} runs off the FX thread);
 * this class only turns it into the texts the screen shows.
 */
public final class DashboardViewModel {
    private final ReadinessService readiness;
    private final ReportService report;
    private final PreferencesService preferences;
    private final Consumer<ObjectiveId> onPractice;
    private final java.time.Clock clock;
    private final ReadOnlyObjectWrapper<Optional<ReadinessSnapshot>> snapshot = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper predicted = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pass = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper evidenceNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper untried = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private long requestedTicket;
    private long shownTicket;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unfinished = new ReadOnlyStringWrapper("");
    private final java.util.function.Supplier<Optional<String>> unfinishedQuiz;
    private final Runnable onResume;
    private final ReadOnlyObjectWrapper<Optional<LocalDate>> examDate;

    public DashboardViewModel(ReadinessService readiness, ReportService report, PreferencesService preferences,
                              Consumer<ObjectiveId> onPractice, java.time.Clock clock) {
        this(readiness, report, preferences, onPractice, clock, Optional::empty, () -> { });
    }

    /**
     * @param unfinished what the unfinished quiz is, if one is open (read with the figures, off the FX thread)
     * @param onResume   takes the learner to it
     */
    public DashboardViewModel(ReadinessService readiness, ReportService report, PreferencesService preferences,
                              Consumer<ObjectiveId> onPractice, java.time.Clock clock,
                              java.util.function.Supplier<Optional<String>> unfinished, Runnable onResume) {
        this.unfinishedQuiz = unfinished;
        this.onResume = onResume;
        this.clock = clock;
        this.readiness = readiness;
        this.report = report;
        this.preferences = preferences;
        this.onPractice = onPractice;
        this.examDate = new ReadOnlyObjectWrapper<>(preferences.examDate());
    }

    public ReadOnlyObjectProperty<Optional<ReadinessSnapshot>> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ReadOnlyStringProperty predictedProperty() { return predicted.getReadOnlyProperty(); }
    public ReadOnlyStringProperty passProperty() { return pass.getReadOnlyProperty(); }
    public ReadOnlyStringProperty evidenceNoteProperty() { return evidenceNote.getReadOnlyProperty(); }

    /** One line on what the estimate rests on ("312 answers, mostly easy questions; …"). */
    public ReadOnlyStringProperty basisProperty() { return basis.getReadOnlyProperty(); }
    public ReadOnlyStringProperty coverageProperty() { return coverage.getReadOnlyProperty(); }
    /** "Not tried yet: 12 objectives, 31% of the exam: 3.1.1, …"; empty once every objective has answers. */
    public ReadOnlyStringProperty untriedProperty() { return untried.getReadOnlyProperty(); }
    public ReadOnlyStringProperty planProperty() { return plan.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<LocalDate>> examDateProperty() { return examDate.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exportMessageProperty() { return exportMessage.getReadOnlyProperty(); }

    /** The file name offered in the save dialog. */
    public String suggestedReportName() {
        return "readiness-report-" + LocalDate.now(clock) + ".pdf";
    }

    public void exportStarted(java.nio.file.Path target) {
        exporting.set(true);
        exportMessage.set("Writing " + target.getFileName() + "…");
    }

    /** The work to do off the FX thread: computes the snapshot and writes the PDF. */
    public void writeReport(java.nio.file.Path target) {
        report.writePdf(target);
    }

    /** The report is written; {@code opened} tells whether the system's viewer was asked to show it. */
    public void exportSaved(java.nio.file.Path target, boolean opened) {
        exporting.set(false);
        exportMessage.set("Report saved to " + target
                + (opened ? "" : ". No program to open PDF files could be started; open it from its folder."));
    }

    public void exportFailed(Throwable failure) {
        exporting.set(false);
        // File problems arrive as one sentence naming the file and the cause ("Cannot write …: …; nothing was written.")
        var message = failure.getMessage();
        exportMessage.set(message != null && message.startsWith("Cannot ") ? message
                : "The report was not saved: " + message);
    }

    /** The work to do off the FX thread: the snapshot and the plan. */
    public Loaded load() {
        return new Loaded(readiness.snapshot(), readiness.plan(examDate.get()), unfinishedQuiz.get());
    }

    /** What {@link #load()} computed, handed back on the FX thread. */
    public record Loaded(ReadinessSnapshot snapshot, Optional<StudyPlan> plan, Optional<String> unfinished) {
        public Loaded(ReadinessSnapshot snapshot, Optional<StudyPlan> plan) {
            this(snapshot, plan, Optional.empty());
        }
    }

    /** "Unfinished: Exam simulation (2 of 60 answered, 1:52:10 left)." while a quiz is open; empty otherwise. */
    public ReadOnlyStringProperty unfinishedProperty() { return unfinished.getReadOnlyProperty(); }

    public void resume() {
        onResume.run();
    }

    /**
     * Shows the figures of the load numbered {@code ticket} (from {@link #markLoading()}). "Updating…" stays
     * until the newest load asked for has answered, so figures computed before a later change never read as
     * final; an older answer arriving after a newer one is dropped.
     */
    public void show(long ticket, Loaded loaded) {
        if (ticket < shownTicket) {
            return;
        }
        shownTicket = ticket;
        unfinished.set(loaded.unfinished().orElse(""));
        var s = loaded.snapshot();
        var e = s.estimate();
        // With no answers there is nothing to estimate: show a dash, not the prior dressed up as a figure.
        var none = e.evidence() == Evidence.NONE;
        predicted.set(none ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * e.predictedScore()));
        // The pass chance waits for evidence from every section and enough answers (see ReadinessWords).
        pass.set(ReadinessWords.passChance(e).orElse("—"));
        evidenceNote.set(evidenceText(s));
        basis.set(none ? "" : "What this rests on: " + ReadinessWords.basis(e));
        coverage.set(String.format(Locale.ROOT, "%d of %d ticked · %d practised · %d mastered",
                s.coverage().ticked(), s.coverage().total(), s.coverage().practised(), s.coverage().mastered()));
        untried.set(untriedText(s));
        plan.set(loaded.plan().map(DashboardViewModel::planText).orElse("Set your exam date to get a daily target."));
        snapshot.set(Optional.of(s));
        error.set("");
        loading.set(shownTicket < requestedTicket);
    }

    public void failed(long ticket, Throwable t) {
        if (ticket < shownTicket) {
            return;
        }
        shownTicket = ticket;
        loading.set(shownTicket < requestedTicket);
        error.set("Readiness could not be computed: " + t.getMessage());
    }

    /** A new load was asked for; returns its ticket, to be handed back with its result. */
    public long markLoading() {
        loading.set(true);
        if (!exporting.get()) {
            exportMessage.set(""); // the message was about the last export; a new look at the figures ends it
        }
        return ++requestedTicket;
    }

    public void practice(ObjectiveId id) {
        onPractice.accept(id);
    }

    /** Stores the exam date (empty clears it); the caller reloads to update the plan. */
    public void setExamDate(Optional<LocalDate> date) {
        try {
            preferences.setExamDate(date);
            examDate.set(date);
        } catch (RuntimeException e) {
            error.set("The exam date could not be saved: " + e.getMessage());
        }
    }

    /**
     * Reads an exam date as typed: the ISO form the app shows (2027-01-15) or the locale's short or medium
     * form; blank clears it. A date it cannot read, or one in the past, is refused with a reason in
     * {@link #dateMessageProperty()} and the stored date stays.
     *
     * @return the date now stored (the previous one when the input was refused)
     */
    public Optional<LocalDate> enterExamDate(String typed) {
        var text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            dateMessage.set("");
            setExamDate(Optional.empty());
            return Optional.empty();
        }
        var parsed = parseDate(text);
        if (parsed.isEmpty()) {
            dateMessage.set("“" + text + "” is not a date I can read: type it like " + LocalDate.now(clock).plusDays(30) + ".");
            return examDate.get();
        }
        if (parsed.get().isBefore(LocalDate.now(clock))) {
            dateMessage.set(parsed.get() + " is in the past: enter the day of your exam, today or later.");
            return examDate.get();
        }
        dateMessage.set("");
        setExamDate(parsed);
        return parsed;
    }

    public ReadOnlyStringProperty dateMessageProperty() { return dateMessage.getReadOnlyProperty(); }

    private static Optional<LocalDate> parseDate(String text) {
        var formats = new java.util.ArrayList<java.time.format.DateTimeFormatter>();
        formats.add(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        for (var style : java.util.List.of(java.time.format.FormatStyle.SHORT, java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.LONG)) {
            formats.add(java.time.format.DateTimeFormatter.ofLocalizedDate(style).withLocale(Locale.getDefault(Locale.Category.FORMAT)));
        }
        for (var format : formats) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** A probability that never reads as a certainty: "< 1%" and "> 99%" at the ends, else a whole percent. */
    public static String probability(double p) {
        return ReadinessWords.probability(p);
    }

    /**
     * The objectives without any answer, apart from the ranked weak ones (they have no gap of their own):
     * "Not tried yet: 12 objectives, 31% of the exam: 3.1.1, 3.1.2, …"; empty when every objective has answers.
     */
    public static String untriedText(ReadinessSnapshot s) {
        var untried = s.untried();
        if (untried.isEmpty()) {
            return "";
        }
        var share = String.format(Locale.ROOT, "%.0f%%", 100 * s.untriedShare());
        if (untried.size() == s.objectives().size()) {
            return "Not tried yet: all " + untried.size() + " objectives (" + share + " of the exam).";
        }
        return "Not tried yet: " + untried.size() + (untried.size() == 1 ? " objective, " : " objectives, ") + share
                + " of the exam: " + String.join(", ", untried.stream().map(u -> u.id().position()).toList()) + ".";
    }

    /** Range texts such as "58–70%". */
    public static String range(double low, double high) {
        return String.format(Locale.ROOT, "%.0f–%.0f%%", 100 * low, 100 * high);
    }

    private static String evidenceText(ReadinessSnapshot s) {
        var e = s.estimate();
        if (e.evidence() == Evidence.NONE) {
            return "Not enough evidence yet: answer some practice questions and your predicted score and chance "
                    + "to pass appear here. Pass mark " + e.passMarkPercent() + "% (unofficial).";
        }
        var text = new StringBuilder("Your exam score is " + ReadinessWords.scoreRange(e) + ". ");
        ReadinessWords.passRange(e).ifPresent(r -> text.append("Your chance to pass is ").append(r).append(". "));
        ReadinessWords.passWithheld(e).ifPresent(w -> text.append(w).append(' '));
        text.append("Pass mark ").append(e.passMarkPercent()).append("% (unofficial).");
        ReadinessWords.examNote(s).ifPresent(n -> text.append(' ').append(n));
        if (e.evidence() == Evidence.LITTLE) {
            text.insert(0, "Early estimate: most objectives have too few answers, so the ranges are wide. ");
        }
        return text.toString();
    }

    private static String planText(StudyPlan p) {
        if (p.daysLeft() == 0) {
            return "Exam day (" + p.examDate() + "). Good luck!";
        }
        return p.daysLeft() + " days left to " + p.examDate() + " · " + p.questionsToGo()
                + " questions not yet answered right · about " + p.perDay() + " a day";
    }
}
