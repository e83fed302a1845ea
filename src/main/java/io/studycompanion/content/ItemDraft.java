package io.studycompanion.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bullet while its outline is read: its text grows with wrapped lines, its children with nested bullets. */
final class ItemDraft implements TextTarget {

    private final int line;
    private final int indent;
    private final char glyph;
    private final StringBuilder text;
    private final List<ItemDraft> children = new ArrayList<>();

    ItemDraft(int line, OutlineSyntax.Bullet bullet) {
        this.line = line;
        this.indent = bullet.indent();
        this.glyph = bullet.glyph();
        this.text = new StringBuilder(bullet.text());
    }

    /**
     * Whether {@code bullet} is nested under this one. Extraction shifts sibling bullets by a column now
     * and then (" ●" next to "  ●"), so nesting needs two columns more, or one more with another glyph.
     */
    boolean isParentOf(OutlineSyntax.Bullet bullet) {
        return bullet.indent() >= indent + 2 || (bullet.indent() > indent && bullet.glyph() != glyph);
    }

    void addChild(ItemDraft child) {
        children.add(child);
    }

    Optional<ItemDraft> lastChild() {
        return children.isEmpty() ? Optional.empty() : Optional.of(children.get(children.size() - 1));
    }

    boolean hasChildren() {
        return !children.isEmpty();
    }

    List<ItemDraft> children() {
        return children;
    }

    int line() {
        return line;
    }

    String text() {
        return OutlineSyntax.singleSpaced(text);
    }

    @Override
    public int indent() {
        return indent;
    }

    @Override
    public void append(String more) {
        text.append(' ').append(more);
    }
}
