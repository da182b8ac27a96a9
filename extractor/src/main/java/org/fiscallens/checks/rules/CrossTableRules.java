package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Identities across tables (identities.tsv T2-03, T3-03, T4-05..07, T5-03, B-02), matched by row names, codes and header words. */
public final class CrossTableRules implements Rule {
    static final String CAT = "cross_table";
    public static final RuleInfo T1_T2 = new RuleInfo("cross.income", CAT, Severity.ERROR,
            "收入决算表合计行与收支总表一致：本年收入合计（收支总表在本年收入合计之下另列、收入表作为本表一列的来源计入）、各收入来源；财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营财政拨款收入",
            "同一收入在两张表中数值不同，至少一处错误（identities.tsv T2-03）；另列来源无法按名称对应时只作警告", "T2 合计 2946.25 = T1 本年收入合计 2946.25");
    public static final RuleInfo T1_T3 = new RuleInfo("cross.expenditure", CAT, Severity.ERROR,
            "支出决算表与收支总表一致：本年支出合计，以及每个类（按名称）的支出",
            "同一类支出在两张表中数值不同（identities.tsv T3-03）；仅一分之差在两个舍入值的容差内",
            "T1 社会保障和就业支出 326.71 vs T3 326.72：容差0.01内，一致");
    public static final RuleInfo T4_T1 = new RuleInfo("cross.appropriation_income", CAT, Severity.ERROR,
            "财政拨款收支总表的三项财政拨款收入与收支总表对应行一致",
            "identities.tsv T4-05", "T4 一般公共预算财政拨款 2940.05 = T1 一般公共预算财政拨款收入 2940.05");
    public static final RuleInfo T4_T5 = new RuleInfo("cross.general_budget", CAT, Severity.ERROR,
            "财政拨款收支总表一般公共预算列与一般公共预算财政拨款支出表一致：本年支出合计及每个类",
            "identities.tsv T4-06", "T4 本年支出合计（一般公共预算）2940.05 = T5 合计 2940.05");
    public static final RuleInfo T5_T6 = new RuleInfo("cross.basic", CAT, Severity.ERROR,
            "一般公共预算财政拨款基本支出：T5 合计行基本支出 = T6 人员经费合计 + 公用经费合计；预算：支出总表基本支出 = 基本支出预算表合计（资金口径相同时；基本支出表只含一般公共预算而支出总表含全部资金时，前者不得大于后者）",
            "identities.tsv T5-03, B-02；口径不同而收入不全是一般公共预算时不比，是否全是无从判断时只作警告", "2336.91 = 2152.26 + 184.65");
    public static final RuleInfo T4_T7 = new RuleInfo("cross.funds", CAT, Severity.ERROR,
            "财政拨款收支总表的政府性基金列、国有资本经营列与T7、T8一致；T7/T8无数据时T4对应列须为0",
            "identities.tsv T4-07, T7-02", "T7 无数据而 T4 政府性基金列本年支出 12.00");

    public static final RuleInfo SUBSET = new RuleInfo("cross.subset", CAT, Severity.WARNING,
            "财政拨款支出是全部支出的一部分：T4 本年支出合计 ≤ T3 本年支出合计；T5 每行基本/项目支出 ≤ T3 同行",
            "子集大于全集说明某表数字有误；关系未经官方文本核实（identities.tsv T4-08, T5-04 [U]），故只作警告",
            "T5 2010601 基本支出 1511.89 > T3 同行基本支出 1411.89");

    @Override
    public List<RuleInfo> rules() { return List.of(T1_T2, T1_T3, T4_T1, T4_T5, T5_T6, T4_T7, SUBSET); }

