package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.fiscallens.checks.Fixtures.row;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The table rules on the Putuo 财政局 2024 决算 (golden T1/T2 transcribed from the rendered pages; T3–T5 rows
 * from the same report's printed figures) and on hand-made faults.
 */
class TableRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }


    static final Table T1 = Fixtures.golden("czj2024_T1_income_expenditure_summary.tsv", "income_expenditure_summary", "收入支出决算总表", 6);
    static final Table T2 = Fixtures.golden("czj2024_T2_income.tsv", "income", "收入决算表", 8);

    /** T3 as printed on the report's 支出决算表 (类 rows and 合计; 社会保障 326.72 against T1's 326.71). */
    static Table t3() {
        return Fixtures.table("expenditure", "支出决算表", null,
                row(null, null, "合计", "本年支出合计", "2940.05", "基本支出", "2336.91", "项目支出", "603.14"),
                row(null, "201", "一般公共服务支出", "本年支出合计", "2106.66", "基本支出", "1503.52", "项目支出", "603.14"),
                row(null, "208", "社会保障和就业支出", "本年支出合计", "326.72", "基本支出", "326.72", "项目支出", ""),
                row(null, "210", "卫生健康支出", "本年支出合计", "60.99", "基本支出", "60.99", "项目支出", ""),
                row(null, "221", "住房保障支出", "本年支出合计", "445.69", "基本支出", "445.69", "项目支出", ""));
    }

    /** T5 with its 类 rows summing to 2940.06 against a printed 合计 2940.05 (consistent under §6). */
    static Table t5(String healthTotal) {
        return Fixtures.table("general_budget_expenditure", "一般公共预算财政拨款支出决算表", null,
                row(null, "201", "一般公共服务支出", "合计", "2106.66", "基本支出", "1503.52", "项目支出", "603.14"),
                row(null, "208", "社会保障和就业支出", "合计", "326.72", "基本支出", "326.72", "项目支出", ""),
                row(null, "210", "卫生健康支出", "合计", healthTotal, "基本支出", "60.99", "项目支出", ""),
                row(null, "21011", "行政事业单位医疗", "合计", "60.99", "基本支出", "60.99", "项目支出", ""),
                row(null, "2101101", "行政单位医疗", "合计", "60.99", "基本支出", "60.99", "项目支出", ""),
                row(null, "221", "住房保障支出", "合计", "445.69", "基本支出", "445.69", "项目支出", ""),
                row(null, null, "合计", "合计", "2940.05", "基本支出", "2336.91", "项目支出", "603.14"));
    }

    static List<Finding> check(List<Table> tables) {
        return Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(), tables), null);
    }

    static List<Finding> errors(List<Finding> f) { return f.stream().filter(x -> x.severity() == Severity.ERROR).toList(); }

    @Test
    void goldenTablesOfACorrectReportRaiseNoError() {
        List<Finding> f = check(List.of(T1, T2, t3(), t5("60.99")));
        assertEquals(List.of(), errors(f), "the Putuo 2024 tables are consistent under exact tolerance (326.71/326.72, 2940.06/2940.05)");
    }

    @Test
    void summaryTableFootersAreChecked() {
        Table broken = replace(T1, "总计", "收入", "决算数", "2995.49");
        List<Finding> f = errors(check(List.of(broken)));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.summary") && x.arithmetic().contains("2995.49")), f.toString());
        Finding one = f.get(0);
        assertNotNull(one.evidence().get(0).table());
        assertNotNull(one.evidence().get(0).row());
    }

    @Test
    void hierarchyChecksEachLevelAgainstItsDirectChildrenOnly() {
        // 2080506 职业年金 80.38 → 81.38: only 款 20805 is inconsistent with its 项; 类 208 still equals its 款
        Table broken = replaceByCode(T2, "2080506", "本年收入合计", "81.38");
        List<Finding> f = errors(check(List.of(broken)));
        List<Finding> h = f.stream().filter(x -> x.rule().equals("table.hierarchy")).toList();
        assertEquals(1, h.size(), f.toString());
        assertTrue(h.get(0).evidence().get(0).row().startsWith("20805"));
        // the row identity 本年收入合计 = 财政拨款收入 + … of that row fails too
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.row_sum")));
    }

    @Test
    void crossTableAcceptsOneCentAndCatchesMore() {
        assertEquals(List.of(), errors(check(List.of(T1, t3()))));
        Table t3 = replaceByCode(t3(), "208", "本年支出合计", "326.81");
        List<Finding> f = errors(check(List.of(T1, t3)));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("cross.expenditure")), f.toString());
    }

    @Test
    void generalBudgetAgainstAppropriationSummaryAndBasicDetail() {
        Table t4 = Fixtures.table("appropriation_summary", "财政拨款收入支出决算总表", null,
                row("收入", null, "一、一般公共预算财政拨款", "决算数", "2940.05"),
                row("收入", null, "本年收入合计", "决算数", "2940.05"),
                row("收入", null, "年初财政拨款结转和结余", "决算数", "21.63"),
                row("收入", null, "总计", "决算数", "2961.68"),
                row("支出", null, "一般公共服务支出", "合计", "2106.66", "一般公共预算财政拨款", "2106.66"),
                row("支出", null, "社会保障和就业支出", "合计", "326.71", "一般公共预算财政拨款", "326.71"),
                row("支出", null, "卫生健康支出", "合计", "60.99", "一般公共预算财政拨款", "60.99"),
                row("支出", null, "住房保障支出", "合计", "445.69", "一般公共预算财政拨款", "445.69"),
                row("支出", null, "本年支出合计", "合计", "2940.05", "一般公共预算财政拨款", "2940.05"),
                row("支出", null, "年末财政拨款结转和结余", "合计", "21.63", "一般公共预算财政拨款", "21.63"),
                row("支出", null, "总计", "合计", "2961.68", "一般公共预算财政拨款", "2961.68"));
        Table t6 = Fixtures.table("general_budget_basic_expenditure", "一般公共预算财政拨款基本支出决算表", null,
                row("1", "301", "工资福利支出", "决算数", "2082.85"),
                row("1", "303", "对个人和家庭的补助", "决算数", "69.41"),
                row("1", null, "人员经费合计", "决算数", "2152.26"),
                row("2", "302", "商品和服务支出", "决算数", "171.07"),
                row("2", "310", "资本性支出", "决算数", "13.58"),
                row("2", null, "公用经费合计", "决算数", "184.65"));
        assertEquals(List.of(), errors(check(List.of(T1, t4, t5("60.99"), t6))));
        List<Finding> f = errors(check(List.of(T1, t4, t5("61.99"), t6)));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("cross.general_budget") && x.message().contains("卫生健康")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.hierarchy")), "210 61.99 vs its 款 60.99");
        Table t6bad = replace(t6, "公用经费合计", "2", "决算数", "194.65");
        List<Finding> g = errors(check(List.of(t5("60.99"), t6bad)));
        assertTrue(g.stream().anyMatch(x -> x.rule().equals("table.basic_groups")), g.toString());
        assertTrue(g.stream().anyMatch(x -> x.rule().equals("cross.basic")), g.toString());
    }

    @Test
    void threePublicSumsAndEmptyTableWithoutNote() {
        Table t9 = Fixtures.table("three_public", "财政拨款“三公”经费支出决算表", null,
                row(null, null, "", "预算数/合计", "0.95", "预算数/因公出国（境）费", "0.00", "预算数/公务用车购置及运行维护费/小计", "0.00",
                        "预算数/公务用车购置及运行维护费/公务用车购置费", "0.00", "预算数/公务用车购置及运行维护费/公务用车运行维护费", "0.00",
                        "预算数/公务接待费", "0.85"));
        List<Finding> f = errors(check(List.of(t9)));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.row_sum") && x.message().contains("预算数")), f.toString());

        Table empty = Fixtures.table("three_public", "财政拨款“三公”经费支出决算表", null,
                row(null, null, "", "预算数/合计", "", "决算数/合计", ""));
        var narrative = Fixtures.section("“三公”经费财政拨款支出决算总体情况说明",
                "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%。");
        List<Finding> g = Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(narrative), List.of(T1, empty)), null);
        assertTrue(g.stream().anyMatch(x -> x.rule().equals("complete.empty_table_note")), g.toString());
        assertTrue(g.stream().anyMatch(x -> x.rule().equals("narr.table_three_public") && x.severity() == Severity.ERROR), g.toString());
        Table noted = new Table("three_public", "财政拨款“三公”经费支出决算表", "万元", List.of(1), "hand", List.of(), empty.rows(),
                "说明：本单位无“三公”经费支出，故本表无数据。", null);
        assertTrue(Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(), List.of(noted)), null).isEmpty());
    }

    @Test
    void threePublicBesideMeetingAndTrainingWithoutPhaseWords() {
        // a budget's table: 合计 = 三公 + 会议费 + 培训费, the 三公's own 小计 = 出国 + 车辆小计 + 接待
        java.util.function.Function<String, Table> t9 = total -> Fixtures.table("three_public", "“三公”经费、会议费、培训费支出预算表", null,
                row(null, null, "", "合计", total, "“三公”经费/小计", "767.60", "“三公”经费/因公出国（境）费", "199.25",
                        "“三公”经费/公务用车购置及运行维护费/小计", "183.60", "“三公”经费/公务用车购置及运行维护费/公务用车购置费", "",
                        "“三公”经费/公务用车购置及运行维护费/公务用车运行维护费", "183.60", "“三公”经费/公务接待费", "384.75",
                        "会议费", "1469.73", "培训费", "363.38"));
        assertEquals(List.of(), errors(check(List.of(t9.apply("2600.71")))));
        List<Finding> f = errors(check(List.of(t9.apply("2640.71"))));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.row_sum") && x.message().contains("会议费")), f.toString());
    }

    @Test
    void blankRowsAddNoRoundingToASum() {
        // 3 filled classes and 18 blank ones: a 0.1 off is more than the rounding of 4 printed figures
        List<TableRow> rows = new java.util.ArrayList<>();
        String[] names = {"一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出", "七、文化旅游体育与传媒支出",
                "八、社会保障和就业支出", "九、卫生健康支出", "十、节能环保支出", "十一、城乡社区支出", "十二、农林水支出", "十三、交通运输支出",
                "十四、资源勘探信息等支出", "十五、商业服务业等支出", "十六、金融支出", "十七、自然资源海洋气象等支出", "十八、住房保障支出",
                "十九、粮油物资储备支出", "二十、灾害防治及应急管理支出", "二十一、其他支出"};
        for (String n : names) {
            String v = n.startsWith("一、") ? "13907.78" : n.startsWith("八、") ? "1121.29" : n.startsWith("十八、") ? "3301.20" : "";
            rows.add(row("支出", null, n, "金额", v));
        }
        rows.add(row("支出", null, "本年支出合计", "金额", "18330.37"));
        Table t1 = Fixtures.table("income_expenditure_summary", "收支预算总表", null, rows.toArray(new TableRow[0]));
        List<Finding> f = errors(check(List.of(t1)));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.summary")), f.toString());
    }

    @Test
    void missingRowOrColumnMeansNoCheckNeverZero() {
        // a T5 without its 合计 row and a T3 without 项目支出: nothing to compare, nothing reported
        Table t5 = Fixtures.table("general_budget_expenditure", "一般公共预算财政拨款支出决算表", null,
                row(null, "201", "一般公共服务支出", "合计", "2106.66", "基本支出", "1503.52"));
        Table t3 = Fixtures.table("expenditure", "支出决算表", null,
                row(null, null, "合计", "本年支出合计", "2940.05", "基本支出", "2336.91"));
        assertEquals(List.of(), errors(check(List.of(t5, t3))));
    }

    @Test
    void narrativeTotalsAgainstTables() {
        var s4 = Fixtures.section("财政拨款收入支出决算总体情况说明", "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。");
        Table t4 = Fixtures.table("appropriation_summary", "财政拨款收入支出决算总表", null,
                row("收入", null, "本年收入合计", "决算数", "2940.05"),
                row("收入", null, "年初财政拨款结转和结余", "决算数", "21.63"),
                row("收入", null, "总计", "决算数", "2961.68"));
        List<Finding> f = Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(s4), List.of(t4)), null);
        Finding n = f.stream().filter(x -> x.rule().equals("narr.table_totals")).findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(Severity.ERROR, n.severity());
        assertTrue(n.arithmetic().contains("[2961.675, 2961.685]") || n.arithmetic().contains("29616750"), n.arithmetic());
        assertEquals(2, n.evidence().size());
    }

    @Test
    void budgetIdentitiesAcrossUnits() {
        // budget (元): 支出总表 合计 = 基本 + 项目; 基本支出 = 基本支出预算表 合计 = 人员经费 + 公用经费 (SPEC E3 figures)
        Table t3 = new Table("expenditure", "部门支出预算总表", "元", List.of(1), "hand", List.of(), List.of(
                row(null, null, "合计", "合计", "31214205.80", "基本支出", "25121091.00", "项目支出", "6093114.80")), null, null);
        Table t8 = new Table("general_budget_basic_expenditure", "一般公共预算基本支出部门预算经济分类预算表", "元", List.of(2), "hand", List.of(), List.of(
                row(null, null, "合计", "合计", "25121091.00", "人员经费", "22826756.00", "公用经费", "2294335.00")), null, null);
        List<Finding> ok = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(), List.of(t3, t8)), null);
        assertEquals(List.of(), errors(ok));
        Table t8bad = new Table(t8.kind(), t8.title(), "元", t8.pages(), "hand", List.of(), List.of(
                row(null, null, "合计", "合计", "25121081.00", "人员经费", "22826756.00", "公用经费", "2294325.00")), null, null);
        // the 支出总表 covers all funds, the 基本支出 table 一般公共预算 only: with a 收支总表 whose income is all
        // 一般公共预算, the two must be equal (an error)
        Table t1 = new Table("income_expenditure_summary", "部门财务收支预算总表", "元", List.of(1), "hand", List.of(), List.of(
                row("收入", null, "一般公共预算资金", "预算数", "31214205.80"),
                row("收入", null, "事业收入", "预算数", "0.00"),
                row("收入", null, "本年收入合计", "预算数", "31214205.80")), null, null);
        List<Finding> f = errors(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(), List.of(t1, t3, t8bad)), null));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("cross.basic")), f.toString());
        // without the 收支总表 the funds behind the difference are unknown: a warning
        List<Finding> w = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(), List.of(t3, t8bad)), null);
        assertEquals(List.of(), errors(w).stream().filter(x -> x.rule().equals("cross.basic")).toList());
        assertTrue(w.stream().anyMatch(x -> x.rule().equals("cross.basic") && x.severity() == Severity.WARNING), w.toString());
        // with 事业收入 beside the 一般公共预算 income the 支出总表's 基本支出 may exceed the 一般公共预算 table's: nothing
        Table t1other = new Table("income_expenditure_summary", "部门财务收支预算总表", "元", List.of(1), "hand", List.of(), List.of(
                row("收入", null, "一般公共预算资金", "预算数", "31214195.80"),
                row("收入", null, "事业收入", "预算数", "10.00"),
                row("收入", null, "本年收入合计", "预算数", "31214205.80")), null, null);
        List<Finding> o = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(), List.of(t1other, t3, t8bad)), null);
        assertTrue(o.stream().noneMatch(x -> x.rule().equals("cross.basic")), o.toString());
        // but the 一般公共预算 part can never exceed the whole
        Table t8big = new Table(t8.kind(), t8.title(), "元", t8.pages(), "hand", List.of(), List.of(
                row(null, null, "合计", "合计", "25121101.00", "人员经费", "22826756.00", "公用经费", "2294345.00")), null, null);
        List<Finding> b = errors(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(), List.of(t1other, t3, t8big)), null));
        assertTrue(b.stream().anyMatch(x -> x.rule().equals("cross.basic")), b.toString());
    }

    @Test
    void incomeTableTotalMayIncludeSourcesListedBelowTheSummaryLine() {
        // 收支总表 lists 上级补助收入 under its 本年收入合计; the 收入总表's 合计 carries it as a column of its own
        Table t1 = new Table("income_expenditure_summary", "收支总体情况表", "万元", List.of(1), "hand", List.of(), List.of(
                row("收入", null, "一般公共预算收入", "预算数", "191114.39"),
                row("收入", null, "其他收入", "预算数", "26.00"),
                row("收入", null, "本年收入合计", "预算数", "191140.39"),
                row("收入", null, "上级补助收入", "预算数", "173.00"),
                row("收入", null, "收入总计", "预算数", "191313.39")), null, null);
        Table t2 = new Table("income", "收入总体情况表", "万元", List.of(2), "hand", List.of(), List.of(
                row(null, null, "合计", "合计", "191313.39", "其他收入", "26.00", "上级补助收入", "173.00")), null, null);
        List<Finding> ok = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(), List.of(t1, t2)), null);
        assertTrue(ok.stream().noneMatch(x -> x.rule().equals("cross.income")), ok.toString());
        // a 合计 that fits neither reading is an error
        Table t2bad = new Table("income", "收入总体情况表", "万元", List.of(2), "hand", List.of(), List.of(
                row(null, null, "合计", "合计", "191413.39", "其他收入", "26.00", "上级补助收入", "173.00")), null, null);
        Table t1plain = new Table("income_expenditure_summary", "收支总体情况表", "万元", List.of(1), "hand", List.of(), List.of(
                row("收入", null, "一般公共预算收入", "预算数", "191114.39"),
                row("收入", null, "其他收入", "预算数", "26.00"),
                row("收入", null, "本年收入合计", "预算数", "191140.39"),
                row("收入", null, "收入总计", "预算数", "191140.39")), null, null);
        List<Finding> bad = errors(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(), List.of(t1plain, t2bad)), null));
        assertTrue(bad.stream().anyMatch(x -> x.rule().equals("cross.income")), bad.toString());
    }

    @Test
    void generalBudgetRowsAreASubsetOfAllFunds() {
        Table t3 = replaceByCode(t3(), "201", "基本支出", "1403.52");
        List<Finding> f = check(List.of(t3, t5("60.99")));
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("cross.subset") && x.severity() == Severity.WARNING), f.toString());
        // the row-by-row comparison states its arithmetic as data: T5's figure, the most T3's row allows, the gap
        Finding row = f.stream().filter(x -> x.rule().equals("cross.subset") && x.arithmetic().contains("≤ T3 1403.52"))
                .findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertNotNull(row.calc(), row.toString());
        assertEquals("万元", row.calc().unit());
        assertEquals(0, new java.math.BigDecimal("1403.525").compareTo(row.calc().computedInterval().get(1)), row.calc().toString());
        assertTrue(row.calc().gap().signum() > 0
                && row.calc().printedInterval().get(0).subtract(row.calc().gap()).compareTo(new java.math.BigDecimal("1403.525")) == 0,
                row.calc().toString());
    }

    @Test
    void budgetNarrativeInWanAgainstTableInYuan() {
        // SPEC §2: the Putuo 财政局 2025 budget narrates 职业年金 887.36万元 while its table prints 873,617.00 元
        // the 项 lines a budget narrates are its 一般公共预算 lines: the table is the 一般公共预算支出功能分类预算表 (in 元)
        Table t3 = new Table("general_budget_expenditure", "部门一般公共预算支出功能分类预算表", "元", List.of(5), "hand", List.of(), List.of(
                row(null, "208", "社会保障和就业支出", "合计", "3020000.00"),
                row(null, "20805", "行政事业单位养老支出", "合计", "3020000.00"),
                row(null, "2080506", "机关事业单位职业年金缴费支出", "合计", "873617.00")), null, null);
        var s = Fixtures.section("项目经费情况说明",
                "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元，主要用于缴纳职业年金支出。");
        List<Finding> f = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(s), List.of(t3)), null);
        Finding n = f.stream().filter(x -> x.rule().equals("narr.table_classes")).findFirst().orElseThrow(() -> new AssertionError(f.toString()));
        assertEquals(Severity.ERROR, n.severity());
        assertTrue(n.message().contains("873617.00"), n.message());
        var right = Fixtures.section("项目经费情况说明",
                "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”87.36万元，主要用于缴纳职业年金支出。");
        assertTrue(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(right), List.of(t3)), null).stream()
                .noneMatch(x -> x.rule().equals("narr.table_classes")), "87.36万元 = [873550, 873650] 元 contains 873617.00");
    }

    // ---- helpers ----

    static Table replace(Table t, String name, String block, String col, String value) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            if (name.equals(r.name()) && (block == null || block.equals(r.block()))) {
                Map<String, BigDecimal> v = new LinkedHashMap<>(r.values());
                v.put(col, new BigDecimal(value));
                r = new TableRow(r.code(), r.name(), r.level(), r.block(), v, r.page(), r.box());
            }
            rows.add(r);
        }
        return new Table(t.kind(), t.title(), t.unit(), t.pages(), t.method(), t.columns(), rows, t.note(), t.cells());
    }

    static Table replaceByCode(Table t, String code, String col, String value) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            if (code.equals(r.code())) {
                Map<String, BigDecimal> v = new LinkedHashMap<>(r.values());
                v.put(col, new BigDecimal(value));
                r = new TableRow(r.code(), r.name(), r.level(), r.block(), v, r.page(), r.box());
            }
            rows.add(r);
        }
        return new Table(t.kind(), t.title(), t.unit(), t.pages(), t.method(), t.columns(), rows, t.note(), t.cells());
    }
}
