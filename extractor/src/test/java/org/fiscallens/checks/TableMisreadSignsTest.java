package org.fiscallens.checks;

import org.fiscallens.checks.rules.TableArithmeticRules;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.fiscallens.checks.Fixtures.row;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The table identities on layouts that list the same money several ways (synthetic tables, paraphrasing the
 * holdout's shapes with other names and figures): a 收支总表 whose 支出 side lists 类, 款 and 项 one under the
 * other without codes; a 一、本年支出 followed by its own 一、二、… breakdown; parts that come to a whole multiple
 * of the printed total; one defect showing in several columns; two items printed with one code.
 */
class TableMisreadSignsTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static List<Finding> errors(Table... t) {
        return Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(), List.of(t)), null).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
    }

    static List<Finding> all(Table... t) {
        return Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(), List.of(t)), null);
    }

    static TableRow in(String name, String v) { return row("收入", null, name, "预算数", v); }

    static TableRow out(String name, String v) { return row("支出", null, name, "预算数", v); }

    /** 支出 lines: 类 / 款 / 项 names without codes, nested by indentation only. */
    static Table nestedSummary(String subtotal, String firstItem) {
        return Fixtures.table("income_expenditure_summary", "部门收支预算总表", null,
                in("一、财政拨款", "510.00"), in("本年收入合计", "510.00"), in("上年结转结余", ""), in("收入总计", "510.00"),
                out("教育支出", "300.00"), out("普通教育", "300.00"), out("小学", firstItem), out("初中", "180.00"),
                out("农林水支出", "210.00"), out("农业农村", "210.00"), out("事业运行", "210.00"),
                out("本年支出合计", subtotal), out("年终结转结余", ""), out("支出总计", subtotal));
    }

    @Test
    void aListingOfClassesItemsAndSubItemsWithoutCodesSumsItsTopLines() {
        assertEquals(List.of(), errors(nestedSummary("510.00", "120.00")));
        // a true slip stays a finding: the 项 no longer add up to their 款, nor the lines to the 合计
        Table slip = nestedSummary("520.00", "120.00");
        assertTrue(errors(slip).stream().anyMatch(f -> f.rule().equals("table.summary")), errors(slip).toString());
    }

    @Test
    void partsAddingToAWholeMultipleOfTheTotalMarkTheTableNotUnderstood() {
        // 类 300 + 款 300 + one 项 of 120 instead of 130: not nested, the flat sum 3× 510 − 10 ≈ 3× the printed total
        Table t = Fixtures.table("income_expenditure_summary", "部门收支预算总表", null,
                out("教育支出", "300.00"), out("普通教育", "300.00"), out("小学", "300.00"),
                out("农林水支出", "210.00"), out("农业农村", "210.00"), out("事业运行", "200.00"),
                out("本年支出合计", "510.00"), out("支出总计", "510.00"));
        Table v = TableSelfCheck.verdict(t);
        assertEquals(Boolean.FALSE, v.understood());
        assertTrue(v.reason().contains("3 倍"), v.reason());
        List<Finding> f = all(v);
        assertEquals(List.of(), f.stream().filter(x -> x.severity() == Severity.ERROR).toList());
        assertEquals(1, f.stream().filter(x -> x.rule().equals("table.unreadable")).count(), f.toString());
    }

    @Test
    void aSubtotalFollowedByItsOwnNumberedBreakdownIsNotAddedTwice() {
        Table t = Fixtures.table("appropriation_summary", "财政拨款收支总表", null,
                out("一、本年支出", "880.00"), out("一、一般公共服务支出", "700.00"), out("二、教育支出", "100.00"),
                out("三、住房保障支出", "80.00"), out("二、结转下年支出", "20.00"), out("支出总计", "900.00"));
        assertEquals(List.of(), errors(t));
        // the breakdown itself is checked against its subtotal
        Table slip = Fixtures.table("appropriation_summary", "财政拨款收支总表", null,
                out("一、本年支出", "880.00"), out("一、一般公共服务支出", "600.00"), out("二、教育支出", "100.00"),
                out("三、住房保障支出", "80.00"), out("二、结转下年支出", "20.00"), out("支出总计", "900.00"));
        List<Finding> f = errors(slip);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("“一、本年支出” ≠ 其下各行之和"), f.get(0).message());
    }

    @Test
    void cjkNumbers() {
        assertEquals(1, TableArithmeticRules.cjkNumber("一、本年支出"));
        assertEquals(10, TableArithmeticRules.cjkNumber("十、卫生健康支出"));
        assertEquals(14, TableArithmeticRules.cjkNumber("十四、交通运输支出"));
        assertEquals(20, TableArithmeticRules.cjkNumber("二十、住房保障支出"));
        assertEquals(31, TableArithmeticRules.cjkNumber("三十一、往来性支出"));
        assertEquals(-1, TableArithmeticRules.cjkNumber("（一）一般公共预算"));
        assertEquals(-1, TableArithmeticRules.cjkNumber("本年支出合计"));
    }

    @Test
    void oneRowFailingByOneGapInSeveralColumnsIsOneFinding() {
        // 类 401 printed 95.00 in 合计, 小计 and 人员经费, its 款 add to 97.50: one defect, one finding naming the columns
        Table t = Fixtures.table("general_budget_basic_expenditure", "基本支出表", null,
                row(null, "401", "工资", "合计", "95.00", "当年/小计", "95.00", "当年/人员经费", "95.00"),
                row(null, "40101", "基本工资", "合计", "60.00", "当年/小计", "60.00", "当年/人员经费", "60.00"),
                row(null, "40102", "津贴", "合计", "37.50", "当年/小计", "37.50", "当年/人员经费", "37.50"));
        List<Finding> h = errors(t).stream().filter(f -> f.rule().equals("table.hierarchy")).toList();
        assertEquals(1, h.size(), h.toString());
        assertTrue(h.get(0).message().contains("合计、小计、人员经费"), h.get(0).message());
        // a missing 项 in a table whose 合计 and 项目支出 both fall short by it: one finding telling both figures
        Table u = Fixtures.table("general_budget_expenditure", "支出表", null,
                row(null, "20402", "公安", "合计", "900.00", "基本支出", "500.00", "项目支出", "400.00"),
                row(null, "2040201", "行政运行", "合计", "500.00", "基本支出", "500.00", "项目支出", ""),
                row(null, "2040299", "其他", "合计", "250.00", "基本支出", "", "项目支出", "250.00"));
        List<Finding> g = errors(u).stream().filter(f -> f.rule().equals("table.hierarchy")).toList();
        assertEquals(1, g.size(), g.toString());
        assertTrue(g.get(0).message().contains("合计、项目支出") && g.get(0).message().contains("项目支出 印 400.00"), g.get(0).message());
    }

    @Test
    void twoItemsPrintedWithOneCodeButDifferentAmountsAreBothChildren() {
        Table t = Fixtures.table("general_budget_basic_expenditure", "基本支出表", null,
                row(null, "302", "商品和服务支出", "合计", "50.00"),
                row(null, "30201", "办公费", "合计", "10.00"),
                row(null, "30208", "取暖费", "合计", "15.00"),
                row(null, "30208", "物业管理费", "合计", "25.00"));
        assertEquals(List.of(), errors(t).stream().filter(f -> f.rule().equals("table.hierarchy")).toList());
        TableArithmeticRules.Identities ids = TableArithmeticRules.evaluate(new TableView(t));
        assertEquals(0, ids.failures().size());
    }
}
