package io.studycompanion.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.studycompanion.domain.Objective;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Section;
import io.studycompanion.domain.Subsection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON form of an outline. Kept apart from the domain records so they stay free of Jackson;
 * fields that may be absent are null here and nowhere else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"examTitle", "version", "effectiveFrom", "effectiveUntil", "sections"})
record OutlineDocument(
        @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String examTitle,
        @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String version,
        String effectiveFrom,
        String effectiveUntil,
        @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
        List<SectionDocument> sections) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"number", "title", "weightPercent", "subsections"})
    record SectionDocument(
            @JsonProperty(required = true) int number,
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String title,
            Integer weightPercent,
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
            List<SubsectionDocument> subsections) {
    }

    @JsonPropertyOrder({"number", "title", "objectives"})
    record SubsectionDocument(
            @JsonProperty(required = true) int number,
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String title,
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
            List<ObjectiveDocument> objectives) {
    }

    @JsonPropertyOrder({"id", "text"})
    record ObjectiveDocument(
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String id,
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) String text) {
    }

    static OutlineDocument of(Outline outline) {
        return new OutlineDocument(outline.examTitle(), outline.version(),
                outline.effectiveFrom().map(LocalDate::toString).orElse(null),
                outline.effectiveUntil().map(LocalDate::toString).orElse(null),
                outline.sections().stream().map(OutlineDocument::of).toList());
    }

    private static SectionDocument of(Section section) {
        var weight = section.weightPercent().isPresent() ? Integer.valueOf(section.weightPercent().getAsInt()) : null;
        return new SectionDocument(section.number(), section.title(), weight,
                section.subsections().stream().map(OutlineDocument::of).toList());
    }

    private static SubsectionDocument of(Subsection subsection) {
        return new SubsectionDocument(subsection.number(), subsection.title(), subsection.objectives().stream()
                .map(objective -> new ObjectiveDocument(objective.id().toString(), objective.text())).toList());
    }

    /** The outline this document describes; objective ids must agree with where the objectives stand. */
    Outline toOutline() {
        return new Outline(examTitle, version, date("effectiveFrom", effectiveFrom),
                date("effectiveUntil", effectiveUntil), sections.stream().map(this::toSection).toList());
    }

    private Section toSection(SectionDocument section) {
        var weight = section.weightPercent() == null ? OptionalInt.empty() : OptionalInt.of(section.weightPercent());
        var subsections = section.subsections().stream()
                .map(subsection -> toSubsection(section.number(), subsection)).toList();
        return new Section(section.number(), section.title(), weight, subsections);
    }

    private Subsection toSubsection(int section, SubsectionDocument subsection) {
        var objectives = subsection.objectives();
        var read = new ArrayList<Objective>();
        for (int i = 0; i < objectives.size(); i++) {
            var expected = new ObjectiveId(version, section, subsection.number(), i + 1);
            read.add(new Objective(objectiveId(objectives.get(i).id(), expected), objectives.get(i).text()));
        }
        return new Subsection(subsection.number(), subsection.title(), read);
    }

    private static ObjectiveId objectiveId(String text, ObjectiveId expected) {
        ObjectiveId id;
        try {
            id = ObjectiveId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new OutlineFormatException(0, "expected an objective id like \"" + expected + "\", found \""
                    + text + "\"");
        }
        if (!id.equals(expected)) {
            throw new OutlineFormatException(0, "expected objective id \"" + expected + "\" for the objective in "
                    + "that place, found \"" + text + "\"");
        }
        return id;
    }

    private static Optional<LocalDate> date(String field, String text) {
        try {
            return Optional.ofNullable(text).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new OutlineFormatException(0, "expected " + field + " as a date like \"2025-09-30\", found \""
                    + text + "\"");
        }
    }
}