    @Override
    public void apply(CheckContext ctx) {
        TableView t1 = ctx.tables().one("income_expenditure_summary");
        TableView t2 = ctx.tables().one("income");
        TableView t3 = ctx.tables().one("expenditure");
        TableView t4 = ctx.tables().one("appropriation_summary");
        TableView t5 = ctx.tables().one("general_budget_expenditure");
        TableView t6 = ctx.tables().one("general_budget_basic_expenditure");
        TableView t7 = ctx.tables().one("government_fund");
        TableView t8 = ctx.tables().one("state_capital");
        if (t1 != null && t2 != null) income(ctx, t1, t2);
        if (t1 != null && t3 != null) expenditure(ctx, t1, t3);
        if (t1 != null && t4 != null) {
            for (String fund : new String[]{"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"}) {
                Cell a = cell(t4, "收入", t4.column("收入", "决算数", "金额", "预算数"), fund);
                if (a == null) a = cell(t4, "收入", t4.onlyColumn("收入"), fund);
                Cell b = cell(t1, "收入", t1.onlyColumn("收入"), fund + "收入");
                equal(ctx, T4_T1, a, b, "财政拨款收支总表“" + fund + "”与收支总表不符");
            }
        }
        if (t4 != null && t5 != null && !ctx.isBudget()) generalBudget(ctx, t4, t5);
        if (t5 != null && t6 != null && !ctx.isBudget()) basic(ctx, t5, t6);
        if (ctx.isBudget() && t3 != null && t6 != null) budgetBasic(ctx, t1, t3, t6);
        if (t3 != null && t5 != null && !ctx.isBudget()) subset(ctx, t3, t5);
        if (t4 != null) {
            if (t7 != null) funds(ctx, t4, t7, "政府性基金");
            if (t8 != null) funds(ctx, t4, t8, "国有资本经营");
        }
    }

    /** What funds a table's title covers: 一般公共预算 or 财政拨款 only, or all (a 部门/单位 total). */
    static String fundScope(TableView t) {
        String n = Names.norm(t.label());
        if (n.contains("一般公共预算")) return "一般公共预算";
        if (n.contains("财政拨款")) return "财政拨款";
        return "全部";
    }

    /**
     * Budget: the 支出总表's 基本支出 against the 基本支出 table. Equal when both cover the same funds. When the 基本支出
     * table covers 一般公共预算 only and the 支出总表 all funds, the first is part of the second: more is an error;
     * less is one only when the 收支总表 shows that all income is 一般公共预算 (else the rest is other funds' basic
     * spending, or unknown: a warning).
     */
    private static void budgetBasic(CheckContext ctx, TableView t1, TableView t3, TableView t6) {
        Cell a = cell(t3, null, t3.column(null, "基本支出"), "合计");
        Cell b = cell(t6, null, t6.column(null, "合计"), "合计");
        String what = "支出预算总表基本支出合计与基本支出预算表合计不符";
        if (a == null || b == null) return;
        if (fundScope(t3).equals(fundScope(t6))) { equal(ctx, T5_T6, a, b, what); return; }
        Verdict v = Calc.equal(a.value, b.value, Unit.YUAN);
        if (!v.inconsistent()) return;
        List<Evidence> ev = List.of(a.evidence(), b.evidence());
        String msg = what + "：《" + a.t.label() + "》" + a.value.value().toPlainString() + " vs 《" + b.t.label() + "》" + b.value.value().toPlainString();
        if (b.value.in(Unit.YUAN).above(a.value.in(Unit.YUAN))) {
            ctx.report(T5_T6, msg + "（" + fundScope(t6) + "部分大于全部资金）", v.explain(a.value.value().toPlainString()), ev);
            return;
        }
        Boolean only = onlyGeneralBudgetIncome(t1);
        if (Boolean.FALSE.equals(only)) return;
        ctx.report(T5_T6, Boolean.TRUE.equals(only) ? Severity.ERROR : Severity.WARNING,
                msg + (Boolean.TRUE.equals(only) ? "（收入全部为一般公共预算，两表口径相同）" : "（两表资金口径不同：" + fundScope(t6) + " 与全部资金，差额可能是其他资金）"),
                v.explain(a.value.value().toPlainString()), ev);
    }

