package io.studycompanion.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistTest {
    private final Outline outline = Outlines.small();
    private final ObjectiveId pipeline = ObjectiveId.parse("v1:1.1.1");
    private final ObjectiveId nested = ObjectiveId.parse("v1:1.2.1");
    private final ObjectiveId canary = ObjectiveId.parse("v1:2.0.1");

    @Test
    void countsTickedObjectivesPerSubsectionSectionAndOverall() {
        var records = Map.of(
                pipeline, new ObjectiveProgress(pipeline, true, ObjectiveStatus.CONFIDENT, ""),
                nested, new ObjectiveProgress(nested, false, ObjectiveStatus.LEARNING, "revisit"),
                canary, new ObjectiveProgress(canary, true, ObjectiveStatus.LEARNING, ""));

        var checklist = Checklist.build(outline, records, ChecklistFilter.NONE);

        assertThat(checklist.overall()).isEqualTo(new Progress(2, 5));
        var s1 = checklist.sections().get(0);
        assertThat(s1.progress()).isEqualTo(new Progress(1, 3));
        assertThat(s1.subsections().get(0).progress()).isEqualTo(new Progress(1, 2));
        assertThat(s1.subsections().get(1).progress()).isEqualTo(new Progress(0, 1));
        assertThat(checklist.sections().get(1).progress()).isEqualTo(new Progress(1, 2));
        assertThat(checklist.visibleObjectiveCount()).isEqualTo(5);
    }

    @Test
    void objectivesWithoutARecordAreUntouched() {
        var checklist = Checklist.build(outline, Map.of(), ChecklistFilter.NONE);
        var first = checklist.sections().get(0).subsections().get(0).objectives().get(0);
        assertThat(first.progress()).isEqualTo(ObjectiveProgress.untouched(pipeline));
        assertThat(checklist.overall()).isEqualTo(new Progress(0, 5));
    }

    @Test
    void filterHidesRowsButProgressStillCountsTheWholeOutline() {
        var records = Map.of(canary, new ObjectiveProgress(canary, true, ObjectiveStatus.LEARNING, ""));
        var byText = Checklist.build(outline, records, new ChecklistFilter("CANARY", Optional.empty()));

        assertThat(byText.visibleObjectiveCount()).isEqualTo(1);
        assertThat(byText.sections()).hasSize(1);
        assertThat(byText.sections().get(0).section().number()).isEqualTo(2);
        assertThat(byText.sections().get(0).progress()).isEqualTo(new Progress(1, 2));
        assertThat(byText.overall()).isEqualTo(new Progress(1, 5));
    }

    @Test
    void filtersByStatusByNoteAndByPosition() {
        var records = Map.of(nested, new ObjectiveProgress(nested, false, ObjectiveStatus.LEARNING, "Parent run id!"));
        assertThat(Checklist.build(outline, records, new ChecklistFilter("", Optional.of(ObjectiveStatus.LEARNING)))
                .visibleObjectiveCount()).isEqualTo(1);
        assertThat(Checklist.build(outline, records, new ChecklistFilter("", Optional.of(ObjectiveStatus.NOT_STARTED)))
                .visibleObjectiveCount()).isEqualTo(4);
        assertThat(Checklist.build(outline, records, new ChecklistFilter("parent run", Optional.empty()))
                .visibleObjectiveCount()).isEqualTo(1);
        assertThat(Checklist.build(outline, records, new ChecklistFilter("1.1", Optional.empty()))
                .visibleObjectiveCount()).isEqualTo(2);
        assertThat(Checklist.build(outline, records, new ChecklistFilter("Advanced MLflow", Optional.empty()))
                .visibleObjectiveCount()).isEqualTo(1);
        assertThat(Checklist.build(outline, records, new ChecklistFilter("no such thing", Optional.empty()))
                .sections()).isEmpty();
    }

    @Test
    void progressLabelsAndFractions() {
        assertThat(new Progress(3, 7).label()).isEqualTo("3/7 (43%)");
        assertThat(new Progress(0, 0).fraction()).isZero();
        assertThat(outline.summary()).isEqualTo("v1: sections=2 subsections=2 objectives=5");
    }
}
