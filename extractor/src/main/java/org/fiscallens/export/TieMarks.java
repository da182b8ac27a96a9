package org.fiscallens.export;

import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.fiscallens.export.HtmlReporter.esc;

/**
 * The tick marks of a document's workpaper, from the tie-out of its facts ({@code Fact.tie}): each narrative
 * figure's status (✓ agrees, ✗ contradicts, ○ untied) with its sources written out (the cell: table, page, row,
 * column, value; the other figure; the computation and its interval), and each table cell a tie names as a source,
 * with the figures it was tied to. A figure without a tie (a model written before the tie-out) that a finding
 * cites is shown as contradicting, with that finding as its source.
 *
 * <p>Element ids: {@code x-N} the figure {@code facts[N]}, {@code c-T-R-C} the cell of table T (index in
 * {@code tables[]}), row R, column C; {@code f-N} finding N (1-based), {@code page-N} a page.
 */
final class TieMarks {
    static final String AGREES = "agrees", CONTRADICTS = "contradicts", UNTIED = "untied";

    private final FiscalDocument doc;
    /** Per fact: its status and the finding (1-based, 0 none) that cites it. */
    private final String[] status;
    private final int[] citedBy;
    /** Cell key → the figures tied to it, and whether any of them disagrees. */
    private final Map<String, List<Integer>> cellFigures = new HashMap<>();
    private final Set<String> cellDisagrees = new java.util.HashSet<>();
    /** Cell key → its element id. */
    private final Map<String, String> cellIds = new HashMap<>();

    TieMarks(FiscalDocument doc) {
        this.doc = doc;
        List<Fact> facts = doc.facts();
        status = new String[facts.size()];
        citedBy = new int[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            citedBy[i] = citedBy(doc.findings(), f);
            status[i] = status(f.tie(), citedBy[i] > 0 && !isInfo(doc.findings().get(citedBy[i] - 1)));
            if (f.tie() == null) continue;
            for (TieSource s : f.tie().sources()) {
                if (!(s instanceof TieSource.CellRef c)) continue;
                for (String k : keys(c.tableKind(), c.page(), c.column(), c.row(), c.code())) {
                    cellFigures.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                    if (!c.agrees()) cellDisagrees.add(k);
                }
            }
        }
        List<Table> tables = doc.tables();
        for (int t = 0; t < tables.size(); t++) {
            Table tb = tables.get(t);
            for (int r = 0; r < tb.rows().size(); r++) {
                TableRow row = tb.rows().get(r);
                for (int c = 0; c < tb.columns().size(); c++) {
                    for (String k : keys(tb.kind(), row.page(), tb.columns().get(c), row.name(), row.code())) {
                        cellIds.putIfAbsent(k, cellId(t, r, c));
                    }
                }
            }
        }
    }

    private static boolean isInfo(Finding f) { return f.severity() == Severity.INFO; }

    /**
     * A figure's status: the tie-out's; where the tie-out has not run (no tie), ✗ when a warning or error cites the
     * figure, ○ otherwise.
     */
    static String status(Tie tie, boolean cited) {
        if (tie == null) return cited ? CONTRADICTS : UNTIED;
        return tie.status().id();
    }

    static String cellId(int table, int row, int column) { return "c-" + table + "-" + row + "-" + column; }

    /** The keys a cell is found by: its row's name, and its 科目编码 when it has one. */
    private static List<String> keys(String kind, int page, String column, String name, String code) {
        List<String> k = new ArrayList<>(2);
        String base = kind + "|" + page + "|" + column + "|";
        boolean coded = code != null && !code.isBlank();
        // a row with neither name nor code (the blank body line of an emptied table) is found as such
        if (name != null || !coded) k.add(base + "n:" + (name == null ? "" : org.fiscallens.layout.Chars.compact(name)));
        if (coded) k.add(base + "c:" + code);
        return k;
    }

    String status(int fact) { return status[fact]; }

    int citedBy(int fact) { return citedBy[fact]; }

    /** How many figures (on a page) have each status: agrees, contradicts, untied. */
    int[] summary() {
        int[] n = new int[3];
        for (int i = 0; i < status.length; i++) {
            if (doc.facts().get(i).page() <= 0) continue;
            switch (status[i]) {
                case AGREES -> n[0]++;
                case CONTRADICTS -> n[1]++;
                default -> n[2]++;
            }
        }
        return n;
    }

    /** The status of a table cell: ✗ when a finding cites it or a tie disagrees with it, ✓ when ties agree, else null. */
    String cellStatus(Table t, TableRow row, String column, boolean cited) {
        if (cited) return CONTRADICTS;
        boolean tied = false;
        for (String k : keys(t.kind(), row.page(), column, row.name(), row.code())) {
            if (cellDisagrees.contains(k)) return CONTRADICTS;
            tied |= cellFigures.containsKey(k);
        }
        return tied ? AGREES : null;
    }

