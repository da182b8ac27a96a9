package org.fiscallens.checks.report;

import org.fiscallens.model.Fact;
import org.fiscallens.model.Table;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.TieSummary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The auditor's view of a document's tie-out in `fiscal check`: the closing count (figures agree / contradict /
 * untied) and, with --tickmarks, every narrative figure with its mark (✓ agrees, ✗ contradicts, ○ untied), page,
 * quote, value and the sources it was tied to.
 */
public final class TickMarks {
    private static final int QUOTE_CHARS = 32;

    private TickMarks() {}

    /** The mark of a status: ✓ agrees, ✗ contradicts, ○ untied. */
    public static String mark(Tie.Status s) {
        return switch (s) {
            case AGREES -> "✓";
            case CONTRADICTS -> "✗";
            case UNTIED -> "○";
        };
    }

    /** The closing line of a document's report: its figures and how many agree, contradict, are untied. */
    public static String summaryLine(TieSummary s) {
        StringBuilder b = new StringBuilder("-- 勾稽 (tie-out): ").append(s.figures()).append(" 个数字 (figures): ")
                .append(s.agrees()).append(" ✓ 相符 (agree), ")
                .append(s.contradicts()).append(" ✗ 矛盾 (contradict), ")
                .append(s.untied()).append(" ○ 未勾稽 (untied)");
        if (s.untied() > 0) b.append("，其中 ").append(s.noSubject()).append(" 个无可勾稽的主体 (no claim subject)");
        if (s.figures() > 0 && s.tied() == 0) b.append("\n   没有一个数字得到勾稽：无错误不等于已核对 (no figure could be tied: no error does not mean checked)");
        return b.append('\n').toString();
    }

    /** Every figure with its mark, page, short quote, value and sources, in the order of {@code facts[]}. */
    public static String render(List<Fact> facts, List<Table> tables) {
        StringBuilder b = new StringBuilder("\n[TICKMARKS] ✓ 相符 agrees  ✗ 矛盾 contradicts  ○ 未勾稽 untied\n");
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Tie.Status status = TieSummary.status(f);
            b.append(String.format("%s #%-3d p.%-3d “%s”  %s", mark(status), i, f.page(), shortQuote(f), value(f)));
            if (status == Tie.Status.UNTIED && !TieSummary.hasSubject(f)) b.append("  (无主体 no claim subject)");
            b.append('\n');
            if (f.tie() != null) {
                for (TieSource s : f.tie().sources()) b.append("      ").append(s.agrees() ? "= " : "≠ ").append(source(s, facts, tables)).append('\n');
                if (f.tie().note() != null) b.append("      (").append(f.tie().note()).append(")\n");
            }
        }
        return b.toString();
    }

    /** The printed value and unit ("2035.69 万元"), or what the slot holds instead. */
    static String value(Fact f) {
        if (f.value() == null) return f.hasFlag("empty_value") ? "（空）(empty)" : "（无数值）(no value)";
        return f.value().toPlainString() + (f.unit() == null ? "" : " " + f.unit());
    }

    /**
     * The quote around the figure, at most {@value #QUOTE_CHARS} characters: the clause that holds the figure when
     * a cut is needed (cut at punctuation where there is some, … marking a cut).
     */
    static String shortQuote(Fact f) {
        String q = f.quote() == null ? "" : f.quote().strip().replace('\n', ' ');
        if (q.length() <= QUOTE_CHARS) return q;
        String v = f.value() == null ? null : f.value().toPlainString();
        int at = v == null ? -1 : q.indexOf(v);
        int after = at < 0 ? 0 : at + v.length();
        int end = Math.min(q.length(), Math.max(QUOTE_CHARS, after + 4));
        int start = Math.max(0, end - QUOTE_CHARS);
        // end at the first punctuation after the figure, start after the last one before it
        for (int i = Math.max(after, start); i < end; i++) if (PUNCT.indexOf(q.charAt(i)) >= 0) { end = i + 1; break; }
        if (start > 0) for (int i = (at < 0 ? end : at) - 1; i > start; i--) if (PUNCT.indexOf(q.charAt(i)) >= 0) { start = i + 1; break; }
        return (start > 0 ? "…" : "") + q.substring(start, end) + (end < q.length() ? "…" : "");
    }

    private static final String PUNCT = "，。；：、,;:";

    /**
     * A source in words: "T5 一般公共预算财政拨款支出表 p.8 行 208 社会保障和就业支出 列 本年支出/合计 = 2035.69",
     * "2390.8 × 85.15% ∈ [2035.58, 2035.80]", "fact #12 (p.5 2390.8 万元)".
     */
    public static String source(TieSource s, List<Fact> facts, List<Table> tables) {
        if (s instanceof TieSource.CellRef c) {
            StringBuilder b = new StringBuilder(table(c, tables)).append(" p.").append(c.page());
            String row = ((c.code() == null ? "" : c.code()) + " " + (c.row() == null ? "" : c.row())).strip();
            if (!row.isEmpty()) b.append(" 行 ").append(row);
            if (c.column() != null) b.append(" 列 ").append(c.column());
            b.append(" = ").append(c.value() == null ? "（空白）(blank)" : c.value().toPlainString());
            if (c.unit() != null && c.value() != null) b.append(' ').append(c.unit());
            return b.toString();
        }
        if (s instanceof TieSource.FactRef r) {
            String b = "fact #" + r.index();
            if (r.index() >= 0 && r.index() < facts.size()) {
                Fact o = facts.get(r.index());
                b += " (p." + o.page() + " " + value(o) + ")";
            }
            return b;
        }
        TieSource.Computed c = (TieSource.Computed) s;
        StringBuilder b = new StringBuilder(c.formula() == null ? "?" : c.formula());
        if (c.interval() != null && c.interval().size() == 2)
            b.append(" ∈ [").append(plain(c.interval().get(0))).append(", ").append(plain(c.interval().get(1))).append(']');
        if (c.operands() != null) {
            b.append("  (fact");
            for (Integer k : c.operands()) b.append(" #").append(k);
            b.append(')');
        }
        return b.toString();
    }

    private static String plain(BigDecimal d) { return d == null ? "?" : d.toPlainString(); }

    /**
     * The table a cell is in, by its number in {@code tables[]} (T1 is the first) and printed title: the table of
     * the cell's kind on the cell's page; the kind alone when the model holds no such table.
     */
    static String table(TieSource.CellRef c, List<Table> tables) {
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (c.tableKind() != null && c.tableKind().equals(t.kind()) && t.pages().contains(c.page()))
                return "T" + (i + 1) + (t.title() == null ? " " + t.kind() : " " + t.title());
        }
        return c.tableKind() == null ? "表" : c.tableKind();
    }
}
