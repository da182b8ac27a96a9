package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.CellResolver;
import org.fiscallens.tieout.Relations;
import org.fiscallens.tieout.Relations.Rel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        for (Contradiction c : contradictions(ctx)) report(ctx, c);
    }

    /** A figure that contradicts its cell: the fact's index, the rule of its subject and the cell found again. */
    record Contradiction(int index, Fact fact, RuleInfo rule, CellResolver.Found cell) {
        boolean error() { return severity(rule, cell.stated(), cell.cell()) == Severity.ERROR; }
    }

    /**
     * Every figure whose tie-out contradicts a cell of a readable table, with the first cell it contradicts (one
     * finding per figure). The figures that {@link TiedRates} computes relations from read the same list: a relation
     * contradicted through a figure that contradicts its cell is that figure's consequence, attached to its finding.
     */
    static List<Contradiction> contradictions(CheckContext ctx) {
        List<Contradiction> out = new ArrayList<>();
        if (ctx.tables().isEmpty()) return out;
        List<Fact> facts = ctx.doc().facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Tie tie = f.tie();
            if (tie == null || tie.status() != Tie.Status.CONTRADICTS) continue;
            for (TieSource s : tie.sources()) {
                if (!(s instanceof TieSource.CellRef ref) || ref.agrees()) continue;
                RuleInfo rule = rule(f.claim());
                CellResolver.Found c = rule == null ? null : CellResolver.locate(ref, f, ctx.tables());
                if (c != null && sure(f, c, facts)) out.add(new Contradiction(i, f, rule, c));
                break; // one finding per figure: the first cell it contradicts
            }
        }
        return out;
    }

    /**
     * Whether the contradiction is the report's and not the reading's: the figure agrees with no other cell of the same
     * row (else which column the sentence meant is in doubt: a summary table read across its two sides); it is not an
     * item listed under another figure whose items are not the tables' lines (机关运行经费其中：公务接待费2万元, the
     * running costs' share of the 三公 item), nor a figure of the performance-target section (涉及…其他资金: the funds
     * the targets cover); and a part of a whole that is the tables' 总计, carry-over included (收入预算515,665.27万元，
     * 其中：一般公共预算收入…), is not set against the year's own line.
     */
    static boolean sure(Fact f, CellResolver.Found c, List<Fact> facts) {
        for (java.util.Map.Entry<String, java.math.BigDecimal> e : c.row().values().entrySet()) {
            if (e.getKey().equals(c.column()) || e.getValue() == null || e.getValue().signum() == 0) continue;
            Amount other = c.table().value(c.row(), e.getKey());
            if (other != null && !Calc.equal(c.stated(), other, Unit.YUAN).inconsistent()) return false;
        }
        String title = f.sectionTitle() == null ? "" : org.fiscallens.checks.tables.Names.norm(f.sectionTitle());
        String subject = f.claim().subject();
        if (title.contains("绩效")) return false;
        if (!subject.startsWith("operating_costs") && title.contains("机关运行经费") && !title.contains("三公")) return false;
        if (subject.startsWith("income.") && withCarryOver(c)) return false;
        int at = facts.indexOf(f);
        Integer w = f.claim().whole();
        if (w != null && w >= 0 && w < facts.size()) {
            Claim wc = facts.get(w).claim();
            // the items of a figure the claims do not name, or of another named figure (机关运行经费其中：公务接待费)
            return wc != null && wc.subject() != null && listedUnder(subject, wc.subject());
        }
        // a list continued (涉及…一般公共预算当年拨款X万元，…，其他资金Y万元): its first figure's subject is the list's
        for (int j = at - 1; j >= 0 && j >= at - 3; j--) {
            Fact p = facts.get(j);
            if (p.page() != f.page() || !java.util.Objects.equals(p.section(), f.section())) break;
            if (p.claim() == null || p.claim().subject() == null) continue;
            return listedUnder(subject, p.claim().subject());
        }
        return true;
    }

    /**
     * The figures whose lists are not the tables' lines: the running costs' economic items, the funds the performance
     * targets cover, the procurement's kinds, the assets' counts.
     */
    private static final Set<String> OWN_LISTS = Set.of("operating_costs", "performance", "procurement", "assets");

    /** Whether a line of {@code subject} may be listed under (or continue a list begun by) a figure of {@code other}. */
    static boolean listedUnder(String subject, String other) {
        String pf = family(subject), of = family(other);
        return pf.equals(of) || !OWN_LISTS.contains(of);
    }

    private static String family(String subject) {
        int dot = subject.indexOf('.');
        return dot < 0 ? subject : subject.substring(0, dot);
    }

    /**
     * The figure exceeds its line by no more than the table's carry-over (上年结转结余, 年初结转和结余) in the same
     * column: the line with its share of the carry-over, as the whole it is listed under (the 总计) counts it.
     */
    static boolean withCarryOver(CellResolver.Found c) {
        // the least excess the rounding of both figures allows
        java.math.BigDecimal excess = c.stated().in(Unit.YUAN).lo().subtract(c.cell().in(Unit.YUAN).hi());
        if (excess.signum() <= 0) return false;
        java.math.BigDecimal carry = java.math.BigDecimal.ZERO;
        for (org.fiscallens.model.TableRow r : c.table().rows()) {
            if (r.name() == null || !r.name().contains("结转") || r.name().contains("年末") || r.name().contains("年终")) continue;
            Amount a = c.table().value(r, c.column());
            if (a != null) carry = carry.add(a.in(Unit.YUAN).hi());
        }
        return excess.compareTo(carry) <= 0;
    }


    /** The indices of the figures reported as errors against their cells (the operands whose relations are attached). */
    static Set<Integer> wrongFigures(CheckContext ctx) {
        Set<Integer> out = new HashSet<>();
        for (Contradiction c : contradictions(ctx)) if (c.error()) out.add(c.index());
        return out;
    }

    /**
     * Which rule a claim's subject falls under, or null when the claim has no subject: a 科目 line (类/款/项) is
     * {@link #CLASSES}', a "三公" figure (the whole or an item) {@link #THREE_PUBLIC}'s, every other named aggregate
     * (totals, income lines, 基本/项目支出, 人员/公用经费 and their items, the funds' tables, 机关运行经费 …)
     * {@link #TOTALS}'. The tie-out decides which figures have a sure cell; every contradiction it finds is reported.
     */
    static RuleInfo rule(Claim c) {
        if (c == null || c.subject() == null) return null;
        if (c.subject().equals("class")) return CLASSES;
        if (c.subject().equals("three_public") || c.subject().startsWith("three_public.")) return THREE_PUBLIC;
        return TOTALS;
    }

    private static void report(CheckContext ctx, Contradiction x) {
        Fact f = x.fact();
        CellResolver.Found c = x.cell();
        boolean blank = c.row().values().get(c.column()) == null;
        String where = c.row().code() != null && !c.row().code().isEmpty() ? c.row().code() + " " + c.row().name()
                : c.row().name() == null || c.row().name().isBlank() ? c.column() : c.row().name();
        String label = f.subject() != null && !f.subject().isBlank() ? f.subject() : f.label();
        StringBuilder message = new StringBuilder("说明中“" + label + "”为" + c.stated() + "，《" + c.table().label() + "》“" + where + "”"
                + (where.equals(c.column()) ? "" : "“" + c.column() + "”") + "为"
                + (blank ? "空白（0）" : c.cell().value().toPlainString() + c.table().unit().label()) + truncationNote(c.stated(), c.cell()));
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(f.page(), f.quote(), f.box(), null, null, null));
        evidence.add(c.table().evidence(c.row(), c.column()));
        if (x.error()) consequences(ctx, x.index(), message, evidence);
        ctx.report(x.rule(), severity(x.rule(), c.stated(), c.cell()), message.toString(), c.verdict().explain(c.stated().toString()),
                evidence);
    }

    /**
     * The relations computed from the wrong figure that the tie-out finds contradicted (its change, rate or share
     * against the figure): consequences of the one defect, named in its message and cited after its evidence.
     */
    private static void consequences(CheckContext ctx, int index, StringBuilder message, List<Evidence> evidence) {
        List<Fact> facts = ctx.doc().facts();
        for (int j = 0; j < facts.size(); j++) {
            Fact g = facts.get(j);
            Rel rel = Relations.rel(g);
            if (g.tie() == null || rel == null || rel == Rel.LEVEL) continue;
            for (TieSource s : g.tie().sources()) {
                if (!(s instanceof TieSource.Computed k) || k.agrees() || k.operands() == null || k.interval() == null
                        || !k.operands().contains(index)) continue;
                TiedRates.Judged judged = TiedRates.judge(j, g, rel, k);
                message.append("；因此").append(TiedRates.what(judged)).append("亦不符：").append(TiedRates.message(judged, facts));
                evidence.add(Evidence.text(g.page(), g.quote(), g.box()));
                break;
            }
        }
    }

    /**
     * The narrative figure is the table's cut (not rounded) to the text's decimals and unit (877,080 元 told as
     * 87.70 万元): a publishing convention (SPEC §6 truncation mode), reported as info, not as an error; likewise a
     * figure rounded up ({@link #roundedUp}).
     */
    static boolean truncated(Amount stated, Amount cell) {
        return Calc.equal(stated, cell, stated.unit()).consistentIfTruncated(stated.value());
    }

    /** The narrative figure is the table's rounded up to the text's decimals (104,298,313 元 told as 10,429.84 万元). */
    static boolean roundedUp(Amount stated, Amount cell) {
        return Calc.equal(stated, cell, stated.unit()).consistentIfRoundedUp(stated.value());
    }

    private static Severity severity(RuleInfo rule, Amount stated, Amount cell) {
        return truncated(stated, cell) || roundedUp(stated, cell) ? Severity.INFO : rule.severity();
    }

    private static String truncationNote(Amount stated, Amount cell) {
        return truncated(stated, cell) ? "；与截断取值一致" : roundedUp(stated, cell) ? "；与进位取值一致" : "";
    }
}
