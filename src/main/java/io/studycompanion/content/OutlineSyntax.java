package io.studycompanion.content;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** How the lines of a Databricks exam guide's outline look: headings, bullets, page debris and what ends it. */
final class OutlineSyntax {

    /** Shown in messages so the user knows which heading form is understood. */
    static final String SECTION_FORM = "\"Section 1: <title>\"";
    static final String BULLET_FORM = "bullets such as \"- \", \"●\" or \"•\"";

    private static final Pattern OUTLINE_HEADING = Pattern.compile("(?i)exam\\s+outline:?");
    private static final Pattern SECTION = Pattern.compile("(?i)section\\s+(\\d{1,3})\\s*[:.\\-–—]\\s*(.*)");
    private static final Pattern WEIGHT = Pattern.compile("\\(\\s*+(\\d{1,3})\\s*+%\\s*+\\)\\s*+$");
    private static final Pattern BULLET = Pattern.compile("([-–•●○◦▪■□‣⁃∙·*])\\s+(\\S.*)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s*)?\\d{1,3}(\\s*(of|/)\\s*\\d{1,3})?|[-–]\\s*\\d{1,3}\\s*[-–]");
    // Running headers and footers the PDF repeats on every page, optionally with the page number.
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "(?i)(databricks exam guide|\\[?provide exam guide feedback]?(\\(.*\\))?|©.*|copyright\\s.*)"
                    + "(\\s*+[|\\-–]?\\s*+(page\\s*+)?\\d{1,3})?");
    private static final Pattern QUESTION = Pattern.compile("(?i)(sample\\s+)?question\\s+\\d+:?");
    private static final Set<String> NEXT_PARTS = Set.of("sample questions", "sample question",
            "sample exam questions", "answers", "getting ready for the exam", "recommended training",
            "recommended preparation", "about the exam", "purpose of this exam guide", "audience description",
            "appendix", "exam outline");

    private OutlineSyntax() {
    }

    /** A section heading: its number, its title without the weight, and the weight where stated. */
    record SectionHeading(int number, String title, OptionalInt weightPercent) {
    }

    /** A bullet: the column of its marker, the marker itself, and the text after it. */
    record Bullet(int indent, char glyph, String text) {
    }

    static boolean isOutlineHeading(GuideLine line) {
        return OUTLINE_HEADING.matcher(line.text()).matches();
    }

    /** True for the heading of the part that follows the outline ("Sample Questions", …), which ends it. */
    static boolean endsOutline(GuideLine line) {
        var text = line.text().toLowerCase(Locale.ROOT).replaceFirst(":$", "").strip();
        return NEXT_PARTS.contains(text) || QUESTION.matcher(line.text()).matches();
    }

    /** Page numbers, running headers and footers, and the exam title repeated at the top of a page. */
    static boolean isPageDebris(GuideLine line, String examTitle) {
        var text = line.text();
        return PAGE_NUMBER.matcher(text).matches() || PAGE_HEADER.matcher(text).matches()
                || text.equalsIgnoreCase(examTitle) || text.equalsIgnoreCase(ExamTitles.PREFIX);
    }

    static Optional<SectionHeading> sectionHeading(GuideLine line) {
        var m = SECTION.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        var title = m.group(2);
        var weight = OptionalInt.empty();
        var w = WEIGHT.matcher(title);
        if (w.find()) {
            weight = OptionalInt.of(percent(line, w.group(1)));
            title = title.substring(0, w.start());
        }
        // Some guides end the heading with a colon ("Section 2: Data Ingestion & Acquisition:").
        title = title.strip();
        title = title.endsWith(":") ? title.substring(0, title.length() - 1).stripTrailing() : title;
        if (title.isEmpty()) {
            throw new OutlineFormatException(line.number(),
                    "expected a section title after \"Section " + m.group(1) + ":\", found " + line.quoted());
        }
        return Optional.of(new SectionHeading(Integer.parseInt(m.group(1)), title, weight));
    }

    private static int percent(GuideLine line, String digits) {
        int percent = Integer.parseInt(digits);
        if (percent > 100) {
            throw new OutlineFormatException(line.number(),
                    "expected a section weight between 0% and 100%, found " + line.quoted());
        }
        return percent;
    }

    static Optional<Bullet> bullet(GuideLine line) {
        var m = BULLET.matcher(line.text());
        return m.matches() ? Optional.of(new Bullet(line.indent(), m.group(1).charAt(0), m.group(2)))
                : Optional.empty();
    }

    /** Collapses the spacing of joined, wrapped lines to single spaces. */
    static String singleSpaced(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
