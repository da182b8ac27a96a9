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
}
