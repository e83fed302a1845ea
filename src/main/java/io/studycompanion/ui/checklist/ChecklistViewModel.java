package io.studycompanion.ui.checklist;

import io.studycompanion.domain.Checklist;
import io.studycompanion.domain.ChecklistFilter;
import io.studycompanion.domain.ExamVersion;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.domain.Progress;
import io.studycompanion.service.PreferencesService;
import io.studycompanion.service.StudyProgressService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State and commands of the objective checklist screen. Every command stores its change through the
 * service before the screen shows it, so what the learner sees is what is saved.
 */
public final class ChecklistViewModel {
    private final StudyProgressService progressService;
    private final PreferencesService preferences;
    private final Consumer<ObjectiveId> onPractice;

    private final ObservableList<ExamChoice> exams = FXCollections.observableArrayList();
    private final ObjectProperty<ExamChoice> exam = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StatusChoice> statusFilter = new SimpleObjectProperty<>(StatusChoice.ALL);
    private final ReadOnlyObjectWrapper<List<ChecklistRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Progress> overall = new ReadOnlyObjectWrapper<>(new Progress(0, 0));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Optional<ObjectiveId>> selected = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<ObjectiveProgress>> selectedProgress =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper("");
    private Checklist checklist;

    /** @param onPractice starts a practice quiz on one objective (the shell switches to the quiz) */
    public ChecklistViewModel(StudyProgressService progressService, PreferencesService preferences,
                              Consumer<ObjectiveId> onPractice) {
        this.progressService = progressService;
        this.preferences = preferences;
        this.onPractice = onPractice;
        progressService.examVersions().forEach(v -> exams.add(new ExamChoice(v.version(), v.label())));
        var chosen = preferences.examVersion().flatMap(this::choiceFor)
                .orElseGet(() -> choiceFor(progressService.defaultExamVersion().version()).orElseThrow());
        exam.set(chosen);
        exam.addListener((obs, old, now) -> onExamChanged(now));
        query.addListener((obs, old, now) -> refresh());
        statusFilter.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> updateSelection());
        refresh();
    }

    public ObservableList<ExamChoice> exams() { return exams; }
    public ObjectProperty<ExamChoice> examProperty() { return exam; }
    public StringProperty queryProperty() { return query; }
    public ObjectProperty<StatusChoice> statusFilterProperty() { return statusFilter; }
    public ReadOnlyObjectProperty<List<ChecklistRow>> rowsProperty() { return rows.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Progress> overallProperty() { return overall.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ObjectProperty<Optional<ObjectiveId>> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Optional<ObjectiveProgress>> selectedProgressProperty() {
        return selectedProgress.getReadOnlyProperty();
    }
    public ReadOnlyStringProperty selectedTextProperty() { return selectedText.getReadOnlyProperty(); }

    public void setTicked(ObjectiveId id, boolean ticked) {
        store(() -> progressService.setTicked(id, ticked), true);
    }

    public void setStatus(ObjectiveId id, ObjectiveStatus status) {
        store(() -> progressService.setStatus(id, status), true);
    }

    /** Saves the note as typed; the tree does not change shape, so only the selection is updated. */
    public void setNote(ObjectiveId id, String note) {
        var current = selectedProgress.get();
        if (current.isPresent() && current.get().objectiveId().equals(id) && current.get().note().equals(note)) {
            return;
        }
        store(() -> progressService.setNote(id, note), false);
    }

    /** Practice questions on the selected objective. */
    public void practiceSelected() {
        selected.get().ifPresent(onPractice);
    }

    private void store(Supplier<ObjectiveProgress> change, boolean refreshRows) {
        try {
            var saved = change.get();
            error.set("");
            if (selected.get().filter(saved.objectiveId()::equals).isPresent()) {
                selectedProgress.set(Optional.of(saved));
            }
            if (refreshRows) {
                refresh();
            }
        } catch (RuntimeException e) {
            error.set(e.getMessage());
            refresh();
        }
    }

    private void onExamChanged(ExamChoice choice) {
        if (choice == null) {
            return;
        }
        selected.set(Optional.empty());
        try {
            preferences.setExamVersion(choice.version());
        } catch (RuntimeException e) {
            error.set(e.getMessage());
        }
        refresh();
    }

    /** Recomputes the checklist from storage with the current filter. */
    public void refresh() {
        try {
            var version = exam.get().version();
            var filter = new ChecklistFilter(query.get(), statusFilter.get().status());
            checklist = progressService.checklist(version, filter);
            var metadata = progressService.examVersions().stream().filter(v -> v.version().equals(version))
                    .findFirst().map(ExamVersion::metadata).orElseThrow();
            rows.set(ChecklistRows.of(checklist, metadata));
            overall.set(checklist.overall());
            summary.set(summaryOf(checklist, filter));
            updateSelection();
        } catch (RuntimeException e) {
            error.set(e.getMessage());
        }
    }

    private static String summaryOf(Checklist checklist, ChecklistFilter filter) {
        var ticked = checklist.overall().ticked() + " of " + checklist.overall().total() + " objectives ticked ("
                + checklist.overall().percent() + "%)";
        return filter.isActive() ? ticked + " · showing " + checklist.visibleObjectiveCount() : ticked;
    }

    private void updateSelection() {
        var entry = selected.get().flatMap(id -> checklist.sections().stream()
                .flatMap(s -> s.subsections().stream()).flatMap(u -> u.objectives().stream())
                .filter(o -> o.objective().id().equals(id)).findFirst());
        if (entry.isEmpty()) {
            var stillInOutline = selected.get().filter(id -> checklist.outline().objectives().stream()
                    .anyMatch(o -> o.id().equals(id)));
            if (stillInOutline.isEmpty()) {
                selectedText.set("");
                selectedProgress.set(Optional.empty());
            }
            return;
        }
        selectedText.set(entry.get().objective().text());
        selectedProgress.set(Optional.of(entry.get().progress()));
    }

    private Optional<ExamChoice> choiceFor(String version) {
        return exams.stream().filter(c -> c.version().equals(version)).findFirst();
    }
}
