package io.studycompanion.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines after one "Exam outline" heading into section drafts, up to the part that follows
 * the outline ("Sample Questions", …) or the end of the text.
 */
final class OutlineBodyParser {

    /** The sections read, and the index of the line where the outline ended. */
    record Body(List<SectionDraft> sections, int endIndex) {
    }

    private final List<GuideLine> lines;
    private final int headingIndex;
    private final String examTitle;
    private final List<SectionDraft> sections = new ArrayList<>();
    private SectionDraft section;
    private TextTarget target;
    private boolean blankSinceTarget;

    OutlineBodyParser(List<GuideLine> lines, int headingIndex, String examTitle) {
        this.lines = lines;
        this.headingIndex = headingIndex;
        this.examTitle = examTitle;
    }

    Body parse() {
        for (int i = headingIndex + 1; i < lines.size(); i++) {
            var line = lines.get(i);
            if (OutlineSyntax.endsOutline(line)) {
                return end(i, line, line.quoted());
            }
            accept(line);
        }
        return end(lines.size(), lines.get(headingIndex), "the end of the text");
    }

    /** Closes the outline at line {@code index}; errors point at {@code at}, naming what was {@code found}. */
    private Body end(int index, GuideLine at, String found) {
        if (sections.isEmpty()) {
            throw expectedSection(at.number(), found);
        }
        closeSection(index < lines.size() ? found + " on line " + at.number() : found);
        return new Body(sections, index);
    }

    private void accept(GuideLine line) {
        if (line.isBlank()) {
            blankSinceTarget = true;
            return;
        }
        // Debris is transparent: a line wrapped across a page break still continues its bullet.
        if (OutlineSyntax.isPageDebris(line, examTitle)) {
            return;
        }
        var heading = OutlineSyntax.sectionHeading(line);
        if (heading.isPresent()) {
            startSection(line, heading.get());
        } else {
            acceptInSection(line);
        }
    }

    private void acceptInSection(GuideLine line) {
        if (section == null) {
            throw expectedSection(line.number(), line.quoted());
        }
        var bullet = OutlineSyntax.bullet(line);
        if (bullet.isPresent()) {
            moveTarget(section.addBullet(line, bullet.get()));
        } else if (continuesTarget(line)) {
            target.append(line.text());
            blankSinceTarget = false;
        } else {
            moveTarget(section.startHeadedSubsection(line));
        }
    }

    /**
     * A plain line continues the bullet (or heading) above when it is indented deeper, as wrapped lines
     * are in the PDF layout, or when it follows it directly. After a blank line, a line that is not
     * indented starts a new subsection heading.
     */
    private boolean continuesTarget(GuideLine line) {
        return target != null && (line.indent() > target.indent() || !blankSinceTarget);
    }

    private void moveTarget(TextTarget next) {
        target = next;
        blankSinceTarget = false;
    }

    private void startSection(GuideLine line, OutlineSyntax.SectionHeading heading) {
        int expected = sections.size() + 1;
        if (heading.number() != expected) {
            throw new OutlineFormatException(line.number(), "expected a section heading like \"Section " + expected
                    + ": <title>\", found " + line.quoted());
        }
        closeSection(line.quoted() + " on line " + line.number());
        section = new SectionDraft(line, heading);
        sections.add(section);
        target = null;
        blankSinceTarget = false;
    }

    private void closeSection(String found) {
        if (section != null) {
            section.close(found);
        }
    }

    private OutlineFormatException expectedSection(int lineNumber, String found) {
        return new OutlineFormatException(lineNumber, "expected a section heading like "
                + OutlineSyntax.SECTION_FORM + " after " + lines.get(headingIndex).quoted() + ", found " + found);
    }
}