    /** True when the 收支总表's 本年收入合计 is all 一般公共预算 income, false when it is not, null when unknown. */
    static Boolean onlyGeneralBudgetIncome(TableView t1) {
        if (t1 == null) return null;
        // a source of income other than 一般公共预算 with money in it (事业收入, 政府性基金, 其他收入 …)
        for (TableRow r : t1.rows("收入")) {
            String n = Names.norm(r.name());
            if (n.isEmpty() || Regexes.matches(n, ".*(一般公共预算|财政拨款|合计|小计|总计|结转|结余).*")) continue;
            if (!Regexes.matches(n, ".*(收入|资金|拨款|补助)$")) continue;
            for (java.math.BigDecimal x : r.values().values()) if (x != null && x.signum() != 0) return false;
        }
        String c = t1.onlyColumn("收入");
        if (c == null) return null;
        TableRow total = t1.row("收入", "本年收入合计", "收入合计");
        TableRow general = t1.find("收入", r -> Names.norm(r.name()).contains("一般公共预算"));
        if (total == null || general == null) return null;
        Amount tv = t1.value(total, c), gv = t1.value(general, c);
        if (tv == null || gv == null) return null;
        return !Calc.equal(tv, gv, Unit.YUAN).inconsistent();
    }

    record Cell(TableView t, TableRow row, String col, Amount value) {
        Evidence evidence() { return t.evidence(row, col); }
    }

    static Cell cell(TableView t, String block, String col, String... rowNames) {
        if (col == null) return null;
        TableRow r = t.row(block, rowNames);
        if (r == null) return null;
        Amount a = t.value(r, col);
        return a == null ? null : new Cell(t, r, col, a);
    }

    static void equal(CheckContext ctx, RuleInfo rule, Cell a, Cell b, String what) {
        if (a == null || b == null) return;
        Verdict v = Calc.equal(a.value, b.value, Unit.YUAN);
        if (!v.inconsistent()) return;
        ctx.report(rule, what + "：《" + a.t.label() + "》" + a.value.value().toPlainString() + " vs 《" + b.t.label() + "》"
                + b.value.value().toPlainString(), v.explain(a.value.value().toPlainString()), List.of(a.evidence(), b.evidence()));
    }

    private static String leafOf(String col) { return col.contains("/") ? col.substring(col.lastIndexOf('/') + 1) : col; }

    private static void income(CheckContext ctx, TableView t1, TableView t2) {
        String c1 = t1.onlyColumn("收入");
        TableRow total2 = t2.find(null, r -> (r.code() == null || r.code().isEmpty()) && Regexes.matches(Names.norm(r.name()), "合计|总计|收入合计"));
        if (total2 == null || c1 == null) return;
        String tot = t2.column(null, "本年收入合计", "合计", "收入合计");
        // a 合计 beside a 上年结转结余 column of the income table includes the carry-over: not the year's income
        if (tot != null && !Names.same(leafOf(tot), "本年收入合计")
                && t2.columns(null).stream().anyMatch(c -> Regexes.matches(Names.norm(leafOf(c)), "(上年|年初)结转.*"))) tot = null;
        if (tot != null) incomeTotal(ctx, t1, c1, t2, new Cell(t2, total2, tot, t2.value(total2, tot)));
        for (String src : new String[]{"上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"}) {
            String col = t2.column(null, src);
            if (col == null) continue;
            equal(ctx, T1_T2, new Cell(t2, total2, col, t2.value(total2, col)), cell(t1, "收入", c1, src), "收入决算表“" + src + "”与收支总表不符");
        }
        String fin = t2.column(null, "财政拨款收入");
        if (fin != null) {
            List<Amount> parts = new ArrayList<>();
            List<Evidence> ev = new ArrayList<>();
            Amount total = t2.value(total2, fin);
            ev.add(t2.evidence(total2, fin));
            for (String fund : new String[]{"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"}) {
                Cell c = cell(t1, "收入", c1, fund);
                if (c == null) return;
                parts.add(c.value);
                ev.add(c.evidence());
            }
            Verdict v = Calc.sum(total, parts, Unit.YUAN);
            if (v.inconsistent()) ctx.report(T1_T2, "收入决算表财政拨款收入合计与收支总表三项财政拨款收入之和不符",
                    v.explain(total.value().toPlainString()), ev);
        }
    }

