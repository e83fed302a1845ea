package io.studycompanion.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Stable identifier of an objective: the outline version it belongs to plus its position,
 * written {@code version:section.subsection.objective}, e.g. {@code 2025-09-30:1.2.3}.
 * Sections without subsections use subsection 0 ({@code 1.0.3}).
 */
public record ObjectiveId(String version, int section, int subsection, int objective) {

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*):(\\d+)\\.(\\d+)\\.(\\d+)");

    public ObjectiveId {
        Objects.requireNonNull(version, "version");
        if (section < 1 || subsection < 0 || objective < 1) {
            throw new IllegalArgumentException("invalid objective position " + section + "." + subsection + "." + objective);
        }
    }

    /** Parses the {@code version:s.u.o} form; throws IllegalArgumentException naming the text when it does not fit. */
    public static ObjectiveId parse(String text) {
        var m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an objective id (expected version:section.subsection.objective, e.g. 2025-09-30:1.2.3)");
        }
        return new ObjectiveId(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }

    /** The position part alone, e.g. {@code 1.2.3}. */
    public String position() {
        return section + "." + subsection + "." + objective;
    }

    @Override
    public String toString() {
        return version + ":" + position();
    }
}
