package io.studycompanion.report;

/** A colour as the PDF content stream wants it: red, green and blue from 0 to 1. */
record Rgb(float r, float g, float b) {

    /** The colour written {@code 0xRRGGBB}. */
    static Rgb hex(int rgb) {
        return new Rgb(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
