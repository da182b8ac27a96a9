package org.fiscallens.checks.tables;

import org.fiscallens.layout.Chars;
import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.tables.structure.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a typed row's value sits in the table's grid: the box of the cell and of the header cell that names its
 * column (the lowest part of the column's header path), on the row's page. Found through the grid as laid out
 * ({@code Table.cells}): the header cell whose text is the column's last header part, above the row, told apart
 * from same-named headers by the other parts of its path and the row's block (收入 | 支出) printed above it; the
 * cell is the row's cell under that header and must hold the row's value as read, else nothing is returned (an
 * outline on the wrong cell would be worse than none).
 */
final class CellBoxes {
    private CellBoxes() {}

    /**
     * {cell, header}, or null when the grid does not show the cell; header is null when the row's page repeats no
     * header (the column is then placed by the header of an earlier page of the table).
     */
    static Box[] find(Table t, TableRow row, String column) {
        if (t.cells() == null || t.cells().isEmpty() || row.box() == null || column == null || column.isBlank()) return null;
        List<Cell> page = new ArrayList<>();
        for (Cell c : t.cells()) if (c.page() == row.page() && c.box() != null) page.add(c);
        List<Cell> rowCells = new ArrayList<>();
        for (Cell c : page) {
            if (c.box().verticalOverlapRatio(row.box()) >= 0.5 && c.box().height() <= 2.5 * row.box().height() + 2) rowCells.add(c);
        }
        if (rowCells.isEmpty()) return null;
        String[] parts = column.split("/");
        String leaf = Chars.compact(parts[parts.length - 1]);
        List<String> above = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) above.add(Chars.compact(parts[i]));
        if (row.block() != null) for (String b : row.block().split("/")) above.add(Chars.compact(b));

        Cell header = header(page, rowCells, leaf, above, row.box().top());
        boolean onPage = header != null;
        if (header == null) {
            // a continuation page that repeats no header: the columns stand where the header of an earlier page put them
            for (int p : t.pages()) {
                if (p >= row.page()) break;
                List<Cell> other = new ArrayList<>();
                for (Cell c : t.cells()) if (c.page() == p && c.box() != null) other.add(c);
                header = header(other, rowCells, leaf, above, Double.MAX_VALUE);
                if (header != null) break;
            }
        }
        if (header == null) return null;
        Cell cell = under(rowCells, header);
        if (cell == null || !holds(cell, row.values().get(column))) return null;
        return new Box[]{cell.box(), onPage ? header.box() : null};
    }

    /**
     * The header cell among {@code cells} (above {@code top}) whose text is {@code leaf}, over one of the row's
     * cells, with the most of {@code above} printed over it; null when none, or when two columns score alike.
     */
    private static Cell header(List<Cell> cells, List<Cell> rowCells, String leaf, List<String> above, double top) {
        Cell best = null;
        int bestScore = -1;
        boolean tie = false;
        for (Cell h : cells) {
            if (h.box().bottom() > top + 1 || !leaf.equals(Chars.compact(nz(h.text())))) continue;
            if (under(rowCells, h) == null) continue;
            int score = 0;
            for (String a : above) if (covered(cells, h, a)) score++;
            if (score > bestScore) { best = h; bestScore = score; tie = false; }
            else if (score == bestScore && best != null && !sameColumn(best, h)) tie = true;
        }
        return tie ? null : best;
    }

    /** The row's cell under the header: the one whose horizontal extent holds the header's centre. */
    private static Cell under(List<Cell> rowCells, Cell header) {
        Cell out = null;
        for (Cell c : rowCells) {
            if (c.box().x0() <= header.box().centerX() && header.box().centerX() <= c.box().x1()) {
                if (out != null) return null;
                out = c;
            }
        }
        return out;
    }

    /** Whether a cell with text {@code text} is printed above {@code h} over its centre. */
    private static boolean covered(List<Cell> page, Cell h, String text) {
        for (Cell c : page) {
            if (c == h || c.box().bottom() > h.box().top() + 1) continue;
            if (c.box().x0() <= h.box().centerX() && h.box().centerX() <= c.box().x1() && text.equals(Chars.compact(nz(c.text())))) return true;
        }
        return false;
    }

    private static boolean sameColumn(Cell a, Cell b) {
        return Math.abs(a.box().centerX() - b.box().centerX()) < 1;
    }

    /** Whether the cell's text is the value as read: the same amount, or blank/dash for none. */
    private static boolean holds(Cell c, BigDecimal value) {
        BigDecimal printed = Amounts.parse(nz(c.text()));
        if (value == null) return printed == null;
        return printed != null && printed.compareTo(value) == 0;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
