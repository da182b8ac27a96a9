package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Cell;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed PDF: its nine tables (T7/T8 empty with notes) and the six 项目支出绩效自评表 grids with merged cells. */
class SeedTablesTest {

    static Table only(List<Table> tables, String kind) {
        List<Table> ts = tables.stream().filter(t -> t.kind().equals(kind)).toList();
        assertEquals(1, ts.size(), "one " + kind + " table: " + ts.stream().map(Table::pages).toList());
        return ts.get(0);
    }

    @Test
    void nineTablesAndSixSelfAssessments() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        List<Table> t = doc.tables();
        Map<String, Integer> pages = Map.of("income_expenditure_summary", 4, "income", 5, "expenditure", 6,
                "appropriation_summary", 7, "general_budget_expenditure", 8, "general_budget_basic_expenditure", 9,
                "government_fund", 10, "state_capital", 11, "three_public", 12);
        pages.forEach((kind, page) -> {
            Table x = only(t, kind);
            assertEquals(List.of(page), x.pages(), kind);
            assertEquals("万元", x.unit(), kind);
        });

        Table t1 = only(t, "income_expenditure_summary");
        assertEquals("收入支出决算总表", t1.title());
        TableRow total = t1.rows().stream().filter(r -> "收入".equals(r.block()) && "总计".equals(r.name())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2390.80"), total.values().get("金额"));
        assertTrue(t1.rows().stream().noneMatch(r -> r.code() != null), "行次 numbers are not codes");

        for (String empty : List.of("government_fund", "state_capital")) {
            Table x = only(t, empty);
            // P10/P11: an emptied table, its header over 合计 and blank lines: its one row is the printed blank line
            // (no code, no name, every cell blank), which the checks read as 0
            assertEquals(1, x.rows().size(), empty + " is empty: " + x.rows());
            TableRow blank = x.rows().get(0);
            assertTrue(blank.code() == null && blank.name() == null, blank.toString());
            assertEquals(x.columns().size(), blank.values().size(), blank.toString());
            assertTrue(blank.values().values().stream().allMatch(java.util.Objects::isNull), empty + " has no figure: " + blank);
            assertNotNull(x.note(), empty + " keeps its note");
            assertTrue(x.note().contains("本表无数据"), x.note());
        }

        Table t6 = only(t, "general_budget_basic_expenditure");
        assertEquals(List.of("人员经费", "公用经费"), t6.rows().stream().map(TableRow::block).distinct().toList());
        TableRow r30213 = t6.rows().stream().filter(r -> "30213".equals(r.code())).findFirst().orElseThrow();
        assertEquals("维修（护）费", r30213.name());
        assertEquals(new BigDecimal("0.23"), r30213.values().get("决算数"));
        assertEquals("款", r30213.level());

        Table t2 = only(t, "income");
        TableRow r = t2.rows().stream().filter(x -> "2080505".equals(x.code())).findFirst().orElseThrow();
        assertEquals("项", r.level());
        assertEquals(new BigDecimal("168.34"), r.values().get("本年收入合计"));

        List<Table> self = t.stream().filter(x -> x.kind().equals("performance_self_assessment")).toList();
        assertEquals(List.of(35, 36, 37, 38, 39, 40), self.stream().map(x -> x.pages().get(0)).toList());
        for (Table s : self) {
            assertNotNull(s.cells());
            assertTrue(s.cells().stream().anyMatch(c -> c.colSpan() > 1), "merged columns kept");
            assertTrue(s.cells().stream().anyMatch(c -> c.rowSpan() > 1), "merged rows kept");
            assertTrue(s.cells().stream().map(Cell::text).anyMatch(x -> x != null && x.contains("一级指标")), "indicator header kept");
            assertTrue(s.title().endsWith("项目自评表"), s.title());
        }
    }
}
