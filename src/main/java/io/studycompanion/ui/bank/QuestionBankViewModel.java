package io.studycompanion.ui.bank;

import io.studycompanion.domain.ContentProblem;
import io.studycompanion.domain.Coverage;
import io.studycompanion.domain.QuestionType;
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

    public QuestionBankViewModel(QuestionBankService bank) {
        this.bank = bank;
        refresh();
    }

    public ObservableList<SectionCoverage> sections() { return sections; }
    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
    public ReadOnlyStringProperty importMessageProperty() { return importMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty importFailedProperty() { return importFailed.getReadOnlyProperty(); }
    public ObservableList<String> problems() { return problems; }

    /** Validates the pack and adds it to the bank only if it has no problem at all. */
    public void importPack(Path pack) {
        try {
            var report = bank.importPack(pack);
            problems.setAll(report.problems().stream().map(ContentProblem::toString).toList());
            importFailed.set(!report.ok());
            importMessage.set(report.ok()
                    ? "Imported " + report.questions() + " questions from " + pack.getFileName() + "."
                    : pack.getFileName() + " was not imported: " + report.problems().size()
                    + (report.problems().size() == 1 ? " problem" : " problems") + " to fix first. Nothing was changed.");
        } catch (RuntimeException e) {
            problems.clear();
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

    private static String totalsOf(Coverage c) {
        var thin = c.perObjective().values().stream().filter(n -> n < 6).count();
        return String.format(Locale.ROOT, "%d questions · %.0f%% multiple answer · %.0f%% with code · "
                        + "difficulty %d / %d / %d · %s",
                c.questions(), c.typeShare(QuestionType.MULTIPLE), c.codeShare(), c.perDifficulty().get(1),
                c.perDifficulty().get(2), c.perDifficulty().get(3),
                thin == 0 ? "every objective has at least 6" : thin + " objectives have fewer than 6");
    }
}
