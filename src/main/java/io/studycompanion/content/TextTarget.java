package io.studycompanion.content;

/** Something a wrapped line can continue: an objective bullet, a subsection bullet or a subsection heading. */
interface TextTarget {

    /** Column where the target starts; a line indented deeper continues it even after a page break. */
    int indent();

    void append(String text);
}
