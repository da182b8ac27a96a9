package org.fiscallens.tables.grid;

import org.fiscallens.model.Box;

import java.util.List;

/** The merged horizontal and vertical rules of a page or a region (see {@link RuleMerger}). */
public record Rules(List<AxisSegment> horizontal, List<AxisSegment> vertical) {
    public Rules {
        horizontal = List.copyOf(horizontal);
        vertical = List.copyOf(vertical);
    }

    /** The rules lying inside a box (with a tolerance), clipped to nothing else. */
    public Rules within(Box b, double tol) {
        return new Rules(
                horizontal.stream().filter(s -> s.pos() >= b.top() - tol && s.pos() <= b.bottom() + tol
                        && s.from() >= b.x0() - tol && s.to() <= b.x1() + tol).toList(),
                vertical.stream().filter(s -> s.pos() >= b.x0() - tol && s.pos() <= b.x1() + tol
                        && s.from() >= b.top() - tol && s.to() <= b.bottom() + tol).toList());
    }

    /**
     * The rules crossing a box (with a tolerance), cut at its edges: a grid's own rules that run on past its
     * outer frame (an Excel sheet's gridlines printed a few points beyond the last column) stay its rules.
     */
    public Rules clippedTo(Box b, double tol) {
        double x0 = b.x0() - tol, x1 = b.x1() + tol, top = b.top() - tol, bottom = b.bottom() + tol;
        return new Rules(
                horizontal.stream().filter(s -> s.pos() >= top && s.pos() <= bottom && s.to() > x0 && s.from() < x1)
                        .map(s -> new AxisSegment(s.pos(), Math.max(s.from(), x0), Math.min(s.to(), x1))).toList(),
                vertical.stream().filter(s -> s.pos() >= x0 && s.pos() <= x1 && s.to() > top && s.from() < bottom)
                        .map(s -> new AxisSegment(s.pos(), Math.max(s.from(), top), Math.min(s.to(), bottom))).toList());
    }
}
