package org.fiscallens.checks.tables;

import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A column about the previous year beside the current one (2025年预算数 beside 2026年预算数, 上年 beside 当年, and
 * the change between them) is a comparison: a rule asking for the table's 合计 reads the current year's.
 */
class ComparisonColumnTest {

    static TableView view(String block, List<String> columns, String... values) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) v.put(columns.get(i), new BigDecimal(values[i]));
        TableRow row = new TableRow(null, "合计", null, block, v, 1, null);
        return new TableView(new Table("three_public", "“三公”经费支出情况表", "万元", List.of(1), "lattice", columns, List.of(row), null, List.of()));
    }

    @Test
    void thePriorYearsBudgetIsAComparisonNotTheCurrentFigure() {
        List<String> cols = List.of("2025年预算数/合计", "2025年预算数/公务接待费", "2026年预算数/合计", "2026年预算数/公务接待费");
        TableView t = view(null, cols, "9.00", "2.00", "7.50", "1.50");
        assertEquals("2026年预算数/合计", t.column(null, "合计"));
        assertEquals(List.of("2026年预算数/公务接待费"), t.columnsWith(null, "预算", "公务接待"));
        assertTrue(t.isComparison(null, "2025年预算数/合计"));
        assertFalse(t.isComparison(null, "2026年预算数/合计"));
        // asked by its year, the comparison column is still there
        assertEquals(List.of("2025年预算数/合计"), t.columnsWith(null, "2025年", "合计"));
    }

    @Test
    void previousYearAndChangeColumnsAreComparisonsButACarryOverIsNot() {
        List<String> cols = List.of("上年/合计", "当年/合计", "增减变化情况/合计", "上年结转", "当年/会议费");
        TableView t = view("支出", cols, "10.00", "12.00", "2.00", "3.00", "1.00");
        assertEquals("当年/合计", t.column("支出", "合计"));
        assertTrue(t.isComparison("支出", "上年/合计"));
        assertTrue(t.isComparison("支出", "增减变化情况/合计"));
        assertFalse(t.isComparison("支出", "上年结转"));
        assertFalse(t.isComparison("支出", "当年/会议费"));
    }

    @Test
    void aBannerNameStandsForTheFirstColumnGroupUnderIt() {
        Map<String, BigDecimal> v = Map.of("预算数", new BigDecimal("120.00"));
        List<TableRow> rows = List.of(
                new TableRow(null, "支出总计", null, "支出/支出功能分类科目", v, 1, null),
                new TableRow(null, "支出总计", null, "支出/部门经济分类科目", v, 1, null));
        TableView t = new TableView(new Table("income_expenditure_summary", "收支总表", "万元", List.of(1), "lattice", List.of("预算数"), rows, null, List.of()));
        assertEquals(1, t.rows("支出").size());
        assertEquals("支出/支出功能分类科目", t.rows("支出").get(0).block());
        assertEquals(2, t.blocks().size());
    }
}