    /**
     * T2's 合计 against T1's 本年收入合计. A 收支总表 may list sources below its 本年收入合计 line (上级补助收入,
     * 上年实户资金余额, 上年结转 …) that the 收入总表 carries as columns of its own 合计: the total then is 本年收入合计
     * plus those sources. Equal to either reading is consistent; otherwise an error, or a warning when such sources
     * exist but cannot be matched to the 收入总表's columns by name.
     */
    private static void incomeTotal(CheckContext ctx, TableView t1, String c1, TableView t2, Cell total2) {
        Cell base = cell(t1, "收入", c1, "本年收入合计", "收入合计");
        if (base == null || total2.value == null) return;
        Verdict v = Calc.equal(total2.value, base.value, Unit.YUAN);
        if (!v.inconsistent()) return;
        List<Amount> named = new ArrayList<>(List.of(base.value)), any = new ArrayList<>(List.of(base.value));
        boolean after = false;
        for (TableRow r : t1.rows("收入")) {
            if (r == base.row) { after = true; continue; }
            if (!after) continue;
            String n = Names.norm(r.name());
            if (n.contains("总计")) break;
            Amount a = t1.value(r, c1);
            if (a == null || a.isZero()) continue;
            any.add(a);
            for (String col : t2.columns(null)) {
                String leaf = Names.norm(col.contains("/") ? col.substring(col.lastIndexOf('/') + 1) : col);
                if (!n.isEmpty() && (leaf.equals(n) || leaf.contains(n) || n.contains(leaf) && leaf.length() >= 4)) { named.add(a); break; }
            }
        }
        if (named.size() > 1 && !Calc.sum(total2.value, named, Unit.YUAN).inconsistent()) return;
        if (any.size() > 1 && !Calc.sum(total2.value, any, Unit.YUAN).inconsistent()) return;
        String msg = "收入决算表合计与收支总表本年收入合计不符：《" + t2.label() + "》" + total2.value.value().toPlainString() + " vs 《"
                + t1.label() + "》" + base.value.value().toPlainString();
        ctx.report(T1_T2, any.size() > 1 ? Severity.WARNING : Severity.ERROR,
                msg + (any.size() > 1 ? "（收支总表在本年收入合计之下另列收入，两表口径可能不同）" : ""),
                v.explain(total2.value.value().toPlainString()), List.of(total2.evidence(), base.evidence()));
    }

    private static void expenditure(CheckContext ctx, TableView t1, TableView t3) {
        String c1 = t1.onlyColumn("支出");
        String tot = t3.column(null, "本年支出合计", "合计", "支出合计");
        if (c1 == null || tot == null) return;
        TableRow total3 = t3.find(null, r -> (r.code() == null || r.code().isEmpty()) && Regexes.matches(Names.norm(r.name()), "合计|总计|支出合计"));
        if (total3 != null) equal(ctx, T1_T3, new Cell(t3, total3, tot, t3.value(total3, tot)), cell(t1, "支出", c1, "本年支出合计", "支出合计"),
                "支出决算表合计与收支总表本年支出合计不符");
        for (TableRow r : t3.rows()) {
            if (r.code() == null || r.code().length() != 3) continue;
            equal(ctx, T1_T3, new Cell(t3, r, tot, t3.value(r, tot)), cell(t1, "支出", c1, r.name()), "“" + r.name() + "”支出在两表不符");
        }
    }

    private static void generalBudget(CheckContext ctx, TableView t4, TableView t5) {
        String c4 = t4.column("支出", "一般公共预算财政拨款", "一般公共预算");
        String c5 = t5.column(null, "合计", "小计");
        if (c4 == null || c5 == null) return;
        TableRow total5 = t5.find(null, r -> (r.code() == null || r.code().isEmpty()) && Regexes.matches(Names.norm(r.name()), "合计|总计"));
        if (total5 != null) equal(ctx, T4_T5, cell(t4, "支出", c4, "本年支出合计", "支出合计"), new Cell(t5, total5, c5, t5.value(total5, c5)),
                "财政拨款收支总表一般公共预算本年支出合计与一般公共预算财政拨款支出表合计不符");
        for (TableRow r : t5.rows()) {
            if (r.code() == null || r.code().length() != 3) continue;
            equal(ctx, T4_T5, cell(t4, "支出", c4, r.name()), new Cell(t5, r, c5, t5.value(r, c5)), "“" + r.name() + "”一般公共预算支出在两表不符");
        }
    }

