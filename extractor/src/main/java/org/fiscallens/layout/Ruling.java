package org.fiscallens.layout;

/**
 * A horizontal or vertical line segment drawn on the page (a stroked line or a thin filled rectangle),
 * in the page's upright frame. Oblique segments are not kept.
 */
public record Ruling(double x0, double y0, double x1, double y1) {

    public Ruling {
        if (x1 < x0 || (x1 == x0 && y1 < y0)) {
            double tx = x0, ty = y0; x0 = x1; y0 = y1; x1 = tx; y1 = ty;
        }
    }

    public boolean horizontal() { return Math.abs(y1 - y0) < 1.0 && (x1 - x0) >= Math.abs(y1 - y0); }

    public boolean vertical() { return Math.abs(x1 - x0) < 1.0 && Math.abs(y1 - y0) > (x1 - x0); }

    public double length() { return Math.hypot(x1 - x0, y1 - y0); }

    /** For a horizontal ruling its y; for a vertical one its x. */
    public double position() { return horizontal() ? (y0 + y1) / 2 : (x0 + x1) / 2; }

    public double start() { return horizontal() ? Math.min(x0, x1) : Math.min(y0, y1); }

    public double end() { return horizontal() ? Math.max(x0, x1) : Math.max(y0, y1); }
}
