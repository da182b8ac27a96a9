package org.fiscallens.tables.structure;

import org.fiscallens.layout.Regexes;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the header of a grid: column roles from header words (编码/类/款/项 → code, 名称/项目 → name,
 * 行次 → index, else value; corrected by what the body holds), side-by-side blocks (a label column after a
 * value column starts a new block), block banners, and each value column's header path.
 */
public final class LayoutAnalyzer {
    private LayoutAnalyzer() {}

    public static TableLayout analyze(CellGrid grid) {
        GridCell[][] m = grid.matrix();
        int rows = grid.rows(), cols = grid.cols();
        int h = HeaderRows.count(grid);
        List<Integer> skip = new ArrayList<>();
        for (int r = 0; r < rows; r++) if (HeaderRows.isIndexRow(grid, m, r)) skip.add(r);
        List<Integer> captions = new ArrayList<>();
        for (int r = 0; r < h; r++) if (isCaptionRow(grid, m, r) && !skip.contains(r)) captions.add(r);
        // A caption cell can start a row higher (the entity name merged over two rows beside 部门：).
        for (int r = 0; r < h; r++) if (!captions.contains(r) && !skip.contains(r) && spansIntoCaption(grid, m, r, captions)) captions.add(r);
        skip.addAll(captions);

        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < cols; c++) roles.add(roleFromHeader(headerCells(m, h, skip, c, cols)));
        boolean anyHeaderRole = roles.stream().anyMatch(x -> x != ColumnRole.VALUE);
        for (int c = 0; c < cols; c++) {
            int[] k = bodyKinds(m, h, skip, c, rows);
            int codes = k[0], numbers = k[1], text = k[2];
            ColumnRole role = roles.get(c);
            if (role == ColumnRole.VALUE && text > numbers && text > codes && text >= 1) roles.set(c, ColumnRole.NAME);
            else if (role == ColumnRole.VALUE && !anyHeaderRole && k[3] > 1 && k[3] >= numbers && k[3] >= text) roles.set(c, ColumnRole.CODE);
            // a column headed 编码 holds figures only when they are printed as amounts (a 6-digit 单位编码 is a code)
            else if (role == ColumnRole.CODE && k[4] > codes + text && k[4] > 2) roles.set(c, ColumnRole.VALUE);
        }

        for (int c = 0; c < cols; c++) {
            boolean any = false;
            for (int r = 0; r < rows && !any; r++) { GridCell cell = m[r][c]; any = cell != null && cell.col() == c && !cell.isEmpty(); }
            // a column that only the title across the grid or the caption row drawn inside it (部门：… from the left
            // edge) reach into has no header and no figure of its own
            boolean covered = false;
            for (int r = 0; r < rows && !covered; r++) {
                GridCell cell = m[r][c];
                covered = cell != null && !cell.isEmpty() && !skip.contains(r) && !(cell.col() == 0 && cell.lastCol() == cols - 1 && cols > 1);
            }
            if ((!any || !covered) && roles.get(c) == ColumnRole.VALUE) roles.set(c, ColumnRole.INDEX); // an empty sliver column
        }

        List<Block> raw = new ArrayList<>();
        int start = 0;
        ColumnRole prev = null;
        for (int c = 0; c < cols; c++) {
            ColumnRole r = roles.get(c);
            if (r == ColumnRole.INDEX) continue;
            if ((r == ColumnRole.CODE || r == ColumnRole.NAME) && prev == ColumnRole.VALUE) {
                raw.add(new Block(null, start, c - 1));
                start = c;
            }
            prev = r;
        }
        raw.add(new Block(null, start, cols - 1));
        List<Block> blocks = new ArrayList<>();
        if (raw.size() == 1) {
            blocks.add(raw.get(0));
        } else {
            List<String> names = new ArrayList<>();
            for (Block b : raw) names.add(banner(m, h, skip, roles, b, cols));
            // Several column groups under one banner (支出 over 功能分类 | 部门经济分类 | 政府经济分类, each with its
            // own label and amount columns) are told apart by their own heading: the path down to the group.
            List<String> banners = List.copyOf(names.stream().map(n -> n == null ? "" : n).toList());
            for (int i = 0; i < raw.size(); i++) {
                if (names.get(i) == null || java.util.Collections.frequency(banners, names.get(i)) < 2) continue;
                String own = ownHeading(m, h, skip, roles, raw.get(i), cols);
                if (own != null) names.set(i, names.get(i) + "/" + own);
            }
            for (int i = 0; i < raw.size(); i++) {
                String n = names.get(i);
                boolean unique = n != null && java.util.Collections.frequency(names, n) == 1;
                // groups under one banner without headings of their own: the banner and their place
                String name = unique ? n : n != null ? n + "/" + (i + 1) : String.valueOf(i + 1);
                blocks.add(new Block(name, raw.get(i).from(), raw.get(i).to()));
            }
        }