    private static void basic(CheckContext ctx, TableView t5, TableView t6) {
        String c5 = t5.column(null, "基本支出");
        TableRow total5 = t5.find(null, r -> (r.code() == null || r.code().isEmpty()) && Regexes.matches(Names.norm(r.name()), "合计|总计"));
        TableRow p = t6.find(null, r -> Names.norm(r.name()).equals("人员经费合计"));
        TableRow c = t6.find(null, r -> Names.norm(r.name()).equals("公用经费合计"));
        if (c5 == null || total5 == null || p == null || c == null) return;
        String cp = t6.onlyColumn(p.block()), cc = t6.onlyColumn(c.block());
        if (cp == null || cc == null) return;
        Amount total = t5.value(total5, c5), a = t6.value(p, cp), b = t6.value(c, cc);
        if (total == null || a == null || b == null) return;
        Verdict v = Calc.sum(total, List.of(a, b), t5.unit());
        if (v.inconsistent()) ctx.report(T5_T6, "一般公共预算财政拨款基本支出合计与人员经费合计+公用经费合计不符",
                v.explain(total.value().toPlainString()), List.of(t5.evidence(total5, c5), t6.evidence(p, cp), t6.evidence(c, cc)));
    }

    /** T5 ⊆ T3 row by row (by code), for 基本支出 and 项目支出. */
    private static void subset(CheckContext ctx, TableView t3, TableView t5) {
        for (String col : new String[]{"基本支出", "项目支出"}) {
            String c3 = t3.column(null, col), c5 = t5.column(null, col);
            if (c3 == null || c5 == null) continue;
            for (TableRow r5 : t5.rows()) {
                if (r5.code() == null || r5.code().isEmpty()) continue;
                TableRow r3 = t3.rowByCode(null, r5.code());
                if (r3 == null) continue;
                Amount a = t5.value(r5, c5), b = t3.value(r3, c3);
                if (a == null || b == null) continue;
                // a part of the row: at most the whole row, whatever the rounding of both
                Interval part = a.in(Unit.YUAN), whole = b.in(Unit.YUAN);
                Verdict v = Verdict.of(part, new Interval(BigDecimal.ZERO.min(part.lo()), whole.hi()), "≤ T3 " + b)
                        .shownIn(Unit.YUAN, a.unit());
                if (v.inconsistent()) {
                    ctx.report(SUBSET, "“" + r5.code() + " " + r5.name() + "”一般公共预算" + col + a.value().toPlainString() + "大于支出决算表同行"
                                    + b.value().toPlainString(), v.explain("T5 " + a.value().toPlainString()),
                            List.of(t5.evidence(r5, c5), t3.evidence(r3, c3)));
                }
            }
        }
    }

    private static void funds(CheckContext ctx, TableView t4, TableView tf, String fund) {
        String c4 = t4.column("支出", fund + "预算财政拨款", fund + "预算", fund);
        if (c4 == null) return;
        TableRow r4 = t4.row("支出", "本年支出合计", "支出合计");
        if (r4 == null) return;
        Amount v4 = t4.value(r4, c4);
        if (v4 == null) return;
        if (tf.isEmpty()) {
            if (v4.value().signum() != 0) ctx.report(T4_T7, "《" + tf.label() + "》无数据，但财政拨款收支总表" + fund + "列本年支出为" + v4.value().toPlainString(),
                    "印 " + v4.value().toPlainString() + "；应为 0", List.of(t4.evidence(r4, c4)));
            return;
        }
        TableRow total = tf.find(null, r -> (r.code() == null || r.code().isEmpty()) && Regexes.matches(Names.norm(r.name()), "合计|总计"));
        List<String> spend = tf.columnsWith(null, "本年支出");
        String col = null;
        // the 本年支出 total: its 小计/合计 column, or a lone column headed 本年支出 itself (a lone 本年支出/基本支出 is a
        // part of the total, its 小计 read elsewhere: no total to compare)
        for (String s : spend) {
            String n = Names.norm(s);
            if (Regexes.matches(n, ".*(小计|合计)$") || spend.size() == 1 && Regexes.matches(n, ".*本年支出$")) col = s;
        }
        if (col == null) col = tf.column(null, "合计");
        if (total == null || col == null) return;
        equal(ctx, T4_T7, new Cell(t4, r4, c4, v4), new Cell(tf, total, col, tf.value(total, col)), fund + "本年支出在两表不符");
    }
}
