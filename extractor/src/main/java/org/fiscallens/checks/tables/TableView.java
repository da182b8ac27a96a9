package org.fiscallens.checks.tables;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A typed table read by header words and row names, never by position, its rows as the model holds them. A row
 * that exists with a blank cell reads as 0 (printed blank, "-", "—"); a row or column that is not there reads as
 * null, and a check that needs it is skipped.
 */
public final class TableView {
    private final Table table;
    private final Unit unit;
    private final List<TableRow> rows;
    private final List<TableRow> own;

    public TableView(Table table) {
        this.table = table;
        Unit u = Unit.parse(table.unit());
        this.unit = u == null ? Unit.WAN : u;
        // rows as the model holds them: a wrapped name's centred figure is already folded into its row and an emptied
        // table's blank body line is already a row (tables.structure.RowRepairs), so the JSON shows what is checked
        this.rows = table.rows();
        this.own = rows.stream().filter(r -> r.unit() == null).toList();
    }

    public Table table() { return table; }
    public Unit unit() { return unit; }
    public String label() { return table.title() != null ? table.title() : table.kind(); }

    /**
     * The rows that state the table's own (department-level) figures: in a table of one block per subordinate
     * unit, the rows inside a unit's block are that unit's figures, not the department's, and are left out (a
     * lookup by code or name would otherwise take the first unit's row for the department's); see {@link #everyRow}.
     */
    public List<TableRow> rows() { return own; }

    public List<TableRow> rows(String block) {
        String b = resolve(block);
        return own.stream().filter(r -> b == null || b.equals(r.block())).toList();
    }

    /** Every row of the block as printed, the rows of each unit's block included (for the table's own identities). */
    public List<TableRow> everyRow(String block) {
        String b = resolve(block);
        return rows.stream().filter(r -> b == null || b.equals(r.block())).toList();
    }

    /**
     * The block a name stands for: itself, or where the table has no block of that name but column groups under
     * that banner (支出/支出功能分类科目 | 支出/部门经济分类科目 …), the first of them, never their union.
     */
    String resolve(String block) {
        if (block == null) return null;
        String first = null;
        for (TableRow r : rows) {
            if (block.equals(r.block())) return block;
            if (first == null && r.block() != null && r.block().startsWith(block + "/")) first = r.block();
        }
        return first == null ? block : first;
    }

    /** The blocks in order (null for a single-block table). */
    public List<String> blocks() {
        Set<String> b = new LinkedHashSet<>();
        for (TableRow r : rows) b.add(r.block());
        return new ArrayList<>(b);
    }

    /** Column paths of a block (the union of the value keys of its rows, in order). */
    public List<String> columns(String block) {
        Set<String> c = new LinkedHashSet<>();
        for (TableRow r : everyRow(block)) c.addAll(r.values().keySet());
        return new ArrayList<>(c);
    }

