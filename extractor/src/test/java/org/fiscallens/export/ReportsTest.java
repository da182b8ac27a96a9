package org.fiscallens.export;

import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Scope;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A made-up series of one entity named three ways (no corpus file has this layout: the "三公" table with 上年 columns
 * and a 合计 that includes 会议费), a re-render and an altered copy: ids, statuses, panel, cross-year findings.
 */
class ReportsTest {

    private static Map<String, BigDecimal> vals(String... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1] == null ? null : new BigDecimal(kv[i + 1]));
        return m;
    }

    private static LoadedResult doc(String file, String entity, int year, String threePublicCol, String threePublic,
                                    String priorCol, String prior, List<Fact> facts) {
        Map<String, BigDecimal> tp = vals("合计", "150.00", threePublicCol, threePublic, "会议费", "40.00", "培训费", "10.00");
        if (priorCol != null) tp.put(priorCol, new BigDecimal(prior));
        Table t = new Table("three_public", "“三公”经费、会议费、培训费支出预算表", "万元", List.of(9), "hand", List.copyOf(tp.keySet()),
                List.of(new TableRow(null, null, null, null, tp, 9, null)), null, null);
        Table s = new Table("income_expenditure_summary", "收支预算总表", "元", List.of(3), "hand", List.of("预算数"),
                List.of(new TableRow(null, "收入总计", null, "收入", vals("预算数", "12345678.90"), 3, null),
                        new TableRow(null, "支出总计", null, "支出", vals("预算数", "12345678.90"), 3, null)), null, null);
        FiscalDocument d = new FiscalDocument(1, "t", new SourceInfo(file, Integer.toHexString(file.hashCode()).repeat(8), 10, null, null),
                new DocumentInfo(DocumentKind.BUDGET, Scope.DEPARTMENT, year, entity, null, null),
                List.of(), List.of(s, t), facts, List.of(), List.of());
        return new LoadedResult(Path.of(file + ".json"), file, d);
    }

    private static Fact fact(String key, String value, String direction, String comparison, int year, String quote) {
        return new Fact(key, key, new BigDecimal(value), "万元", year, comparison, "三", 9, quote, null,
                null, direction, comparison == null ? null : "上年", null, null);
    }

    @Test
    void seriesCopiesPanelAndCrossYear() {
        LoadedResult y1 = doc("a2021.pdf", "中国共产党示例市委员会宣传部", 2021, "“三公”经费/小计", "100.00", null, null, List.of());
        String quote = "“三公”经费预算90.00万元，比上年减少15.00万元";
        List<Fact> facts = List.of(fact("three_public", "90.00", null, null, 2022, quote),
                fact("three_public.change", "15.00", "减少", "yoy", 2022, quote));
        LoadedResult y2 = doc("b2022.pdf", "中共示例市委宣传部（本级）", 2022, "2022年/“三公”经费/小计", "90.00",
                "2021年/“三公”经费/小计", "100.00", facts);
        LoadedResult rerender = doc("b2022-copy.pdf", "中共示例市委宣传部", 2022, "2022年/“三公”经费/小计", "90.00",
                "2021年/“三公”经费/小计", "100.00", List.of());
        LoadedResult altered = doc("b2022-draft.pdf", "示例市委宣传部", 2022, "2022年/“三公”经费/小计", "95.00",
                "2021年/“三公”经费/小计", "100.00", List.of());
        List<LoadedResult> all = List.of(y1, y2, rerender, altered);
        Reports r = Reports.of(all);

        for (LoadedResult d : all) assertEquals("示例市委宣传部", r.entityId(d), d.name());
        assertEquals("primary", r.status(y2));
        assertEquals("duplicate", r.status(rerender));
        assertEquals("variant", r.status(altered));

        List<List<Object>> panel = r.panelRows();
        assertEquals(2, panel.size(), "one row per report");
        List<String> h = Reports.panelHeader();
        Map<String, Object> row2022 = new FlatTable("panel", h, x -> List.of()).asMap(panel.get(1));
        assertEquals(2022, row2022.get("fiscal_year"));
        assertEquals(0, new BigDecimal("900000").compareTo((BigDecimal) row2022.get("\"三公\"经费")),
                "the \"三公\" total, not the 合计 with 会议费 and 培训费, in 元");
        assertEquals(0, new BigDecimal("12345678.90").compareTo((BigDecimal) row2022.get("支出总计")));
        assertEquals("b2022-copy.pdf", row2022.get("duplicates"));
        assertEquals("b2022-draft.pdf", row2022.get("variants"));

        // 2022's 2021年 column (100.00) agrees with the 2021 report; its statement 90.00 − (−15.00) = 105.00 does not
        List<Reports.CrossYear> cmp = r.comparisons();
        assertTrue(cmp.stream().anyMatch(c -> c.agrees() && c.what().equals("three_public") && c.stated().equals("100.00万元")), cmp.toString());
        List<Reports.CrossYear> bad = r.crossYear();
        assertEquals(1, bad.size(), bad.toString());
        var f = bad.get(0).finding();
        assertEquals("cross_year", f.category());
        assertTrue(f.evidence().get(0).quote().startsWith("b2022.pdf") && f.evidence().get(1).quote().startsWith("a2021.pdf"),
                "both documents cited: " + f.evidence());
        assertTrue(f.arithmetic().contains("90.00万元 − (-15.00万元)"), f.arithmetic());
        assertEquals(1, r.crossYearRows().size());
        assertEquals(ExportRows.FINDINGS.header().size(), r.crossYearRows().get(0).size(), "a findings.csv row");
        assertEquals(new BigDecimal("-15.00"), Reports.signedChange(facts.get(1)), "a 减少 is negative");
    }

    @Test
    void valueYuanIsValueTimesUnitOnEveryRow() {
        LoadedResult y1 = doc("a2021.pdf", "示例市委宣传部", 2021, "“三公”经费/小计", "100.00", null, null, List.of());
        List<List<Object>> rows = ExportRows.values(y1, null);
        int value = ExportRows.VALUES_HEADER.indexOf("value"), unit = ExportRows.VALUES_HEADER.indexOf("unit"),
                yuan = ExportRows.VALUES_HEADER.indexOf("value_yuan");
        assertFalse(rows.isEmpty());
        for (List<Object> row : rows) {
            assertEquals(ExportRows.VALUES_HEADER.size(), row.size());
            BigDecimal v = (BigDecimal) row.get(value);
            BigDecimal expected = v.multiply(row.get(unit).equals("万元") ? new BigDecimal(10000) : BigDecimal.ONE);
            assertEquals(0, expected.compareTo((BigDecimal) row.get(yuan)), row.toString());
        }
    }
}
