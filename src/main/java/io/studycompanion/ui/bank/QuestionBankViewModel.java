package io.studycompanion.ui.bank;

import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.QuestionType;
import io.studycompanion.domain.cue.CueThresholds;
import io.studycompanion.service.ContentReport;
import io.studycompanion.service.CueSummary;
import io.studycompanion.service.QuestionBankService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Locale;

/** The question bank's coverage and the import of extra question packs. */
public final class QuestionBankViewModel {
    private final QuestionBankService bank;
    private final ObservableList<SectionCoverage> sections = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importFailed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> importWarnings = FXCollections.observableArrayList();
    private final ObservableList<CueSummary.Row> cueFigures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cueVerdict = new ReadOnlyStringWrapper("Measuring…");

    public QuestionBankViewModel(QuestionBankService bank) {
        this.bank = bank;
        refresh();
    }

    public ObservableList<SectionCoverage> sections() { return sections; }
    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyStringProperty importMessageProperty() { return importMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty importFailedProperty() { return importFailed.getReadOnlyProperty(); }
    public ObservableList<String> problems() { return problems; }
    /** After a valid pack was imported: its wording cues, as warnings (the pack is kept). */
    public ObservableList<String> importWarnings() { return importWarnings; }
    /** The shipped bank's cue figures, one line each, and their verdict. */
    public ObservableList<CueSummary.Row> cueFigures() { return cueFigures; }
    public ReadOnlyStringProperty cueVerdictProperty() { return cueVerdict.getReadOnlyProperty(); }

    /** Validates the pack and adds it to the bank only if it has no problem at all. */
    public void importPack(Path pack) {
        try {
            var report = bank.importPack(pack);
            problems.setAll(report.problems().stream().map(ContentProblem::toString).toList());
            importFailed.set(!report.ok());
            importWarnings.setAll(warnings(report));
            importMessage.set(report.ok()
                    ? "Imported " + report.questions() + " questions from " + pack.getFileName() + "."
                    : pack.getFileName() + " was not imported: " + report.problems().size()
                    + (report.problems().size() == 1 ? " problem" : " problems") + " to fix first. Nothing was changed.");
        } catch (RuntimeException e) {
            problems.clear();
            importWarnings.clear();
            importFailed.set(true);
            importMessage.set(e.getMessage());
        }
        refresh();
    }

    public void refresh() {
        var coverage = bank.coverage();
        var metadata = bank.defaultExam().metadata();
        sections.setAll(coverage.outline().sections().stream().map(s -> new SectionCoverage(
                s.number() + " " + s.title(), coverage.perSection().getOrDefault(s.number(), 0),
                coverage.sectionShare(s.number()),
                metadata.weightOf(s.number()).map(w -> w.value() + "%").orElse("—"))).toList());
        totals.set(totalsOf(coverage));
    }

    /** The work to do off the FX thread: the shipped bank's cue check (measured once per session). */
    public io.studycompanion.domain.cue.CueReport measureCues() {
        return bank.shippedCues();
    }

    /** Shows what {@link #measureCues()} found, on the FX thread. */
    public void showCues(io.studycompanion.domain.cue.CueReport cues) {
        cueFigures.setAll(CueSummary.rows(cues.figures(), CueThresholds.SHIPPED));
        cueVerdict.set(CueSummary.verdict(cues));
    }

    public void cuesFailed(Throwable t) {
        cueVerdict.set("The cue check could not be measured: " + t.getMessage());
    }

    /** Figures past the limit, each flagged item, then the verdict; nothing when the pack reads clean. */
    private static java.util.List<String> warnings(ContentReport report) {
        return report.cues().filter(c -> !c.withinLimits() || !c.unexplained().isEmpty()).map(c -> {
            var lines = new java.util.ArrayList<String>();
            c.breaches().forEach(b -> lines.add("Past the limit: " + b));
            c.unexplained().forEach(i -> lines.add(CueSummary.item(i)));
            lines.add(CueSummary.verdict(c));
            return lines;
        }).orElseGet(java.util.ArrayList::new);
    }

    private static String totalsOf(Coverage c) {
        var thin = c.thinObjectives();
        return String.format(Locale.ROOT, "%d questions · %.0f%% multiple answer · %.0f%% with code · "
                        + "difficulty %d / %d / %d · %s",
                c.questions(), c.typeShare(QuestionType.MULTIPLE), c.codeShare(), c.perDifficulty().get(1),
                c.perDifficulty().get(2), c.perDifficulty().get(3),
                thin == 0 ? "every objective has at least " + Coverage.TARGET_PER_OBJECTIVE
                        : thin + " objectives have fewer than " + Coverage.TARGET_PER_OBJECTIVE);
    }
}
