package org.fiscallens.tables.grid;

/**
 * A merged ruling on one axis: for a horizontal rule {@code pos} is its y and {@code from..to} its x extent;
 * for a vertical rule {@code pos} is its x and {@code from..to} its y extent. Upright page frame, points.
 */
public record AxisSegment(double pos, double from, double to) {
    public double length() { return to - from; }

    /** Whether this segment covers the interval [a, b] for at least the given share of its length. */
    public double coverage(double a, double b) {
        double ov = Math.min(to, b) - Math.max(from, a);
        return b <= a ? 0 : Math.max(0, ov) / (b - a);
    }
}