    /**
     * The column of the block whose header path's leaf (or whole path) equals one of {@code names} after
     * normalisation; among several, the one of the current year rather than a comparison column (2026年预算数/合计
     * rather than 2025年预算数/合计, 当年/合计 rather than 上年/合计); null when none or still ambiguous.
     */
    public String column(String block, String... names) {
        List<String> hits = new ArrayList<>();
        for (String c : columns(block)) {
            String leaf = c.contains("/") ? c.substring(c.lastIndexOf('/') + 1) : c;
            for (String n : names) {
                if (Names.same(leaf, n) || Names.same(c, n)) { hits.add(c); break; }
            }
        }
        if (hits.size() > 1) hits = current(block, hits);
        return hits.size() == 1 ? hits.get(0) : null;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(20\\d{2})年");
    /** A header segment naming the previous year or the change from it (上年, 上年预算数, 增减变化情况, 比上年增减 …). */
    private static final java.util.regex.Pattern PRIOR_SEGMENT =
            java.util.regex.Pattern.compile("(上年|上年度|去年)(预算|决算|执行)?(数|额)?|(比上年)?增减.*|.*变化情况|.*变动(情况|额|率)?");

    /**
     * Whether a column is a comparison beside the block's current figures: its header path names an earlier
     * year than the block's latest (2025年预算数 beside 2026年预算数), the previous year (上年 beside 当年), or
     * the change between them. 上年结转 is a current figure (carried into this year), not a comparison.
     */
    public boolean isComparison(String block, String column) {
        if (column == null) return false;
        int latest = -1;
        for (String c : columns(block)) latest = Math.max(latest, latestYear(c));
        for (String seg : column.split("/")) {
            String n = Names.norm(seg);
            if (PRIOR_SEGMENT.matcher(n).matches()) return true;
            java.util.regex.Matcher m = YEAR.matcher(n);
            if (m.lookingAt() && Integer.parseInt(m.group(1)) < latest) return true;
        }
        return false;
    }

    private static int latestYear(String path) {
        int y = -1;
        java.util.regex.Matcher m = YEAR.matcher(path);
        while (m.find()) y = Math.max(y, Integer.parseInt(m.group(1)));
        return y;
    }

    /** The hits that are the block's current figures, when some of them are comparison columns and some not. */
    private List<String> current(String block, List<String> hits) {
        List<String> cur = hits.stream().filter(c -> !isComparison(block, c)).toList();
        return cur.isEmpty() ? hits : cur;
    }

    /**
     * Columns whose path contains all the given words (normalised); unless the words name a year or the previous
     * year, the block's comparison columns (see {@link #isComparison}) are left out where current ones match.
     */
    public List<String> columnsWith(String block, String... words) {
        List<String> out = new ArrayList<>();
        for (String c : columns(block)) {
            String n = Names.norm(c);
            boolean all = true;
            for (String w : words) if (!n.contains(Names.norm(w))) { all = false; break; }
            if (all) out.add(c);
        }
        // asked for a current figure (no year or 上年 among the words), a comparison column is not one
        boolean asksComparison = false;
        for (String w : words) if (YEAR.matcher(w).find() || PRIOR_SEGMENT.matcher(Names.norm(w)).matches()) asksComparison = true;
        return asksComparison || out.size() < 2 ? out : current(block, out);
    }

    /** The single value column of a block (T1's 决算数), or null when there are several. */
    public String onlyColumn(String block) {
        List<String> c = columns(block);
        return c.size() == 1 ? c.get(0) : null;
    }

    /** The first row of the block whose normalised name equals one of the names. */
    public TableRow row(String block, String... names) {
        return find(block, r -> {
            for (String n : names) if (Names.same(r.name(), n)) return true;
            return false;
        });
    }

    public TableRow rowByCode(String block, String code) {
        return find(block, r -> code.equals(r.code()));
    }

    public TableRow find(String block, Predicate<TableRow> p) {
        for (TableRow r : rows(block)) if (p.test(r)) return r;
        return null;
    }

    /** The cell as a printed amount (blank → 0.00), or null when the row does not carry the column. */
    public Amount value(TableRow row, String column) {
        if (row == null || column == null || !row.values().containsKey(column)) {
            if (row != null && column != null && columns(row.block()).contains(column)) return Amount.of(new BigDecimal("0.00"), unit);
            return null;
        }
        BigDecimal v = row.values().get(column);
        return Amount.of(v == null ? new BigDecimal("0.00") : v, unit);
    }

    /** True when no row carries any non-zero value. */
    public boolean isEmpty() {
        for (TableRow r : rows) for (BigDecimal v : r.values().values()) if (v != null && v.signum() != 0) return false;
        return true;
    }

    public Evidence evidence(TableRow row, String column) {
        Amount a = value(row, column);
        // a blank cell (read as 0 by an emptied table's rule) is quoted as blank, never as a printed "0.00"
        boolean blank = column != null && row.values().get(column) == null;
        String name = row.name() == null ? "" : row.name();
        String quote = name + " " + (blank ? "（空白）" : a == null ? "" : a.value().toPlainString());
        String code = row.code() != null && !row.code().isEmpty() ? row.code() : "";
        String label = (code + " " + name).strip();
        Evidence e = new Evidence(row.page() > 0 ? row.page() : firstPage(), quote.strip(), row.box(), label(),
                label.isEmpty() ? null : label, column);
        org.fiscallens.model.Box[] at = CellBoxes.find(table, row, column);
        return at == null ? e : e.withCell(at[0], at[1]);
    }

    public int firstPage() { return table.pages().isEmpty() ? 0 : table.pages().get(0); }

    public static boolean hasValue(Map<String, BigDecimal> values) {
        for (BigDecimal v : values.values()) if (v != null) return true;
        return false;
    }
}