    /** The figures tied to a cell, as element ids ("x-3 x-7"), or "" for none. */
    String cellFigureIds(Table t, TableRow row, String column) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String k : keys(t.kind(), row.page(), column, row.name(), row.code())) out.addAll(cellFigures.getOrDefault(k, List.of()));
        StringBuilder b = new StringBuilder();
        for (int i : out) b.append(b.length() > 0 ? " " : "").append("x-").append(i);
        return b.toString();
    }

    /** A figure as printed: its label, value and unit. */
    static String figureText(Fact f) {
        String label = f.label() != null ? f.label() : f.key() != null ? f.key() : "";
        return (label + " " + (f.value() == null ? "" : f.value().toPlainString()) + (f.unit() == null ? "" : f.unit())).strip();
    }

    /** The sources of figure {@code i} as HTML: one line each, with links to the other side. */
    String sourcesHtml(int i) {
        Fact f = doc.facts().get(i);
        StringBuilder h = new StringBuilder();
        Tie tie = f.tie();
        h.append("<span class=\"src-head\">").append(statusWord(status[i])).append(" · 第 ").append(f.page()).append(" 页");
        if (f.quote() != null) h.append(" · “").append(esc(f.quote())).append('”');
        h.append("</span>");
        if (tie != null) {
            for (TieSource s : tie.sources()) h.append("<span class=\"src-line\" data-agrees=\"").append(s.agrees()).append("\">")
                    .append(s.agrees() ? "✓ " : "✗ ").append(sourceHtml(s)).append("</span>");
            if (tie.note() != null) h.append("<span class=\"src-line\">").append(esc(tie.note())).append("</span>");
            if (tie.sources().isEmpty()) h.append("<span class=\"src-line\">未找到可比对的表格单元格、数字或计算：未核对（不等于正确）。</span>");
        } else {
            h.append("<span class=\"src-line\">尚无勾稽结果。</span>");
        }
        if (citedBy[i] > 0) {
            h.append("<span class=\"src-line\">发现 <a class=\"goto\" href=\"#f-").append(citedBy[i]).append("\">#").append(citedBy[i])
                    .append("</a>：").append(esc(doc.findings().get(citedBy[i] - 1).message())).append("</span>");
        }
        return h.toString();
    }

    /** The sources of figure {@code i} as plain text, for a hover title. */
    String sourcesText(int i) {
        Fact f = doc.facts().get(i);
        StringBuilder b = new StringBuilder(statusWord(status[i]));
        if (f.tie() != null) for (TieSource s : f.tie().sources()) b.append('\n').append(s.agrees() ? "✓ " : "✗ ").append(sourceText(s));
        if (citedBy[i] > 0) b.append("\n发现 #").append(citedBy[i]);
        return b.toString();
    }

    static String statusWord(String status) {
        return switch (status) {
            case AGREES -> "✓ 一致";
            case CONTRADICTS -> "✗ 矛盾";
            default -> "○ 未勾稽";
        };
    }

    private String sourceHtml(TieSource s) {
        if (s instanceof TieSource.CellRef c) {
            String id = null;
            for (String k : keys(c.tableKind(), c.page(), c.column(), c.row(), c.code())) if (id == null) id = cellIds.get(k);
            String text = esc(sourceText(s));
            return (id != null ? "<a class=\"goto\" href=\"#" + id + "\">" + text + "</a>" : text)
                    + " <a class=\"goto\" href=\"#page-" + c.page() + "\">第 " + c.page() + " 页</a>";
        }
        if (s instanceof TieSource.FactRef r) {
            return "<a class=\"goto\" href=\"#x-" + r.index() + "\">" + esc(sourceText(s)) + "</a>";
        }
        TieSource.Computed c = (TieSource.Computed) s;
        StringBuilder b = new StringBuilder(esc(sourceText(s)));
        if (c.operands() != null) {
            b.append("（数字");
            for (int op : c.operands()) b.append(" <a class=\"goto\" href=\"#x-").append(op).append("\">#").append(op).append("</a>");
            b.append('）');
        }
        return b.toString();
    }

    private String sourceText(TieSource s) {
        if (s instanceof TieSource.CellRef c) {
            StringBuilder b = new StringBuilder("单元格 《").append(tableTitle(c.tableKind(), c.page())).append("》 第 ").append(c.page()).append(" 页");
            String row = ((c.code() == null ? "" : c.code()) + " " + (c.row() == null ? "" : c.row())).strip();
            if (!row.isEmpty()) b.append(" · 行 ").append(row);
            if (c.column() != null) b.append(" · 列 ").append(c.column());
            b.append(" · 值 ").append(c.value() == null ? "空白" : c.value().toPlainString() + (c.unit() == null ? "" : c.unit()));
            return b.toString();
        }
        if (s instanceof TieSource.FactRef r) {
            if (r.index() < 0 || r.index() >= doc.facts().size()) return "文中数字 #" + r.index();
            Fact o = doc.facts().get(r.index());
            return "文中数字 #" + r.index() + " " + figureText(o) + "（第 " + o.page() + " 页）";
        }
        TieSource.Computed c = (TieSource.Computed) s;
        StringBuilder b = new StringBuilder("计算 ").append(c.formula() == null ? "" : c.formula());
        List<BigDecimal> iv = c.interval();
        if (iv != null && iv.size() == 2) b.append("，可取区间 [").append(iv.get(0).toPlainString()).append(", ").append(iv.get(1).toPlainString()).append(']');
        return b.toString();
    }

    /** A table's printed title by kind (the one on {@code page} when several), else the kind. */
    private String tableTitle(String kind, int page) {
        String any = null;
        for (Table t : doc.tables()) {
            if (kind == null || !kind.equals(t.kind())) continue;
            String title = t.title() != null ? t.title() : t.kind();
            if (t.pages().contains(page)) return title;
            if (any == null) any = title;
        }
        return any != null ? any : kind == null ? "" : kind;
    }

    /** The 1-based number of the first finding whose evidence lies on the fact's page over its box, or 0. */
    static int citedBy(List<Finding> all, Fact f) {
        for (int i = 0; i < all.size(); i++) {
            for (Evidence e : all.get(i).evidence()) {
                if (e.page() != f.page() || e.table() != null || e.box() == null || f.box() == null) continue;
                if (e.box().x0() < f.box().x1() && f.box().x0() < e.box().x1() && e.box().top() < f.box().bottom() && f.box().top() < e.box().bottom()
                        && e.quote() != null && f.quote() != null && f.value() != null
                        && (e.quote().contains(f.value().toPlainString()) || f.quote().contains(e.quote()))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
