package org.fiscallens.checks;

import org.fiscallens.checks.rules.TableArithmeticRules;
import org.fiscallens.checks.tables.TableSet;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.fiscallens.checks.Fixtures.row;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The table self-check: a table whose own identities fail in bulk is marked not understood and gives one
 * {@code table.unreadable} warning instead of a finding per identity; a correct table, and a table with a report's
 * own slip, stay understood and keep their findings.
 */
class TableSelfCheckTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    /** 一般公共预算支出表 as printed: every 类 = Σ款, 款 = Σ项, 合计 = Σ类, 合计 = 基本 + 项目. */
    static Table printed() {
        return Fixtures.table("general_budget_expenditure", "一般公共预算支出表", null, rows(false));
    }

    /**
     * The same table as a misreading gives it: the 基本支出 and 项目支出 figures taken from the line below (a wrapped
     * name that shifted the figures by one row), so hardly any sum holds.
     */
    static Table misread() {
        return Fixtures.table("general_budget_expenditure", "一般公共预算支出表", null, rows(true));
    }

    static TableRow[] rows(boolean shifted) {
        String[][] lines = {
                {null, "合计", "1000.00", "700.00", "300.00"},
                {"201", "一般公共服务支出", "600.00", "400.00", "200.00"},
                {"20101", "人大事务", "250.00", "150.00", "100.00"},
                {"2010101", "行政运行", "150.00", "150.00", "0.00"},
                {"2010108", "代表工作", "100.00", "0.00", "100.00"},
                {"20103", "政府办公厅（室）及相关机构事务", "350.00", "250.00", "100.00"},
                {"2010301", "行政运行", "250.00", "250.00", "0.00"},
                {"2010350", "事业运行", "100.00", "0.00", "100.00"},
                {"208", "社会保障和就业支出", "300.00", "300.00", "0.00"},
                {"20805", "行政事业单位养老支出", "300.00", "300.00", "0.00"},
                {"2080505", "机关事业单位基本养老保险缴费支出", "200.00", "200.00", "0.00"},
                {"2080506", "机关事业单位职业年金缴费支出", "100.00", "100.00", "0.00"},
                {"221", "住房保障支出", "100.00", "0.00", "100.00"},
                {"22102", "住房改革支出", "100.00", "0.00", "100.00"},
                {"2210201", "住房公积金", "100.00", "0.00", "100.00"},
        };
        List<TableRow> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] l = lines[i], v = shifted && i + 1 < lines.length ? lines[i + 1] : l;
            out.add(row(null, l[0], l[1], "合计", l[2], "基本支出", v[3], "项目支出", v[4]));
        }
        return out.toArray(new TableRow[0]);
    }

    static List<Finding> check(Table... tables) {
        return Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(), List.of(tables)), null);
    }

    @Test
    void aCorrectTableIsUnderstood() {
        Table t = TableSelfCheck.verdict(printed());
        assertEquals(Boolean.TRUE, t.understood());
        assertNull(t.reason());
        TableArithmeticRules.Identities ids = TableArithmeticRules.evaluate(new TableView(t));
        assertTrue(ids.checked() >= 30, "the identities of the table are evaluated: " + ids.checked());
        assertEquals(List.of(), ids.failures());
        assertTrue(check(t).stream().noneMatch(f -> f.rule().startsWith("table.")), check(t).toString());
    }

    @Test
    void aMisreadTableIsNotUnderstoodAndGivesOneFinding() {
        Table raw = misread();
        // without the self-check the misreading is an avalanche of errors about the report
        long before = check(raw).stream().filter(f -> f.severity() == Severity.ERROR).count();
        assertTrue(before >= TableSelfCheck.MIN_FAILED, "the misread table fails in bulk: " + before);

        Table t = TableSelfCheck.verdict(raw);
        assertEquals(Boolean.FALSE, t.understood());
        assertNotNull(t.reason());
        assertTrue(t.reason().contains("table.row_sum") && t.reason().contains("table.hierarchy"), t.reason());

        List<Finding> f = check(t);
        assertEquals(List.of(), f.stream().filter(x -> x.severity() == Severity.ERROR).toList());
        List<Finding> unreadable = f.stream().filter(x -> x.rule().equals("table.unreadable")).toList();
        assertEquals(1, unreadable.size(), f.toString());
        assertEquals(Severity.WARNING, unreadable.get(0).severity());
        assertTrue(unreadable.get(0).message().contains("一般公共预算支出表"), unreadable.get(0).message());
        assertEquals(1, unreadable.get(0).evidence().get(0).page());
    }

    @Test
    void aReportsOwnSlipKeepsTheTableUnderstoodAndIsStillReported() {
        // 2080506 printed 110.00 instead of 100.00 in 合计: its row sum, 款 20805, and nothing above fail
        TableRow[] r = rows(false);
        r[11] = row(null, "2080506", "机关事业单位职业年金缴费支出", "合计", "110.00", "基本支出", "100.00", "项目支出", "0.00");
        Table t = TableSelfCheck.verdict(Fixtures.table("general_budget_expenditure", "一般公共预算支出表", null, r));
        assertEquals(Boolean.TRUE, t.understood(), t.reason());
        List<Finding> f = check(t);
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("table.hierarchy") && x.severity() == Severity.ERROR), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.rule().equals("table.unreadable")), f.toString());
    }

    @Test
    void aSlipInAClassLineFailsThreeIdentitiesAndStaysUnderstood() {
        // 208 printed 310.00 in 合计: its row sum, 208 = Σ款 and 合计 = Σ类 fail, in that column only
        TableRow[] r = rows(false);
        r[8] = row(null, "208", "社会保障和就业支出", "合计", "310.00", "基本支出", "300.00", "项目支出", "0.00");
        Table t = Fixtures.table("general_budget_expenditure", "一般公共预算支出表", null, r);
        assertEquals(3, TableArithmeticRules.evaluate(new TableView(t)).failures().size());
        assertEquals(Boolean.TRUE, TableSelfCheck.verdict(t).understood());
        assertEquals(3, check(TableSelfCheck.verdict(t)).stream().filter(x -> x.rule().startsWith("table.") && x.severity() == Severity.ERROR).count());
    }

    @Test
    void aTableNotUnderstoodFeedsNoOtherCheckButStillCountsAsPresent() {
        Table t = TableSelfCheck.verdict(misread());
        TableSet set = new TableSet(List.of(t));
        assertTrue(set.all().isEmpty());
        assertNull(set.one("general_budget_expenditure"));
        assertTrue(set.ofKind("general_budget_expenditure").isEmpty());
        assertTrue(set.present("general_budget_expenditure"));
        assertEquals(1, set.unreadable().size());
    }
}
