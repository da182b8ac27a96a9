package org.fiscallens.tables.structure;

import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Box;
import org.fiscallens.model.TableRow;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body rows of a grid into {@link TableRow}s, block by block: the code (digits of the code
 * columns joined), the name (whitespace removed, wrapped lines joined), and the values by header path.
 * A grid of a continued table is read with the layout of its first page: {@code colMap} maps each of its
 * columns to the layout's column (or -1).
 */
public final class RowReader {
    private RowReader() {}

    /** Rows of blocks in printed order: all rows of the first block, then the next block's. */
    public static List<List<TableRow>> read(CellGrid grid, TableLayout layout, int[] colMap, int firstRow, Set<Integer> skipRows) {
        return read(grid, layout, colMap, firstRow, skipRows, List.of());
    }

    /** @param earlier the rows already read per block from the table's earlier pages (the head of a split code continues there) */
    public static List<List<TableRow>> read(CellGrid grid, TableLayout layout, int[] colMap, int firstRow, Set<Integer> skipRows,
                                            List<List<TableRow>> earlier) {
        GridCell[][] m = grid.matrix();
        List<List<TableRow>> out = new ArrayList<>();
        for (Block b : layout.blocks()) {
            List<TableRow> before = out.size() < earlier.size() ? earlier.get(out.size()) : List.of();
            List<TableRow> rows = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int r = firstRow; r < grid.rows(); r++) {
                if (skipRows.contains(r)) continue;
                TableRow row = readRow(grid, m, r, b, layout, colMap);
                if (row == null) continue;
                List<TableRow> above = rows;
                if (!before.isEmpty()) { above = new ArrayList<>(before); above.addAll(rows); }
                row = withCodePrefix(row, codeStart(grid, m, r, b, layout, colMap), above);
                rows.add(row);
                at.add(r);
            }
            out.add(joinWrappedNames(rows, at, "stream".equals(grid.method())));
        }
        return out;
    }

    /**
     * Joins the pieces of a 科目名称 wrapped onto two lines to their row, where the grid gave each line a row of its
     * own (a table without rulings): a piece is a row of name only (no code, no figure, not a total, list or 其中
     * line) on the grid line next to the row it belongs to. The row's code and figures are printed between the
     * pieces (机关事业单位基本养老保险缴 / 2080505 … 398.88 / 费支出) or beside the first piece (then the second piece
     * continues the name of the coded row above it, read only without rulings, where nothing else can put a
     * lone name line there). A piece belongs first to a nameless row just below it, else to one just above it.
     */
    static List<TableRow> joinWrappedNames(List<TableRow> rows, List<Integer> at, boolean stream) {
        int n = rows.size();
        String[] above = new String[n], below = new String[n];
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!isPiece(rows.get(i))) continue;
            if (i + 1 < n && at.get(i + 1) == at.get(i) + 1 && isNamelessData(rows.get(i + 1)) && above[i + 1] == null) {
                above[i + 1] = rows.get(i).name();
                used[i] = true;
            } else if (i > 0 && at.get(i - 1) == at.get(i) - 1 && isNamelessData(rows.get(i - 1)) && below[i - 1] == null) {
                below[i - 1] = rows.get(i).name();
                used[i] = true;
            } else if (stream && i > 0 && at.get(i - 1) == at.get(i) - 1 && !used[i - 1] && rows.get(i - 1).code() != null
                    && rows.get(i - 1).name() != null && below[i - 1] == null) {
                below[i - 1] = rows.get(i).name();
                used[i] = true;
            }
        }
        List<TableRow> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (used[i]) continue;
            TableRow r = rows.get(i);
            if (above[i] != null || below[i] != null) {
                String name = (above[i] == null ? "" : above[i]) + (r.name() == null ? "" : r.name()) + (below[i] == null ? "" : below[i]);
                r = new TableRow(r.code(), name, r.level(), r.block(), r.values(), r.page(), r.box(), r.unit());
            }
            out.add(r);
        }
        return out;
    }

    private static boolean isPiece(TableRow r) {
        if (r.code() != null || r.name() == null || hasFigure(r)) return false;
        String n = r.name();
        return !HeaderRows.TOTAL_LABEL.matcher(n).matches() && !HeaderRows.ORDINAL_LABEL.matcher(n).matches()
                && !Regexes.matches(n, "^(其中|[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、).*");
    }

    private static boolean isNamelessData(TableRow r) {
        return r.name() == null && (r.code() != null || hasFigure(r));
    }

    private static boolean hasFigure(TableRow r) {
        for (BigDecimal v : r.values().values()) if (v != null) return true;
        return false;
    }

    static TableRow readRow(CellGrid grid, GridCell[][] m, int r, Block b, TableLayout layout, int[] colMap) {
        StringBuilder code = new StringBuilder(), name = new StringBuilder();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<GridCell> used = new HashSet<>();
        Box box = null;
        boolean any = false;
        int blockLast = lastGridCol(colMap, b);
        for (int c = 0; c < grid.cols(); c++) {
            int lc = colMap[c];
            if (lc < 0 || !b.contains(lc)) continue;
            GridCell cell = m[r][c];
            if (cell == null || !used.add(cell)) continue;
            ColumnRole role = layout.roles().get(lc);
            if (role == ColumnRole.INDEX) continue;
            String t = cell.compact();
            if (role == ColumnRole.CODE || role == ColumnRole.NAME) {
                if (cell.row() != r || t.isEmpty()) continue;
                if (cell.lastCol() > blockLast) continue; // a label merged into a later block belongs there
                boolean spansName = false;
                for (int k = cell.col(); k <= cell.lastCol(); k++) if (colMap[k] >= 0 && layout.roles().get(colMap[k]) == ColumnRole.NAME) spansName = true;
                if (role == ColumnRole.CODE && !spansName && Regexes.matches(t, "\\d+")) {
                    // a split 款/项 piece printed without its leading zero ("301 | 2" for 30102: a spreadsheet artefact)
                    if (code.length() >= 3 && t.length() == 1) code.append('0');
                    code.append(t);
                }
                else if (role == ColumnRole.CODE && Regexes.matches(t, "[类款项]")) continue; // a 类/款/项 header word sharing the cell
                else name.append(t);
                box = box == null ? cell.box() : box.union(cell.box());
                any = true;
            } else if (role == ColumnRole.VALUE) {
                if (cell.row() != r || cell.col() != c) continue;
                String path = layout.paths().get(lc);
                BigDecimal v = Amounts.parse(t);
                if (!values.containsKey(path) || values.get(path) == null) values.put(path, v);
                if (v != null) {
                    any = true;
                    box = box == null ? cell.box() : box.union(cell.box());
                }
            }
        }
        if (!any) return null;
        String codeText = code.length() == 0 ? null : code.toString();
        String nameText = name.toString();
        for (String p : layout.columns()) {
            Block pb = null;
            for (int c = 0; c < layout.roles().size(); c++) if (p.equals(layout.paths().get(c))) pb = layout.blockOf(c);
            if (pb == b) values.putIfAbsent(p, null);
        }
        return new TableRow(codeText, nameText.isEmpty() ? null : nameText, Codes.level(codeText),
                layout.blocks().size() > 1 ? b.name() : null, values, grid.page(), box);
    }

    /**
     * Split code columns 类 | 款 | 项 where a row prints only its own segments (the 款 row 05 in the 款 column, the
     * 项 row 01 in the 项 column, or 40 | 01): the segments in the k-th code column onwards are the code's tail, and
     * its head is that of the last code above with the 2k+1 digits of the level above. Codes printed whole are kept.
     */
    static TableRow withCodePrefix(TableRow row, int start, List<TableRow> above) {
        if (start <= 0 || row.code() == null) return row;
        int head = 2 * start + 1;
        int len = head + row.code().length();
        if (len != 5 && len != 7) return row;
        for (int i = above.size() - 1; i >= 0; i--) {
            String c = above.get(i).code();
            if (c == null || c.length() < head || !Regexes.matches(c, "\\d+")) continue;
            String code = c.substring(0, head) + row.code();
            return new TableRow(code, row.name(), Codes.level(code), row.block(), row.values(), row.page(), row.box(), row.unit());
        }
        return row;
    }

    /** The ordinal, among the block's code columns, of the first one holding digits on row r; −1 when none or one column. */
    static int codeStart(CellGrid grid, GridCell[][] m, int r, Block b, TableLayout layout, int[] colMap) {
        int k = 0, found = -1;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int c = 0; c < grid.cols(); c++) {
            int lc = colMap[c];
            if (lc < 0 || !b.contains(lc) || layout.roles().get(lc) != ColumnRole.CODE || !seen.add(lc)) continue;
            GridCell cell = m[r][c];
            if (found < 0 && cell != null && cell.row() == r && cell.col() == c && cell.lastCol() == c
                    && Regexes.matches(cell.compact(), "\\d+")) found = k;
            k++;
        }
        return k > 1 ? found : -1;
    }

    private static int lastGridCol(int[] colMap, Block b) {
        int last = -1;
        for (int c = 0; c < colMap.length; c++) if (colMap[c] >= 0 && b.contains(colMap[c])) last = c;
        return last;
    }

    public static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
