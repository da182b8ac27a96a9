package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.checks.text.Figures;
import org.fiscallens.checks.text.Figures.Key;
import org.fiscallens.checks.text.Numbers;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Figures of the narrative against the tables (identities.tsv N-01..N-10), across units (元 tables, 万元 text). */
public final class NarrativeTableRules implements Rule {
    static final String CAT = "narrative_table";
    public static final RuleInfo TOTALS = new RuleInfo("narr.table_totals", CAT, Severity.ERROR,
            "说明中的总量与表格一致：收入支出总计、本年收入/支出合计（T1），财政拨款收入支出总计（T4），一般公共预算财政拨款支出及其基本支出（T5），基本/项目支出（T3），人员经费/公用经费（T6）",
            "说明与表格是同一事实的两种表述（identities.tsv N-01..N-08）；跨单位按区间比较（万元文本对元表格）",
            "财政拨款收入支出总计0.3万元 vs 财政拨款收支总表总计 2961.68");
    public static final RuleInfo CLASSES = new RuleInfo("narr.table_classes", CAT, Severity.ERROR,
            "说明中各类、各项（类/款/项）支出决算数与一般公共预算财政拨款支出表同名科目一致",
            "identities.tsv N-06, N-07", "住房保障支出（类）445.69万元 = T5 221 合计 445.69");
    public static final RuleInfo THREE_PUBLIC = new RuleInfo("narr.table_three_public", CAT, Severity.ERROR,
            "“三公”经费的年初预算与支出决算与“三公”经费支出决算表合计一致",
            "identities.tsv N-09", "说明“年初预算为0.95万元”而三公表为空（0）");

    private static final Pattern CLASS_AMOUNT = Pattern.compile("([\\u4e00-\\u9fa5、]{2,20}支出)[（(]类[）)]\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");
    private static final Pattern ITEM_CHAIN = Pattern.compile(
            "([\\u4e00-\\u9fa5、]{2,24})[（(]类[）)]([\\u4e00-\\u9fa5、（）()]{2,30}?)[（(]款[）)]([\\u4e00-\\u9fa5、（）()]{2,30}?)[（(]项[）)]");
    /** The amount right after the 项 name: "…（项）”887.36万元" or "…（项）支出6106.99万元". */
    private static final Pattern DIRECT = Pattern.compile("[”\"]?\\s*(?:支出|预算|为|：|:)*\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");
    private static final Pattern ACTUAL = Pattern.compile("支出决算(?:数)?(?:为|是)?\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");
    private static final Pattern TP_BUDGET = Pattern.compile("“?三公”?经费(?:财政拨款)?支出(?:年初|全年)?预算(?:数)?(?:为|是)?\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");
    private static final Pattern TP_ACTUAL = Pattern.compile("“?三公”?经费(?:财政拨款)?支出(?:年初|全年)?预算[^。]{0,30}?支出决算(?:数)?(?:为|是)?\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");

    @Override
    public List<RuleInfo> rules() { return List.of(TOTALS, CLASSES, THREE_PUBLIC); }

