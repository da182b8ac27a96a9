package org.fiscallens.tables.structure;

import org.fiscallens.layout.Regexes;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the header of a grid ends: the first row carrying a figure, a classification code, a total or
 * numbered row label in the first column, or a blank body row. 栏次 rows (1 2 3 …) are header, not data.
 */
public final class HeaderRows {
    static final Pattern ORDINAL_LABEL = Pattern.compile("^([一二三四五六七八九十]+、|\\d+[.、．]\\D).*");
    static final Pattern TOTAL_LABEL = Pattern.compile("^(合计|总计|小计|.*收入合计|.*支出合计|.*收入小计|.*支出小计|收入总计|支出总计)$");

    private HeaderRows() {}

    /** The number of header rows. */
    public static int count(CellGrid grid) {
        GridCell[][] m = grid.matrix();
        for (int r = 0; r < grid.rows(); r++) {
            if (isIndexRow(grid, m, r)) continue;
            if (isDataRow(grid, m, r)) return r;
        }
        return grid.rows();
    }

    /** 栏次 rows: a 栏次/行次 label, or consecutive small integers 1, 2, 3 … in every filled cell (label cells may read **). */
    public static boolean isIndexRow(CellGrid grid, GridCell[][] m, int r) {
        List<String> own = ownTexts(grid, m, r);
        if (own.isEmpty()) return false;
        if (own.stream().anyMatch(t -> t.equals("栏次"))) return true;
        int expect = -1, n = 0;
        for (String t : own) {
            // the label columns of a 栏次 row are marked ** (or ＊): placeholders, not a header level
            if (Regexes.matches(t, "[*＊]+")) continue;
            if (!Regexes.matches(t, "\\d{1,2}")) return false;
            int v = Integer.parseInt(t);
            if (expect >= 0 && v != expect) return false;
            expect = v + 1; n++;
        }
        return n >= 3;
    }

    static boolean isDataRow(CellGrid grid, GridCell[][] m, int r) {
        boolean allOwnEmpty = true, allOwn = true, label = false;
        int words = 0;
        for (int c = 0; c < grid.cols(); c++) {
            GridCell cell = m[r][c];
            if (cell == null) continue;
            if (cell.row() != r) { allOwn = false; continue; }
            if (cell.col() != c) continue;
            String t = cell.compact();
            if (t.isEmpty()) continue;
            allOwnEmpty = false;
            if (Amounts.isFormattedAmount(t)) return true;
            if (Codes.isWholeCode(t) && cell.colSpan() <= 2 && c < grid.cols() - 1) return true;
            // a numbered row label (一、…, 1.…) is body text in any label column (each block of a side-by-side
            // table starts its own list: 一、部门预算 | 一、部门预算 | …), a total label only in the first column
            if (c == 0 && TOTAL_LABEL.matcher(t).matches() || ORDINAL_LABEL.matcher(t).matches()) label = true;
            else if (!Amounts.isAmountOrDash(t)) words++;
        }
        return label && words == 0 || allOwnEmpty && allOwn && r > 0;
    }

    static List<String> ownTexts(CellGrid grid, GridCell[][] m, int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < grid.cols(); c++) {
            GridCell cell = m[r][c];
            if (cell != null && cell.row() == r && cell.col() == c && !cell.isEmpty()) out.add(cell.compact());
        }
        return out;
    }
}
