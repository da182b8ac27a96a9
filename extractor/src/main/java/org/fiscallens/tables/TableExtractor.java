package org.fiscallens.tables;

import org.fiscallens.layout.PageLayout;
import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.parallel.ParallelMap;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;
import org.fiscallens.tables.grid.PageTables;
import org.fiscallens.tables.structure.HeaderRows;
import org.fiscallens.tables.structure.LayoutAnalyzer;
import org.fiscallens.tables.structure.RowReader;
import org.fiscallens.tables.structure.TableLayout;
import org.fiscallens.tables.typing.CaptionFinder;
import org.fiscallens.tables.typing.TableCaption;
import org.fiscallens.tables.typing.TableKinds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table stage: finds the grids of every page, reads each grid's header layout and caption, joins a
 * grid that continues the previous page's table (no title of its own, same columns; a repeated header
 * is dropped), and reads the rows into typed {@link Table}s.
 */
public final class TableExtractor {

    /** The detected tables with the page areas they cover (kept out of the narrative text). */
    public record Result(List<Table> tables, Map<Integer, List<Box>> areas) {}

    private TableExtractor() {}

    public static Result extract(List<PageLayout> pages, Set<Integer> skipPages) {
        return extract(pages, skipPages, 1);
    }

    /**
     * @param threads threads for finding the grids of the pages (each page's grids depend on that page only);
     *                the joining across pages and the reading of rows stay in page order
     */
    public static Result extract(List<PageLayout> pages, Set<Integer> skipPages, int threads) {
        List<List<CellGrid>> gridsOfPages = ParallelMap.map(pages, threads,
                page -> skipPages.contains(page.number()) ? List.<CellGrid>of() : PageTables.find(page));
        List<Pending> done = new ArrayList<>();
        Map<Integer, List<Box>> areas = new HashMap<>();
        Pending open = null;
        String orphan = null;
        for (int p = 0; p < pages.size(); p++) {
            PageLayout page = pages.get(p);
            if (skipPages.contains(page.number())) { orphan = null; continue; }
            List<CellGrid> grids = gridsOfPages.get(p);
            for (int i = 0; i < grids.size(); i++) {
                CellGrid g = grids.get(i);
                double above = i == 0 ? 0 : grids.get(i - 1).area().bottom();
                double below = i + 1 < grids.size() ? grids.get(i + 1).area().top() : page.height();
                TableCaption cap = CaptionFinder.find(page, g, above, below);
                if (i == 0 && cap.title() == null && orphan != null) cap = cap.withTitle(orphan);
                if (i == 0) orphan = null;
                TableLayout layout = LayoutAnalyzer.analyze(g);
                int[] map = null;
                boolean untitledOrSame = cap.title() == null || cap.title().equals(open == null ? null : open.caption.title());
                boolean follows = untitledOrSame && i == 0 && open != null && open.lastPage() == page.number() - 1;
                if (follows && open.titleOnly() && layout.headerRows() > 0 && layout.headerRows() < g.rows()) {
                    // The first page held only the table's title and caption rows inside the ruling; this page's grid
                    // has the header and the rows, so its header reads them (not the caption rows read as a header).
                    open = open.continuedBy(g, layout, cap);
                } else if (follows && ((map = ColumnMatcher.map(open.first, g)) != null
                        || cap.title() == null && layout.headerRows() == 0 && (map = ColumnMatcher.byCentre(open.first, g)) != null
                        || cap.title() != null && (map = sameHeader(open, g, layout)) != null)) {
                    open.add(g, map, cap, layout);
                } else {
                    if (open != null) done.add(open);
                    open = new Pending(g, layout, cap);
                }
            }
            // A title left at the foot of the page names the table that starts on the next page.
            orphan = CaptionFinder.orphanTitle(page, grids.isEmpty() ? 0 : grids.get(grids.size() - 1).area().bottom());
        }
        if (open != null) done.add(open);
        List<Table> tables = new ArrayList<>();
        for (Pending p : done) {
            Table t = p.toTable();
            // A ruled box with neither a table title nor a single figure is not a table (a frame, a contents grid).
            boolean phantom = t.title() == null && TableKinds.OTHER.equals(t.kind()) && t.rows().isEmpty();
            // Without rulings only a table that names itself as a standard table is trusted: aligned prose is not a table.
            if ("stream".equals(t.method()) && TableKinds.OTHER.equals(t.kind())) phantom = true;
            if (phantom) continue;
            tables.add(t);
            for (CellGrid g : p.leading) areas.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g.area());
            for (CellGrid g : p.grids) areas.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g.area());
        }
        return new Result(tables, areas);
    }

    /**
     * A continuation that repeats the title and the whole header but is drawn in another frame (the page scaled or
     * shifted, so no rule lines up): the same number of columns with the same roles and header paths, and a body
     * that does not open on a 合计/总计 line (a table of its own under the same title opens on its total). Never for
     * performance forms (one per project under one title). Column for column, or null.
     */
    static int[] sameHeader(Pending open, CellGrid g, TableLayout own) {
        // a performance form is one per project, each under the same title and header: never a continuation by header
        if (TableKinds.classify(open.caption.title(), open.headerText()).startsWith("performance")) return null;
        if (own.headerRows() == 0 || g.cols() != open.first.cols() || !own.roles().equals(open.layout.roles())
                || !own.paths().equals(open.layout.paths())) return null;
        GridCell[][] m = g.matrix();
        int r = own.headerRows();
        while (r < g.rows() && HeaderRows.isIndexRow(g, m, r)) r++;
        if (r >= g.rows()) return null;
        for (int c = 0; c < g.cols(); c++) {
            GridCell cell = m[r][c];
            if (cell != null && org.fiscallens.layout.Regexes.matches(cell.compact(), "(本年)?(收入|支出)?(合计|总计)[:：]?")) return null;
        }
        return RowReader.identity(g.cols());
    }

    /** A table being assembled from one or more page grids. */
    static final class Pending {
        final CellGrid first;
        final TableLayout layout;
        final TableCaption caption;
        final List<CellGrid> grids = new ArrayList<>();
        final List<int[]> maps = new ArrayList<>();
        final List<Integer> firstRows = new ArrayList<>();
        String note;

        Pending(CellGrid g, TableLayout layout, TableCaption caption) {
            this.first = g;
            this.layout = layout;
            this.caption = caption;
            this.note = caption.note();
            grids.add(g);
            maps.add(RowReader.identity(g.cols()));
            firstRows.add(layout.headerRows());
        }

        /** Grids before {@link #first} that hold only the title and caption rows (pages and cells kept, no rows read). */
        final List<CellGrid> leading = new ArrayList<>();

        int lastPage() { return grids.get(grids.size() - 1).page(); }

        /** One grid with no row below its header: a title and caption block at the foot of a page. */
        boolean titleOnly() {
            if (grids.size() != 1 || layout.headerRows() < first.rows()) return false;
            // every filled cell is the title across the grid or part of the caption row (部门：… 单位：…)
            for (GridCell c : first.cells()) {
                if (c.isEmpty()) continue;
                boolean title = c.col() == 0 && c.lastCol() == first.cols() - 1;
                if (!title && !layout.skipRows().contains(c.row())) return false;
            }
            return true;
        }

        /** The table restarted from {@code g}, this title-only grid leading it; its caption kept where {@code g} has none. */
        Pending continuedBy(CellGrid g, TableLayout own, TableCaption cap) {
            TableCaption merged = new TableCaption(cap.title() != null ? cap.title() : caption.title(),
                    cap.unit() != null ? cap.unit() : caption.unit(), cap.note() != null ? cap.note() : caption.note());
            Pending p = new Pending(g, own, merged);
            p.leading.addAll(leading);
            p.leading.add(first);
            return p;
        }

        void add(CellGrid g, int[] map, TableCaption cap, TableLayout own) {
            grids.add(g);
            maps.add(map);
            firstRows.add(repeatedHeaderRows(g, own));
            if (cap.note() != null) note = cap.note();
        }

        /** Rows at the top of a continuation grid that repeat the first page's header. */
        int repeatedHeaderRows(CellGrid g, TableLayout own) {
            Set<String> header = new HashSet<>();
            for (GridCell c : first.cells()) if (c.row() < layout.headerRows() && !c.isEmpty()) header.add(c.compact());
            GridCell[][] m = g.matrix();
            int k = 0;
            for (; k < g.rows(); k++) {
                boolean onlyHeader = true;
                for (int c = 0; c < g.cols(); c++) {
                    GridCell cell = m[k][c];
                    if (cell != null && cell.row() == k && !cell.isEmpty() && !header.contains(cell.compact())
                            && !org.fiscallens.tables.structure.LayoutAnalyzer.isCaption(cell.compact())) onlyHeader = false;
                }
                if (!onlyHeader && !HeaderRows.isIndexRow(g, m, k)) break;
            }
            return k;
        }

        Table toTable() {
            String header = headerText();
            String kind = TableKinds.classify(caption.title(), header);
            List<List<TableRow>> blocks = new ArrayList<>();
            for (int i = 0; i < layout.blocks().size(); i++) blocks.add(new ArrayList<>());
            List<Cell> cells = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            int rowOffset = 0;
            for (CellGrid g : leading) {
                pages.add(g.page());
                for (GridCell c : g.cells()) {
                    cells.add(new Cell(c.row() + rowOffset, c.col(), c.rowSpan(), c.colSpan(), c.text(), g.page(), c.box()));
                }
                rowOffset += g.rows();
            }
            boolean ocr = false; // any cell read by OCR: the table is read from an image
            for (int i = 0; i < grids.size(); i++) {
                CellGrid g = grids.get(i);
                pages.add(g.page());
                Set<Integer> skip = new HashSet<>();
                GridCell[][] m = g.matrix();
                for (int r = 0; r < g.rows(); r++) if (HeaderRows.isIndexRow(g, m, r) || isNoteRow(g, r)) skip.add(r);
                if (!kind.startsWith("performance")) {
                    List<List<TableRow>> read = RowReader.read(g, layout, maps.get(i), firstRows.get(i), skip, blocks);
                    for (int b = 0; b < read.size(); b++) {
                        List<TableRow> part = read.get(b);
                        // a continuation page that repeats the table's 合计 line under its repeated header: not a second row
                        if (i > 0 && !part.isEmpty() && repeatsTotal(blocks.get(b), part.get(0))) part = part.subList(1, part.size());
                        blocks.get(b).addAll(part);
                    }
                }
                for (GridCell c : g.cells()) {
                    if (c.confidence() != null) {
                        ocr = true;
                        cells.add(Cell.ocr(c.row() + rowOffset, c.col(), c.rowSpan(), c.colSpan(), c.text(), g.page(), c.box(), c.confidence(), c.ocrText()));
                    } else {
                        cells.add(new Cell(c.row() + rowOffset, c.col(), c.rowSpan(), c.colSpan(), c.text(), g.page(), c.box()));
                    }
                }
                rowOffset += g.rows();
            }
            List<TableRow> rows = new ArrayList<>();
            blocks.forEach(rows::addAll);
            rows = org.fiscallens.tables.structure.UnitBlocks.assign(rows);
            rows = org.fiscallens.tables.structure.RowRepairs.foldCentredFigures(rows);
            // An empty table (…故本表无数据) keeps its grid of labels but has no rows.
            boolean anyValue = rows.stream().anyMatch(r -> r.code() != null || r.values().values().stream().anyMatch(java.util.Objects::nonNull));
            if (!anyValue) rows = List.of();
            // …unless it prints a blank body line under its header (an emptied table): that line is its row
            if (rows.isEmpty() && !kind.startsWith("performance")) {
                TableRow blank = org.fiscallens.tables.structure.RowRepairs.blankBody(cells, layout.columns());
                if (blank != null) rows = List.of(blank);
            }
            return new Table(kind, caption.title(), caption.unit(), pages.stream().distinct().toList(), first.method(),
                    layout.columns(), rows, note, cells, ocr ? "ocr" : null);
        }

        /** The row is a codeless 合计/总计 line equal (name and every value) to one the table already has. */
        static boolean repeatsTotal(List<TableRow> earlier, TableRow r) {
            if (r.code() != null && !r.code().isEmpty() || r.name() == null) return false;
            String n = org.fiscallens.layout.Chars.compact(r.name());
            if (!org.fiscallens.layout.Regexes.matches(n, "(本年)?(收入|支出)?(合计|总计)[:：]?")) return false;
            for (TableRow e : earlier) {
                if (e.name() != null && org.fiscallens.layout.Chars.compact(e.name()).equals(n) && (e.code() == null || e.code().isEmpty())
                        && e.values().equals(r.values())) return true;
            }
            return false;
        }

        boolean isNoteRow(CellGrid g, int r) {
            for (GridCell c : g.cells()) {
                if (c.row() == r && c.colSpan() >= Math.max(2, g.cols() - 1)) {
                    String t = c.compact();
                    if (t.startsWith("注") || t.startsWith("说明") || t.contains("本表无数据")) {
                        if (note == null) note = t;
                        return true;
                    }
                }
            }
            return false;
        }

        String headerText() {
            StringBuilder sb = new StringBuilder();
            for (GridCell c : first.cells()) sb.append(c.compact()).append(' ');
            return sb.toString();
        }
    }
}
