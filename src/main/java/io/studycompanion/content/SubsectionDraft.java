package io.studycompanion.content;

import java.util.ArrayList;
import java.util.List;

/** A subsection written as a plain heading line, with the objective bullets listed under it. */
final class SubsectionDraft implements TextTarget {

    private final GuideLine heading;
    private final StringBuilder title;
    private final List<ItemDraft> items = new ArrayList<>();

    SubsectionDraft(GuideLine heading) {
        this.heading = heading;
        this.title = new StringBuilder(heading.text());
    }

    List<ItemDraft> items() {
        return items;
    }

    GuideLine heading() {
        return heading;
    }

    String title() {
        return OutlineSyntax.singleSpaced(title);
    }

    @Override
    public int indent() {
        return heading.indent();
    }

    @Override
    public void append(String more) {
        title.append(' ').append(more);
    }
}