    @Override
    public void apply(CheckContext ctx) {
        if (ctx.tables().isEmpty()) return;
        TableView t1 = ctx.tables().one("income_expenditure_summary");
        TableView t3 = ctx.tables().one("expenditure");
        TableView t4 = ctx.tables().one("appropriation_summary");
        TableView t5 = ctx.tables().one("general_budget_expenditure");
        TableView t6 = ctx.tables().one("general_budget_basic_expenditure");
        TableView t9 = ctx.tables().one("three_public");
        if (!ctx.isBudget()) {
            total(ctx, Key.TOTAL, t1, first(t1), "总计", "收入总计");
            total(ctx, Key.INCOME_TOTAL, t1, first(t1), "本年收入合计", "收入合计");
            total(ctx, Key.EXPENSE_TOTAL, t1, last(t1), "本年支出合计", "支出合计");
            total(ctx, Key.APPROPRIATION_TOTAL, t4, first(t4), "总计", "收入总计");
            String c5 = t5 == null ? null : t5.column(null, "合计", "小计");
            totalRow(ctx, Key.GENERAL_BUDGET_EXPENSE, t5, c5);
            totalRow(ctx, Key.GENERAL_BUDGET_BASIC, t5, t5 == null ? null : t5.column(null, "基本支出"));
            totalRow(ctx, Key.BASIC, t3, t3 == null ? null : t3.column(null, "基本支出"));
            totalRow(ctx, Key.PROJECT, t3, t3 == null ? null : t3.column(null, "项目支出"));
            if (t6 != null) {
                named(ctx, Key.PERSONNEL, t6, "人员经费合计");
                named(ctx, Key.PUBLIC, t6, "公用经费合计");
            }
            if (t5 != null && c5 != null) classes(ctx, t5, c5);
            if (t9 != null) threePublic(ctx, t9);
        } else {
            // a budget narrates its 项 lines against 一般公共预算支出表 or 支出总表 (often in 元 against 万元 text)
            TableView t = t5 != null ? t5 : t3;
            String col = t == null ? null : t.column(null, "合计", "小计");
            if (t != null && col != null) classes(ctx, t, col);
            // and its 基本支出 / 项目支出 (all funds) against the 合计 row of the 支出总表
            Figures budget = Figures.ofBudget(ctx.text(), ctx.fiscalYear());
            totalRow(ctx, budget, Key.BASIC, t3, t3 == null ? null : t3.column(null, "基本支出"));
            totalRow(ctx, budget, Key.PROJECT, t3, t3 == null ? null : t3.column(null, "项目支出"));
        }
    }

    private static String first(TableView t) { return t == null || t.blocks().isEmpty() ? null : t.blocks().get(0); }
    private static String last(TableView t) { return t == null || t.blocks().isEmpty() ? null : t.blocks().get(t.blocks().size() - 1); }

    private static void total(CheckContext ctx, Key key, TableView t, String block, String... rowNames) {
        if (t == null) return;
        TableRow r = t.row(block, rowNames);
        if (r == null) return;
        String col = t.onlyColumn(block);
        if (col == null) col = t.column(block, "合计", "决算数", "金额");
        compare(ctx, TOTALS, key, t, r, col);
    }

    private static void totalRow(CheckContext ctx, Key key, TableView t, String col) {
        totalRow(ctx, ctx.figures(), key, t, col);
    }

    private static void totalRow(CheckContext ctx, Figures figures, Key key, TableView t, String col) {
        if (t == null || col == null) return;
        TableRow r = t.find(null, x -> (x.code() == null || x.code().isEmpty()) && Regexes.matches(Names.norm(x.name()), "合计|总计"));
        compare(ctx, figures, TOTALS, key, t, r, col);
    }

    private static void named(CheckContext ctx, Key key, TableView t, String name) {
        TableRow r = t.find(null, x -> Names.norm(x.name()).equals(name));
        if (r == null) return;
        compare(ctx, TOTALS, key, t, r, t.onlyColumn(r.block()));
    }

    private static void compare(CheckContext ctx, RuleInfo rule, Key key, TableView t, TableRow r, String col) {
        compare(ctx, ctx.figures(), rule, key, t, r, col);
    }

