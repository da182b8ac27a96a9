package org.fiscallens.tables;

import org.fiscallens.tables.grid.CellGrid;

/**
 * Maps the columns of a continuation grid to those of the table's first grid by horizontal position: each
 * column's left and right edges must coincide with first-page column edges; a continuation column that
 * spans several first-page columns (a 合计 label over the code and name columns) maps to the last of them.
 * Null when the columns do not line up.
 */
final class ColumnMatcher {
    static final double TOL = 4.0;

    private ColumnMatcher() {}

    static int[] map(CellGrid first, CellGrid next) {
        int[] map = new int[next.cols()];
        int matchedEdges = 0;
        for (int i = 0; i <= next.cols(); i++) if (edge(first, next.xs().get(i)) >= 0) matchedEdges++;
        for (int c = 0; c < next.cols(); c++) {
            int a = edge(first, next.xs().get(c)), b = edge(first, next.xs().get(c + 1));
            map[c] = a >= 0 && b > a ? b - 1 : -1;
        }
        if (matchedEdges < 0.8 * (next.cols() + 1) || edge(first, next.xs().get(0)) < 0
                || edge(first, next.xs().get(next.cols())) < 0) return null;
        if (next.cols() + 1 < 0.6 * (first.cols() + 1) && next.rows() > 2) return null;
        return map;
    }

    /**
     * For a continuation without a header of its own whose rules do not line up (a different frame): each
     * column maps to the first-page column holding its centre.
     */
    static int[] byCentre(CellGrid first, CellGrid next) {
        int[] map = new int[next.cols()];
        int hit = 0;
        for (int c = 0; c < next.cols(); c++) {
            double x = (next.xs().get(c) + next.xs().get(c + 1)) / 2;
            map[c] = org.fiscallens.tables.grid.Clusters.interval(first.xs(), x);
            if (map[c] >= 0) hit++;
        }
        return hit >= Math.max(2, 0.6 * next.cols()) ? map : null;
    }

    private static int edge(CellGrid g, double x) {
        for (int k = 0; k < g.xs().size(); k++) if (Math.abs(g.xs().get(k) - x) <= TOL) return k;
        return -1;
    }
}