        List<String> paths = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            if (roles.get(c) != ColumnRole.VALUE) { paths.add(null); continue; }
            Block b = null;
            for (Block x : blocks) if (x.contains(c)) b = x;
            List<String> parts = new ArrayList<>();
            for (GridCell cell : headerCells(m, h, skip, c, cols)) {
                if (cell.isEmpty()) continue;
                boolean banner = false;
                for (int k = cell.col(); k <= cell.lastCol() && k < cols; k++) {
                    if (roles.get(k) == ColumnRole.CODE || roles.get(k) == ColumnRole.NAME) banner = true;
                }
                if (b != null && (cell.col() < b.from() || cell.lastCol() > b.to())) banner = true;
                if (!banner) parts.add(cell.compact());
            }
            paths.add(parts.isEmpty() ? "金额" : String.join("/", parts));
        }
        return new TableLayout(h, skip, roles, blocks, paths);
    }

    /** The printed columns of a block: without the empty sliver columns at its edges. */
    static int[] printed(List<ColumnRole> roles, Block b) {
        int from = b.from(), to = b.to();
        while (from < to && roles.get(from) == ColumnRole.INDEX) from++;
        while (to > from && roles.get(to) == ColumnRole.INDEX) to--;
        return new int[]{from, to};
    }

    /** Whether a header cell spans every printed column of the grid (a title row, not a banner). */
    static boolean spansAll(GridCell cell, List<ColumnRole> roles, int cols) {
        int first = 0, last = cols - 1;
        while (first < last && roles.get(first) == ColumnRole.INDEX) first++;
        while (last > first && roles.get(last) == ColumnRole.INDEX) last--;
        return cols > 1 && cell.col() <= first && cell.lastCol() >= last;
    }

    /** The banners printed over a whole block (收入, 支出, 支出/功能分类), top to bottom; null when none. */
    static String banner(GridCell[][] m, int h, List<Integer> skip, List<ColumnRole> roles, Block b, int cols) {
        int[] p = printed(roles, b);
        List<String> banners = new ArrayList<>();
        Set<GridCell> seen = new LinkedHashSet<>();
        for (int r = 0; r < h; r++) {
            GridCell cell = m[r][p[0]];
            if (cell == null || skip.contains(r) || !seen.add(cell)) continue;
            if (cell.col() <= p[0] && cell.lastCol() >= p[1] && !spansAll(cell, roles, cols)
                    && !cell.isEmpty() && !isCaption(cell.compact())) banners.add(cell.compact());
        }
        return banners.isEmpty() ? null : String.join("/", banners);
    }

    /** A block's own heading: the header of its first label column, below any banner; null when none. */
    static String ownHeading(GridCell[][] m, int h, List<Integer> skip, List<ColumnRole> roles, Block b, int cols) {
        int[] p = printed(roles, b);
        int label = -1;
        for (int c = p[0]; c <= p[1] && label < 0; c++) if (roles.get(c) == ColumnRole.CODE || roles.get(c) == ColumnRole.NAME) label = c;
        if (label < 0) return null;
        List<String> parts = new ArrayList<>();
        for (GridCell cell : headerCells(m, h, skip, label, cols)) {
            if (cell.isEmpty() || cell.col() < p[0] || cell.lastCol() > p[1] || cell.col() <= p[0] && cell.lastCol() >= p[1] && label != p[0]) continue;
            parts.add(cell.compact());
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** Distinct header cells over column c, top to bottom, without 栏次 rows and full-width title rows. */
    static List<GridCell> headerCells(GridCell[][] m, int h, List<Integer> skip, int c, int cols) {
        Set<GridCell> out = new LinkedHashSet<>();
        for (int r = 0; r < h; r++) {
            if (skip.contains(r)) continue;
            GridCell cell = m[r][c];
            if (cell == null) continue;
            if (cell.col() == 0 && cell.lastCol() == cols - 1 && cols > 1) continue;
            if (isCaption(cell.compact())) continue;
            out.add(cell);
        }
        return new ArrayList<>(out);
    }

    /**
     * A row of the caption drawn inside the grid, split over cells: 部门： | 江苏省…办公厅 | 单位：万元. Its entity
     * name is not a column header (else every column path would start with it and differ between documents).
     */
    static boolean isCaptionRow(CellGrid grid, GridCell[][] m, int r) {
        boolean label = false;
        for (int c = 0; c < grid.cols(); c++) {
            GridCell cell = m[r][c];
            if (cell == null || cell.row() != r || cell.col() != c || cell.isEmpty()) continue;
            if (cell.rowSpan() > 1) return false;
            String t = cell.compact();
            if (Amounts.isAmountOrDash(t)) return false;
            if (Regexes.matches(t, "^(编制|预算|主管)?(部门|单位|预算单位|编制单位|部门名称|单位名称)[:：].*")) label = true;
        }
        return label;
    }

    /** Whether every filled cell starting on row r reaches down into a caption row (and there is one). */
    static boolean spansIntoCaption(CellGrid grid, GridCell[][] m, int r, List<Integer> captions) {
        boolean any = false;
        for (int c = 0; c < grid.cols(); c++) {
            GridCell cell = m[r][c];
            if (cell == null || cell.row() != r || cell.col() != c || cell.isEmpty()) continue;
            boolean reaches = false;
            for (int k : captions) if (k > r && k <= cell.lastRow()) reaches = true;
            if (!reaches) return false;
            any = true;
        }
        return any;
    }

    /** Text printed inside the grid that belongs to the caption: 部门：…, 单位：…, a table label or title. */
    public static boolean isCaption(String t) {
        return Regexes.matches(t, "^(编制)?(部门|单位|预算单位|编制单位|金额单位)[:：].*") || Regexes.matches(t, ".*单位[:：](万元|元|亿元)$")
                || Regexes.matches(t, "^公开\\d+表.*") || Regexes.matches(t, "^(表|附表)[一二三四五六七八九十\\d]+$") || t.endsWith("表") && t.length() > 5;
    }

    static ColumnRole roleFromHeader(List<GridCell> header) {
        boolean name = false;
        for (GridCell cell : header) {
            String t = cell.compact();
            if (t.contains("行次") || t.contains("栏次")) return ColumnRole.INDEX;
            if (t.contains("编码") || t.contains("代码") || t.contains("编号") || t.equals("类") || t.equals("款") || t.equals("项")) return ColumnRole.CODE;
            if (t.endsWith("名称") || t.equals("项目") || t.equals("科目") || Regexes.matches(t, "(收入|支出)?项目(名称)?") || t.contains("科目名称")
                    || Regexes.matches(t, ".*分类科目([（(].*[)）])?")) name = true; // 支出功能分类科目（按大类）
        }
        return name ? ColumnRole.NAME : ColumnRole.VALUE;
    }

    /** Counts of body cells in column c that look like codes, figures, other text, whole codes, and amounts printed as such. */
    static int[] bodyKinds(GridCell[][] m, int h, List<Integer> skip, int c, int rows) {
        int codes = 0, numbers = 0, text = 0, whole = 0, formatted = 0;
        for (int r = h; r < rows; r++) {
            if (skip.contains(r)) continue;
            GridCell cell = m[r][c];
            if (cell == null || cell.row() != r || cell.col() != c || cell.isEmpty()) continue;
            String t = cell.compact();
            if (Codes.isWholeCode(t)) whole++;
            if (Codes.isWholeCode(t) || Regexes.matches(t, "\\d{2}|[类款项]")) codes++;
            else if (Amounts.isAmountOrDash(t)) numbers++;
            else text++;
            if (Amounts.isFormattedAmount(t)) formatted++;
        }
        return new int[]{codes, numbers, text, whole, formatted};
    }
}