    private static void compare(CheckContext ctx, Figures figures, RuleInfo rule, Key key, TableView t, TableRow r, String col) {
        if (r == null || col == null) return;
        Figures.Figure f = figures.first(key);
        if (f == null) return;
        Amount cell = t.value(r, col);
        if (cell == null) return;
        Verdict v = Calc.equal(f.amount(), cell, Unit.YUAN);
        if (!v.inconsistent()) return;
        ctx.report(rule, severity(rule, f.amount(), cell), "说明称“" + key.label + "”" + f.amount() + "，《" + t.label() + "》“" + r.name() + "”为"
                        + cell.value().toPlainString() + t.unit().label() + truncationNote(f.amount(), cell),
                v.explain(f.amount().toString()), List.of(ctx.text().evidence(f.passage(), f.quote()), t.evidence(r, col)));
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

    private static void classes(CheckContext ctx, TableView t5, String col) {
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            String s = p.text();
            Matcher m = CLASS_AMOUNT.matcher(s);
            while (m.find()) {
                TableRow r = t5.find(null, x -> x.code() != null && x.code().length() == 3 && Names.same(x.name(), m.group(1)));
                check(ctx, p, Snip.around(s, m.start(), m.end(), 60), Amount.of(Numbers.parse(m.group(2)), Unit.parse(m.group(3))), t5, r, col);
            }
            Matcher c = ITEM_CHAIN.matcher(s);
            while (c.find()) {
                TableRow cls = t5.find(null, x -> x.code() != null && x.code().length() == 3 && Names.same(x.name(), c.group(1)));
                if (cls == null) continue;
                TableRow kuan = t5.find(null, x -> x.code() != null && x.code().length() == 5 && x.code().startsWith(cls.code()) && Names.same(x.name(), c.group(2)));
                if (kuan == null) continue;
                TableRow xiang = t5.find(null, x -> x.code() != null && x.code().length() == 7 && x.code().startsWith(kuan.code()) && Names.same(x.name(), c.group(3)));
                if (xiang == null) continue;
                Matcher direct = DIRECT.matcher(s);
                direct.region(c.end(), s.length());
                Matcher a = ACTUAL.matcher(s);
                a.region(c.end(), s.length());
                Matcher hit = direct.lookingAt() ? direct : (a.find() ? a : null);
                if (hit == null) continue;
                Matcher next = ITEM_CHAIN.matcher(s);
                if (next.find(c.end()) && next.start() < hit.start()) continue;
                check(ctx, p, Snip.pad(s, c.start(), hit.end(), 0), Amount.of(Numbers.parse(hit.group(1)), Unit.parse(hit.group(2))), t5, xiang, col);
            }
        }
    }

    private static void check(CheckContext ctx, Passage p, String quote, Amount stated, TableView t, TableRow r, String col) {
        if (r == null) return;
        Amount cell = t.value(r, col);
        if (cell == null) return;
        Verdict v = Calc.equal(stated, cell, Unit.YUAN);
        if (!v.inconsistent()) return;
        ctx.report(CLASSES, severity(CLASSES, stated, cell), "说明中“" + r.name() + "”为" + stated + "，《" + t.label() + "》" + r.code() + "为"
                        + cell.value().toPlainString() + t.unit().label() + truncationNote(stated, cell),
                v.explain(stated.toString()), List.of(ctx.text().evidence(p, quote), t.evidence(r, col)));
    }

    private static void threePublic(CheckContext ctx, TableView t9) {
        String block = first(t9);
        List<String> budget = t9.columnsWith(block, "预算", "合计"), actual = t9.columnsWith(block, "决算", "合计");
        TableRow row = null;
        for (TableRow r : t9.rows(block)) { row = r; break; }
        if (row == null) return;
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            String s = p.text();
            Matcher b = TP_BUDGET.matcher(s);
            if (b.find() && budget.size() == 1) {
                check3(ctx, p, Snip.around(s, b.start(), b.end(), 60), Amount.of(Numbers.parse(b.group(1)), Unit.parse(b.group(2))), t9, row, budget.get(0));
            }
            Matcher a = TP_ACTUAL.matcher(s);
            if (a.find() && actual.size() == 1) {
                check3(ctx, p, Snip.around(s, a.start(), a.end(), 60), Amount.of(Numbers.parse(a.group(1)), Unit.parse(a.group(2))), t9, row, actual.get(0));
            }
        }
    }

    private static void check3(CheckContext ctx, Passage p, String quote, Amount stated, TableView t, TableRow r, String col) {
        Amount cell = t.value(r, col);
        if (cell == null) return;
        Verdict v = Calc.equal(stated, cell, Unit.YUAN);
        if (!v.inconsistent()) return;
        List<Evidence> ev = new ArrayList<>();
        ev.add(ctx.text().evidence(p, quote));
        ev.add(t.evidence(r, col));
        ctx.report(THREE_PUBLIC, severity(THREE_PUBLIC, stated, cell), "说明中“三公”经费为" + stated + "，《" + t.label() + "》“" + col + "”为"
                        + cell.value().toPlainString() + t.unit().label() + truncationNote(stated, cell),
                v.explain(stated.toString()), ev);
    }
}
