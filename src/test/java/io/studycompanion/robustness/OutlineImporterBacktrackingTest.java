package io.studycompanion.robustness;

import io.studycompanion.content.OutlineFormatException;
import io.studycompanion.content.OutlineImporter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Found while fuzzing the outline importer: a wide run of blanks inside one line (as PDF extraction leaves in
 * justified text) makes three of {@code OutlineSyntax}'s patterns backtrack quadratically. A 20,000-blank gap
 * in a section heading costs about 2 s, 40,000 about 8 s; a guide within the 2 MB limit with one 1.9 MB gap
 * would run for hours, pegging a core while the import never finishes.
 *
 * <ul>
 *   <li>{@code WEIGHT} ({@code \s*\(\s*(\d{1,3})\s*%\s*\)\s*$}, {@code find()} on every section heading's
 *       title): from every start inside the gap, the leading {@code \s*} runs to its end.</li>
 *   <li>{@code sectionHeading}'s {@code title.strip().replaceFirst("\\s*:$", "")}: the same, once more.</li>
 *   <li>{@code PAGE_HEADER} ({@code ...(\s*[|\-–]?\s*(page\s*)?\d{1,3})?}, {@code matches()} on every line of
 *       the outline body): the two adjacent {@code \s*} split a gap after "Databricks Exam Guide" every way.</li>
 * </ul>
 *
 * The fix (checked against these tests and the existing outline tests): drop WEIGHT's leading {@code \s*} (the
 * title is stripped afterwards anyway) and make its blanks possessive; make PAGE_HEADER's blanks possessive;
 * strip a trailing colon with {@code endsWith(":")} instead of a pattern (regression test for that fix).
 */
class OutlineImporterBacktrackingTest {
    private static final int GAP = 200_000;

    @Test
    void aWideGapInASectionHeadingDoesNotStallTheImport() throws IOException {
        var guide = guide().replaceFirst("(?m)^(Section 1: \\S+) ", "$1" + " ".repeat(GAP) + " ");
        assertThat(guide.length()).isLessThan((int) OutlineImporter.MAX_FILE_BYTES);
        var outlines = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new OutlineImporter().parse(guide));
        assertThat(outlines).isNotEmpty();
    }

    @Test
    void aWideGapAfterARunningHeaderDoesNotStallTheImport() throws IOException {
        var guide = guide().replaceFirst("(?m)^(Section 2: .*)$", "$1\nDatabricks Exam Guide" + " ".repeat(GAP) + "x");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                new OutlineImporter().parse(guide);
            } catch (OutlineFormatException expected) {
                // refusing the line is fine; taking hours to decide is not
            }
        });
    }

    private static String guide() throws IOException {
        try (InputStream in = OutlineImporterBacktrackingTest.class
                .getResourceAsStream("/exam-guides/databricks-ml-professional.txt")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
