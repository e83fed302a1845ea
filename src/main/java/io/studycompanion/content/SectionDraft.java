package io.studycompanion.content;

import io.studycompanion.domain.Objective;
import io.studycompanion.domain.ObjectiveId;
import io.studycompanion.domain.Section;
import io.studycompanion.domain.Subsection;
import java.util.ArrayList;
import java.util.List;

/**
 * A section while its outline is read. Its objectives come as bullets directly under the heading, as
 * bullets under plain subsection heading lines, or as bullets nested under subsection bullets.
 */
final class SectionDraft {

    private final GuideLine headingLine;
    private final OutlineSyntax.SectionHeading heading;
    private final List<ItemDraft> items = new ArrayList<>();
    private final List<SubsectionDraft> headed = new ArrayList<>();

    SectionDraft(GuideLine headingLine, OutlineSyntax.SectionHeading heading) {
        this.headingLine = headingLine;
        this.heading = heading;
    }

    /** Adds a bullet as an objective, or as a child of the bullet above when indented under it. */
    ItemDraft addBullet(GuideLine line, OutlineSyntax.Bullet bullet) {
        var list = headed.isEmpty() ? items : headed.get(headed.size() - 1).items();
        var item = new ItemDraft(line.number(), bullet);
        var parent = list.isEmpty() ? null : list.get(list.size() - 1);
        if (parent == null || !parent.isParentOf(bullet)) {
            list.add(item);
        } else if (!headed.isEmpty() || parent.lastChild().filter(c -> c.isParentOf(bullet)).isPresent()) {
            throw new OutlineFormatException(line.number(), "expected an objective bullet at most one level "
                    + "below its subsection, found a bullet nested deeper: " + line.quoted());
        } else {
            parent.addChild(item);
        }
        return item;
    }

    /** Starts a subsection written as a plain heading line (the ML Professional guide's style). */
    SubsectionDraft startHeadedSubsection(GuideLine line) {
        if (!items.isEmpty()) {
            throw new OutlineFormatException(line.number(), "expected an objective bullet or a line indented "
                    + "under the bullet above, found " + line.quoted() + "; " + headingLine.quoted()
                    + " lists its objectives without subsection headings");
        }
        if (!headed.isEmpty()) {
            requireObjectives(headed.get(headed.size() - 1), line.quoted() + " on line " + line.number());
        }
        var subsection = new SubsectionDraft(line);
        headed.add(subsection);
        return subsection;
    }

    /**
     * Checks the finished section.
     *
     * @param found what ends the section, for the message when it has no objectives
     */
    void close(String found) {
        if (items.isEmpty() && headed.isEmpty()) {
            throw new OutlineFormatException(headingLine.number(), "expected objectives (" + OutlineSyntax.BULLET_FORM
                    + ") under " + headingLine.quoted() + ", found " + found);
        }
        if (!headed.isEmpty()) {
            requireObjectives(headed.get(headed.size() - 1), found);
        }
        if (items.stream().anyMatch(ItemDraft::hasChildren)) {
            items.stream().filter(item -> !item.hasChildren()).findFirst().ifPresent(item -> {
                throw new OutlineFormatException(item.line(), "expected objectives nested under \"" + item.text()
                        + "\" as under the other subsection bullets of " + headingLine.quoted() + ", found none");
            });
        }
    }

    private void requireObjectives(SubsectionDraft subsection, String found) {
        if (subsection.items().isEmpty()) {
            throw new OutlineFormatException(subsection.heading().number(), "expected objectives ("
                    + OutlineSyntax.BULLET_FORM + ") under subsection " + subsection.heading().quoted() + " of "
                    + headingLine.quoted() + ", found " + found);
        }
    }

    /** The section with objective ids in {@code version}; call after {@link #close}. */
    Section toSection(String version) {
        var subsections = new ArrayList<Subsection>();
        if (!headed.isEmpty()) {
            for (var subsection : headed) {
                subsections.add(subsection(version, subsections.size() + 1, subsection.title(), subsection.items()));
            }
        } else if (items.get(0).hasChildren()) {
            for (var item : items) {
                subsections.add(subsection(version, subsections.size() + 1, item.text(), item.children()));
            }
        } else {
            subsections.add(subsection(version, 0, "", items));
        }
        return new Section(heading.number(), heading.title(), heading.weightPercent(), subsections);
    }

    private Subsection subsection(String version, int number, String title, List<ItemDraft> bullets) {
        var objectives = new ArrayList<Objective>();
        for (var bullet : bullets) {
            var id = new ObjectiveId(version, heading.number(), number, objectives.size() + 1);
            objectives.add(new Objective(id, bullet.text()));
        }
        return new Subsection(number, title, objectives);
    }
}
