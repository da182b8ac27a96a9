package org.fiscallens.tables.grid;

import org.fiscallens.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as a grid on one page: column boundaries {@code xs} and row boundaries {@code ys} (ascending), and
 * the cells covering the grid units, each unit covered by exactly one cell (a merged cell spans several).
 *
 * @param method "lattice" (from ruling lines) or "stream" (from text alignment)
 */
public record CellGrid(int page, Box area, List<Double> xs, List<Double> ys, List<GridCell> cells, String method) {
    public CellGrid {
        xs = List.copyOf(xs);
        ys = List.copyOf(ys);
        cells = List.copyOf(cells);
    }

    public int rows() { return ys.size() - 1; }

    public int cols() { return xs.size() - 1; }

    /** The cell covering grid unit (r, c), or null. */
    public GridCell at(int r, int c) {
        for (GridCell g : cells) if (g.covers(r, c)) return g;
        return null;
    }

    /** A lookup table [row][col] → cell. */
    public GridCell[][] matrix() {
        GridCell[][] m = new GridCell[rows()][cols()];
        for (GridCell g : cells) {
            for (int r = g.row(); r <= g.lastRow() && r < rows(); r++)
                for (int c = g.col(); c <= g.lastCol() && c < cols(); c++) m[r][c] = g;
        }
        return m;
    }

    public CellGrid withCells(List<GridCell> newCells) {
        return new CellGrid(page, area, xs, ys, newCells, method);
    }

    /** Cells whose text is not blank. */
    public List<GridCell> filled() {
        List<GridCell> out = new ArrayList<>();
        for (GridCell g : cells) if (!g.isEmpty()) out.add(g);
        return out;
    }
}
