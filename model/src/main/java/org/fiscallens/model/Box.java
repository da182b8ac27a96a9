package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * An axis-aligned rectangle on a page, in PDF points with the origin at the top-left corner of the
 * page as displayed (after /Rotate), like pdfplumber's {@code x0, top, x1, bottom}.
 * Serialised as the array {@code [x0, top, x1, bottom]} rounded to 0.01 pt.
 */
public record Box(double x0, double top, double x1, double bottom) {

    public Box {
        if (x1 < x0) { double t = x0; x0 = x1; x1 = t; }
        if (bottom < top) { double t = top; top = bottom; bottom = t; }
        x0 = r(x0); top = r(top); x1 = r(x1); bottom = r(bottom);
    }

    /** As the record's own equality (components compared as by {@link Double#compare}), written out. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Double.compare(x0, b.x0) == 0 && Double.compare(top, b.top) == 0
                && Double.compare(x1, b.x1) == 0 && Double.compare(bottom, b.bottom) == 0;
    }

    /**
     * Written out rather than left to the record: boxes key the maps of every stage, and the generated method's
     * first call is bootstrapped through method handles, a cost each cold start paid on its critical path.
     */
    @Override
    public int hashCode() {
        int h = Double.hashCode(x0);
        h = 31 * h + Double.hashCode(top);
        h = 31 * h + Double.hashCode(x1);
        return 31 * h + Double.hashCode(bottom);
    }

    public double width() { return x1 - x0; }
    public double height() { return bottom - top; }
    public double centerX() { return (x0 + x1) / 2; }
    public double centerY() { return (top + bottom) / 2; }

    public Box union(Box o) {
        return new Box(Math.min(x0, o.x0), Math.min(top, o.top), Math.max(x1, o.x1), Math.max(bottom, o.bottom));
    }

    /** Overlap of the vertical extents, as a fraction of the smaller height (0 when disjoint). */
    public double verticalOverlapRatio(Box o) {
        double overlap = Math.min(bottom, o.bottom) - Math.max(top, o.top);
        double h = Math.min(height(), o.height());
        return h <= 0 ? 0 : Math.max(0, overlap) / h;
    }

    public boolean contains(double x, double y) {
        return x >= x0 && x <= x1 && y >= top && y <= bottom;
    }

    @JsonValue
    public List<Double> toList() {
        return List.of(r(x0), r(top), r(x1), r(bottom));
    }

    @JsonCreator
    public static Box of(List<Double> v) {
        return new Box(v.get(0), v.get(1), v.get(2), v.get(3));
    }

    private static double r(double v) { return Math.round(v * 100.0) / 100.0; }
}
