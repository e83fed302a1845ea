package io.studycompanion.ui;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A heading at the start and controls at the end of one line when both fit at their preferred widths;
 * otherwise the heading on a line of its own (wrapping if it must) and the controls below it. Words are
 * never broken to keep both on one line.
 */
public final class TwoEnds extends Region {
    private final Region start;
    private final Region end;
    private final double gap;

    public TwoEnds(Region start, Region end, double gap) {
        this.start = start;
        this.end = end;
        this.gap = gap;
        getChildren().addAll(start, end);
    }

    private boolean oneLine(double width) {
        return start.prefWidth(-1) + gap + end.prefWidth(-1) <= width;
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + start.prefWidth(-1) + gap + end.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(start.minWidth(-1), end.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? inner(computePrefWidth(-1)) : inner(width);
        double h = oneLine(w) ? Math.max(start.prefHeight(w - gap - end.prefWidth(-1)), end.prefHeight(end.prefWidth(-1)))
                : start.prefHeight(w) + gap + end.prefHeight(w);
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = inner(getWidth());
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        boolean one = oneLine(w);
        if (end instanceof FlowPane flow) {
            flow.setAlignment(one ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }
        if (one) {
            double ew = Math.min(w, Math.ceil(end.prefWidth(-1)) + 1); // a rounded-down width would wrap its last control

            layoutInArea(start, x, y, w - ew - gap, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x + w - ew, y, ew, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double sh = start.prefHeight(w);
            layoutInArea(start, x, y, w, sh, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(end, x, y + sh + gap, w, Math.max(0, h - sh - gap), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
