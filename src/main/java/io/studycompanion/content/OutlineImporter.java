package io.studycompanion.content;

import io.studycompanion.domain.Outline;
import io.studycompanion.domain.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the plain text of Databricks certification exam guides into outlines.
 *
 * <p>A guide's outline starts at its "Exam outline" heading and runs to the next part of the guide
 * ("Sample Questions", …). It has "Section N: Title" headings, optionally weighted ("(21%)"), and
 * objective bullets, grouped into subsections by plain heading lines or by bullets with nested bullets.
 * Text that does not fit is refused with an {@link OutlineFormatException}; nothing half-read is returned.
 * Instances hold no state and may be shared.
 */
public final class OutlineImporter {

    /** Exam guides are tens of kilobytes; anything this large is not one. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    // Headings other vendors use for their outlines; naming the one found makes the error concrete.
    private static final List<String> FOREIGN_OUTLINE_HEADINGS = List.of("content outline", "skills measured",
            "skills outline", "exam objectives", "exam content", "outline");

    /** An importer; it keeps no state between calls. */
    public OutlineImporter() {
        // Nothing to set up: the syntax is fixed and every parse starts afresh.
    }

    /**
     * Every outline in the text, in order: one file may hold an outgoing and a new version of a guide.
     *
     * @throws OutlineFormatException when the text holds no outline or one that cannot be understood
     */
    public List<Outline> parse(String text) {
        var lines = GuideText.lines(text);
        var outlines = new ArrayList<Outline>();
        var versions = new VersionLabels();
        Optional<String> previousTitle = Optional.empty();
        int from = 0;
        for (int heading = nextHeading(lines, from); heading >= 0; heading = nextHeading(lines, from)) {
            var guide = readGuide(lines, from, heading, previousTitle, versions);
            outlines.add(guide.outline());
            previousTitle = Optional.of(guide.outline().examTitle());
            from = guide.endIndex();
        }
        if (outlines.isEmpty()) {
            throw noOutline(lines);
        }
        return List.copyOf(outlines);
    }

    private record Guide(Outline outline, int endIndex) {
    }

    /** One guide: its introduction in lines [from, heading), then its outline from the heading on. */
    private static Guide readGuide(List<GuideLine> lines, int from, int heading, Optional<String> previousTitle,
                                   VersionLabels versions) {
        var found = ExamTitles.find(lines, from, heading);
        // A second guide in a file may skip the title; it is then the same exam as the one before.
        var examTitle = found.map(ExamTitles.Found::title).or(() -> previousTitle)
                .orElseThrow(() -> missingTitle(lines.get(heading)));
        var dates = GuideDates.find(lines, found.map(ExamTitles.Found::index).orElse(from), heading);
        var body = new OutlineBodyParser(lines, heading, examTitle).parse();
        var version = versions.next(dates);
        var outline = new Outline(examTitle, version.label(), version.effectiveFrom(), version.effectiveUntil(),
                sections(body, version.label()));
        return new Guide(outline, body.endIndex());
    }

    /**
     * Reads a UTF-8 guide file of at most {@link #MAX_FILE_BYTES}; errors name the file.
     *
     * @throws OutlineFormatException when the file is too large, binary, or not an outline this importer understands
     * @throws IOException            when the file cannot be read
     */
    public List<Outline> parse(Path file) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new OutlineFormatException(0, "expected an exam guide of at most 2 MB, found a file of "
                        + size + " bytes");
            }
            return parse(GuideText.decode(Files.readAllBytes(file)));
        } catch (OutlineFormatException e) {
            throw e.inSource(file.toString());
        }
    }

    private static int nextHeading(List<GuideLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (OutlineSyntax.isOutlineHeading(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<Section> sections(OutlineBodyParser.Body body, String version) {
        return body.sections().stream().map(section -> section.toSection(version)).toList();
    }

    private static OutlineFormatException missingTitle(GuideLine heading) {
        return new OutlineFormatException(heading.number(), "expected the exam title (\"" + ExamTitles.PREFIX
                + " <name>\") before " + heading.quoted() + ", found none");
    }

    private static OutlineFormatException noOutline(List<GuideLine> lines) {
        var expected = "expected an \"Exam outline\" heading followed by " + OutlineSyntax.SECTION_FORM + " headings";
        for (var heading : FOREIGN_OUTLINE_HEADINGS) {
            for (var line : lines) {
                if (line.text().toLowerCase(Locale.ROOT).replaceFirst(":$", "").equals(heading)) {
                    return new OutlineFormatException(line.number(), expected + ", found " + line.quoted()
                            + " (an outline in another format)");
                }
            }
        }
        return new OutlineFormatException(0, expected + ", found no such heading in " + lines.size()
                + " lines of text");
    }
}
