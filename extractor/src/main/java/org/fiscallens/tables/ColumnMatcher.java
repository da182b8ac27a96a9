package org.fiscallens.tables;

import org.fiscallens.tables.grid.CellGrid;

/**
 * Maps the columns of a continuation grid to those of the table's first grid by horizontal position
 * (each column's centre must fall inside one first-page column); null when the columns do not line up.
 */
final class ColumnMatcher {
    static final double TOL = 4.0;

    private ColumnMatcher() {}

    static int[] map(CellGrid first, CellGrid next) {
        int[] map = new int[next.cols()];
        int matched = 0;
        for (int c = 0; c < next.cols(); c++) {
            double a = next.xs().get(c), b = next.xs().get(c + 1);
            map[c] = -1;
            for (int k = 0; k < first.cols(); k++) {
                double fa = first.xs().get(k), fb = first.xs().get(k + 1);
                if (Math.abs(fa - a) <= TOL && Math.abs(fb - b) <= TOL) { map[c] = k; matched++; break; }
            }
        }
        if (matched < Math.max(2, Math.ceil(0.8 * first.cols())) || matched < 0.8 * next.cols()) return null;
        return map;
    }
}
