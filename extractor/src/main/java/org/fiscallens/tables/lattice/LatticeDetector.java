package org.fiscallens.tables.lattice;

import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.AxisSegment;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.Clusters;
import org.fiscallens.tables.grid.GridCell;
import org.fiscallens.tables.grid.Rules;
import org.fiscallens.tables.grid.UnionFind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lattice tables: groups of crossing horizontal and vertical rules. For each group the distinct rule
 * positions give the grid lines; two neighbouring grid units belong to one (merged) cell when no rule
 * separates them. Rule ends may fall short of a crossing by up to {@link #SNAP} points.
 */
public final class LatticeDetector {
    static final double SNAP = 3.0;
    /** Rules closer than this are one grid line (Excel exports draw each cell's border separately, a few points apart). */
    static final double POSITION_TOL = 4.0;
    /** Share of a unit's edge a rule must cover to separate two units. */
    static final double SEPARATES = 0.55;

    private LatticeDetector() {}

    public static List<CellGrid> detect(int page, Rules rules) {
        return detect(page, rules, List.of());
    }

    /**
     * @param text the centres of the page's glyphs ({x, y}): a strip between two close lines that holds text is a
     *             row or column of its own (a banner over a sub-header set in small type), never the inset stroke of
     *             a doubled border
     */
    public static List<CellGrid> detect(int page, Rules rules, List<double[]> text) {
        List<AxisSegment> h = rules.horizontal(), v = rules.vertical();
        int n = h.size() + v.size();
        UnionFind uf = new UnionFind(n);
        for (int i = 0; i < h.size(); i++) {
            for (int j = 0; j < v.size(); j++) {
                if (crosses(h.get(i), v.get(j))) uf.union(i, h.size() + j);
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        List<CellGrid> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            List<AxisSegment> gh = new ArrayList<>(), gv = new ArrayList<>();
            for (int i : g) { if (i < h.size()) gh.add(h.get(i)); else gv.add(v.get(i - h.size())); }
            if (gh.size() < 2 || gv.size() < 2) continue;
            CellGrid grid = grid(page, gh, gv, text);
            if (grid != null) out.add(grid);
        }
        out.sort(Comparator.comparingDouble((CellGrid c) -> c.area().top()).thenComparingDouble(c -> c.area().x0()));
        return out;
    }

    static boolean crosses(AxisSegment hs, AxisSegment vs) {
        return vs.pos() >= hs.from() - SNAP && vs.pos() <= hs.to() + SNAP
                && hs.pos() >= vs.from() - SNAP && hs.pos() <= vs.to() + SNAP;
    }

    static CellGrid grid(int page, List<AxisSegment> gh, List<AxisSegment> gv, List<double[]> text) {
        List<Double> xs = Clusters.centres(gv.stream().map(AxisSegment::pos).toList(), POSITION_TOL);
        List<Double> ys = Clusters.centres(gh.stream().map(AxisSegment::pos).toList(), POSITION_TOL);
        // Open sides: rules running past the outermost crossing rules bound the table too.
        double hFrom = gh.stream().mapToDouble(AxisSegment::from).min().orElseThrow();
        double hTo = gh.stream().mapToDouble(AxisSegment::to).max().orElseThrow();
        double vFrom = gv.stream().mapToDouble(AxisSegment::from).min().orElseThrow();
        double vTo = gv.stream().mapToDouble(AxisSegment::to).max().orElseThrow();
        xs = extend(xs, hFrom, hTo);
        ys = extend(ys, vFrom, vTo);
        for (int pass = 0; pass < 3; pass++) {
            List<Double> nx = weakLinesRemoved(xs, ys, gv, text, 0), ny = weakLinesRemoved(ys, xs, gh, text, 1);
            if (nx.size() == xs.size() && ny.size() == ys.size()) break;
            xs = nx; ys = ny;
        }
        int rows = ys.size() - 1, cols = xs.size() - 1;
        if (rows < 1 || cols < 1 || rows * cols < 2) return null;
        UnionFind uf = new UnionFind(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !separated(gv, xs.get(c + 1), ys.get(r), ys.get(r + 1))) uf.union(r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !separated(gh, ys.get(r + 1), xs.get(c), xs.get(c + 1))) uf.union(r * cols + c, (r + 1) * cols + c);
            }
        }
        // Each unbroken rectangle of units of one component is a cell; an L-shaped component (a frame around a
        // table that has no inner rules on two sides) is cut into rectangles, row-major.
        List<GridCell> cells = new ArrayList<>();
        boolean[][] taken = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (taken[r][c]) continue;
                int root = uf.find(r * cols + c);
                int maxC = c;
                while (maxC + 1 < cols && !taken[r][maxC + 1] && uf.find(r * cols + maxC + 1) == root) maxC++;
                int maxR = r;
                grow:
                while (maxR + 1 < rows) {
                    for (int k = c; k <= maxC; k++) if (taken[maxR + 1][k] || uf.find((maxR + 1) * cols + k) != root) break grow;
                    maxR++;
                }
                for (int rr = r; rr <= maxR; rr++) for (int k = c; k <= maxC; k++) taken[rr][k] = true;
                cells.add(new GridCell(r, c, maxR - r + 1, maxC - c + 1,
                        new Box(xs.get(c), ys.get(r), xs.get(maxC + 1), ys.get(maxR + 1)), List.of()));
            }
        }
        if (cells.size() < 2) return null;
        Box area = new Box(xs.get(0), ys.get(0), xs.get(cols), ys.get(rows));
        return new CellGrid(page, area, xs, ys, cells, "lattice");
    }

    /**
     * Drops inner grid lines that separate nothing, and the inner stroke of doubled borders (a line a few
     * points beside a line that separates more units): Excel exports draw each cell's border on its own, inset
     * from the next row's, which would otherwise make sliver columns that no body row respects.
     */
    static List<Double> weakLinesRemoved(List<Double> lines, List<Double> across, List<AxisSegment> segs) {
        return weakLinesRemoved(lines, across, segs, List.of(), 0);
    }

    /** @param axis 0 when {@code lines} are x positions (vertical rules), 1 when y positions */
    static List<Double> weakLinesRemoved(List<Double> lines, List<Double> across, List<AxisSegment> segs, List<double[]> text, int axis) {
        int n = across.size() - 1;
        if (n < 2) return lines;
        int[] sep = new int[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            for (int i = 0; i < n; i++) if (separated(segs, lines.get(k), across.get(i), across.get(i + 1))) sep[k]++;
        }
        sep[0] = sep[lines.size() - 1] = n;
        List<Double> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int k = 1; k < lines.size() - 1; k++) {
            boolean weak = sep[k] == 0;
            // A doubled border: an inset line a few points inside a stronger one, the strip between them empty
            // where the inset line is drawn (a title or merged cell running across the strip elsewhere is not in it).
            List<double[]> drawn = new ArrayList<>();
            for (int i = 0; i < n; i++) if (separated(segs, lines.get(k), across.get(i), across.get(i + 1))) drawn.add(new double[]{across.get(i), across.get(i + 1)});
            boolean shadow = (lines.get(k) - lines.get(k - 1) < NEAR && sep[k - 1] > sep[k] && !holdsText(text, axis, lines.get(k - 1), lines.get(k), drawn))
                    || (lines.get(k + 1) - lines.get(k) < NEAR && sep[k + 1] > sep[k] && !holdsText(text, axis, lines.get(k), lines.get(k + 1), drawn));
            if (!weak && !shadow) out.add(lines.get(k));
        }
        out.add(lines.get(lines.size() - 1));
        return out;
    }

    /** Whether a glyph centre lies in the strip between positions a and b (on the axis), within one of the spans across. */
    static boolean holdsText(List<double[]> text, int axis, double a, double b, List<double[]> spans) {
        for (double[] t : text) {
            double along = t[axis], other = t[1 - axis];
            if (along <= a || along >= b) continue;
            for (double[] span : spans) if (other > span[0] && other < span[1]) return true;
        }
        return false;
    }

    /** Lines closer than this may be the two strokes of one doubled border. */
    static final double NEAR = 8.0;

    private static List<Double> extend(List<Double> b, double from, double to) {
        List<Double> out = new ArrayList<>(b);
        if (from < out.get(0) - 3 * POSITION_TOL) out.add(0, from);
        if (to > out.get(out.size() - 1) + 3 * POSITION_TOL) out.add(to);
        return out;
    }

    /** Whether rules at {@code pos} cover the edge [a, b]. */
    static boolean separated(List<AxisSegment> segs, double pos, double a, double b) {
        double covered = 0;
        for (AxisSegment s : segs) {
            if (Math.abs(s.pos() - pos) > POSITION_TOL) continue;
            covered += Math.max(0, Math.min(s.to(), b) - Math.max(s.from(), a));
        }
        return b > a && covered / (b - a) >= SEPARATES;
    }

    /**
     * Whether a filled grid is a table rather than a ruled box around prose or a frame: at least two
     * cells with text, and not one cell holding nearly all of it.
     */
    public static boolean isTable(CellGrid g) {
        List<GridCell> filled = g.filled();
        if (filled.size() < 2) return false;
        int total = 0, max = 0;
        for (GridCell c : filled) { int n = c.compact().length(); total += n; max = Math.max(max, n); }
        return !(filled.size() < 4 && max > 0.8 * total && max > 60);
    }
}
