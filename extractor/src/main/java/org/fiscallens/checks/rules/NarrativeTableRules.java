package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.CellResolver;

import java.util.List;

/**
 * Figures of the narrative against the tables (identities.tsv N-01..N-10), across units (元 tables, 万元 text): one
 * finding per fact whose tie-out contradicts a table cell ({@link CellResolver}: the table by subject and funds, the
 * row by 科目编码 or name, the column by measure). The rules read the ties; they have no reader of their own.
 */
public final class NarrativeTableRules implements Rule {
    static final String CAT = "narrative_table";
    public static final RuleInfo TOTALS = new RuleInfo("narr.table_totals", CAT, Severity.ERROR,
            "说明中的总量与表格一致：收入支出总计、本年收入/支出合计及各项收入（T1），财政拨款收入支出总计（T4），一般公共预算财政拨款支出及其基本支出（T5），基本/项目支出（T3），人员经费/公用经费及其科目（T6），政府性基金/国有资本经营收支（T7/T8），机关运行经费",
            "说明与表格是同一事实的两种表述（identities.tsv N-01..N-10）；由 tie-out 按主体、资金范围、口径找到表格单元格；跨单位按区间比较（万元文本对元表格）",
            "财政拨款收入支出总计0.3万元 vs 财政拨款收支总表总计 2961.68");
    public static final RuleInfo CLASSES = new RuleInfo("narr.table_classes", CAT, Severity.ERROR,
            "说明中各类、各款、各项（类/款/项）支出数与对应资金范围表格中同一科目（按编码或名称）一致",
            "identities.tsv N-06, N-07", "住房保障支出（类）445.69万元 = T5 221 合计 445.69");
    public static final RuleInfo THREE_PUBLIC = new RuleInfo("narr.table_three_public", CAT, Severity.ERROR,
            "“三公”经费及其各项的年初（全年）预算与支出决算（预算数）与“三公”经费表一致",
            "identities.tsv N-09", "说明“年初预算为0.95万元”而三公表为空（0）");

    @Override
    public List<RuleInfo> rules() { return List.of(TOTALS, CLASSES, THREE_PUBLIC); }

    @Override
    public void apply(CheckContext ctx) {
        if (ctx.tables().isEmpty()) return;
        for (Fact f : ctx.doc().facts()) {
            Tie tie = f.tie();
            if (tie == null || tie.status() != Tie.Status.CONTRADICTS) continue;
            for (TieSource s : tie.sources()) {
                if (!(s instanceof TieSource.CellRef ref) || ref.agrees()) continue;
                CellResolver.Found c = CellResolver.locate(ref, f, ctx.tables());
                if (c != null) report(ctx, f, c);
                break; // one finding per figure: the first cell it contradicts
            }
        }
    }

    /** Which rule a claim's subject falls under. */
    static RuleInfo rule(Claim c) {
        if (c == null || c.subject() == null) return TOTALS;
        if (c.subject().equals("class")) return CLASSES;
        if (c.subject().startsWith("three_public")) return THREE_PUBLIC;
        return TOTALS;
    }

    private static void report(CheckContext ctx, Fact f, CellResolver.Found c) {
        RuleInfo rule = rule(f.claim());
        boolean blank = c.row().values().get(c.column()) == null;
        String where = c.row().code() != null && !c.row().code().isEmpty() ? c.row().code() + " " + c.row().name()
                : c.row().name() == null || c.row().name().isBlank() ? c.column() : c.row().name();
        String label = f.subject() != null && !f.subject().isBlank() ? f.subject() : f.label();
        String message = "说明中“" + label + "”为" + c.stated() + "，《" + c.table().label() + "》“" + where + "”"
                + (where.equals(c.column()) ? "" : "“" + c.column() + "”") + "为"
                + (blank ? "空白（0）" : c.cell().value().toPlainString() + c.table().unit().label()) + truncationNote(c.stated(), c.cell());
        Evidence said = new Evidence(f.page(), f.quote(), f.box(), null, null, null);
        ctx.report(rule, severity(rule, c.stated(), c.cell()), message, c.verdict().explain(c.stated().toString()),
                List.of(said, c.table().evidence(c.row(), c.column())));
    }

    /**
     * The narrative figure is the table's cut (not rounded) to the text's decimals and unit (877,080 元 told as
     * 87.70 万元): a publishing convention (SPEC §6 truncation mode), reported as info, not as an error.
     */
    static boolean truncated(Amount stated, Amount cell) {
        return Calc.equal(stated, cell, stated.unit()).consistentIfTruncated(stated.value());
    }

    private static Severity severity(RuleInfo rule, Amount stated, Amount cell) {
        return truncated(stated, cell) ? Severity.INFO : rule.severity();
    }

    private static String truncationNote(Amount stated, Amount cell) {
        return truncated(stated, cell) ? "；与截断取值一致" : "";
    }
}
