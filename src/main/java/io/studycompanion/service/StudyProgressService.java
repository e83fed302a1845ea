package io.studycompanion.service;

import io.studycompanion.domain.Checklist;
import io.studycompanion.domain.ChecklistFilter;
import io.studycompanion.domain.ExamCatalog;
import java.util.function.Supplier;
import io.studycompanion.domain.ExamVersion;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.ObjectiveProgress;
import io.studycompanion.domain.ObjectiveStatus;
import io.studycompanion.storage.ObjectiveProgressRepository;

import java.util.List;
import java.util.function.UnaryOperator;

/** The objective checklist: builds it from the outline and stores each change the moment it is made. */
public final class StudyProgressService {
    private final Supplier<ExamCatalog> catalog;
    private final ObjectiveProgressRepository repository;

    public StudyProgressService(Supplier<ExamCatalog> catalog, ObjectiveProgressRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    public List<ExamVersion> examVersions() {
        return catalog.get().versions();
    }

    public ExamVersion defaultExamVersion() {
        return catalog.get().defaultExam();
    }

    /** The checklist of one exam version; unknown versions fall back to the default one. */
    public Checklist checklist(String version, ChecklistFilter filter) {
        var exam = catalog.get().find(version).orElse(catalog.get().defaultExam());
        return Checklist.build(exam.outline(), repository.findByVersion(exam.version()), filter);
    }

    public ObjectiveProgress setTicked(ObjectiveId id, boolean ticked) {
        return update(id, p -> p.withTicked(ticked));
    }

    public ObjectiveProgress setStatus(ObjectiveId id, ObjectiveStatus status) {
        return update(id, p -> p.withStatus(status));
    }

    public ObjectiveProgress setNote(ObjectiveId id, String note) {
        return update(id, p -> p.withNote(note));
    }

    private ObjectiveProgress update(ObjectiveId id, UnaryOperator<ObjectiveProgress> change) {
        var updated = change.apply(repository.find(id));
        repository.save(updated);
        return updated;
    }
}
