package org.fiscallens.export;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports over the whole real corpus: panel headline figures against the hand-checked
 * {@code corpus/expected/exports/panel-headlines.tsv}, value_yuan = value × unit on every values.csv row, one entity id
 * per entity of the Jiangsu series, copies marked, and the cross-year comparisons of the series.
 */
class RealPanelTest {
    private static List<LoadedResult> results;
    private static Reports reports;

    @BeforeAll
    static void extract() {
        if (Corpus.realOrNull() == null) return;
        results = new ArrayList<>();
        for (Path pdf : Corpus.realPdfs()) {
            FiscalDocument d = Corpus.extract(pdf);
            results.add(new LoadedResult(pdf, pdf.getFileName().toString(), d));
        }
        reports = Reports.of(results);
    }

    private static boolean skip() {
        org.junit.jupiter.api.Assumptions.assumeTrue(results != null, "corpus/real not found at ../shared/corpus/real (set FISCAL_CORPUS): skipping");
        return false;
    }

    @Test
    void panelHeadlinesAsCheckedOnThePage() {
        if (skip()) return;
        List<String> header = Reports.panelHeader();
        FlatTable t = new FlatTable("panel", header, r -> List.of());
        List<Map<String, Object>> panel = reports.panelRows().stream().map(t::asMap).toList();
        List<Map<String, String>> expected = Corpus.tsv(Corpus.expected().resolve("exports/panel-headlines.tsv"));
        assertTrue(expected.size() >= 36, "≥ 12 entity-years × 3 figures");
        Set<String> entityYears = new TreeSet<>();
        for (Map<String, String> e : expected) {
            Map<String, Object> row = panel.stream().filter(p -> e.get("entity_id").equals(p.get("entity_id"))
                    && e.get("fiscal_year").equals(String.valueOf(p.get("fiscal_year"))) && e.get("kind").equals(p.get("kind"))
                    && e.get("scope").equals(p.get("scope"))).findFirst().orElseThrow(() -> new AssertionError("no panel row: " + e));
            assertEquals(e.get("file"), row.get("file"), "primary document of " + e);
            String column = Headlines.COLUMNS.get(e.get("figure"));
            Object got = row.get(column);
            if (e.get("printed").isEmpty()) {
                assertNull(got, "not printed, not guessed: " + e);
                continue;
            }
            BigDecimal printed = new BigDecimal(e.get("printed"));
            BigDecimal yuan = printed.multiply(Measures.yuanFactor(e.get("unit")));
            assertEquals(0, yuan.compareTo(new BigDecimal(e.get("yuan"))), "expected file consistent: " + e);
            assertTrue(got instanceof BigDecimal, e + " → " + got);
            assertEquals(0, yuan.compareTo((BigDecimal) got), e.get("file") + " " + column + ": " + got);
            entityYears.add(e.get("entity_id") + e.get("fiscal_year") + e.get("scope"));
        }
        assertTrue(entityYears.size() >= 12, entityYears.toString());
    }

    @Test
    void valueYuanIsPrintedValueTimesUnitOnEveryRow() {
        if (skip()) return;
        List<String> h = ExportRows.VALUES_HEADER;
        int value = h.indexOf("value"), unit = h.indexOf("unit"), yuan = h.indexOf("value_yuan"), measure = h.indexOf("measure");
        int rows = 0, amounts = 0;
        for (LoadedResult r : results) {
            for (List<Object> row : ExportRows.values(r, reports)) {
                rows++;
                BigDecimal v = (BigDecimal) row.get(value), y = (BigDecimal) row.get(yuan);
                String u = (String) row.get(unit);
                if (v == null || u == null) {
                    assertNull(y, "no amount, no 元: " + row);
                    continue;
                }
                assertEquals(0, v.multiply(Measures.yuanFactor(u)).compareTo(y), row.toString());
                assertTrue(!List.of("none", "quantity", "rate").contains(row.get(measure)), row.toString());
                amounts++;
            }
        }
        assertTrue(rows > 5000 && amounts > 3000, rows + " rows, " + amounts + " amounts");
    }

    @Test
    void jiangsuSeriesOneIdPerEntityAndCopiesMarked() {
        if (skip()) return;
        Map<String, Set<Integer>> years = new TreeMap<>();
        for (LoadedResult r : results) {
            if (!r.json().toString().contains("/jiangsu/")) continue;
            years.computeIfAbsent(reports.entityId(r), k -> new TreeSet<>()).add(r.year());
        }
        assertEquals(Map.of("江苏省人大常委会办公厅", Set.of(2017, 2018, 2019), "江苏省人民检察院", Set.of(2017, 2018, 2019),
                "江苏省委办公厅", Set.of(2017, 2018, 2019), "江苏省政协办公厅", Set.of(2017, 2018, 2019)), years);
        Map<String, String> status = new TreeMap<>();
        for (LoadedResult r : results) status.put(r.name(), reports.status(r));
        // the narrative of a report whose tables are a separate file is its companion, not a second report
        assertEquals("companion", status.get("江苏省委办公厅__江苏省委办公厅2018年度部门预算公开文件.pdf"));
        assertEquals("primary", status.get("江苏省委办公厅__江苏省委办公厅2018年度部门预算公开表.pdf"));
        // the two re-renders of 万里街道's 2025 budget print the same figures as the published file
        assertEquals("primary", status.get("上海市普陀区人民政府万里街道办事处25年预算.pdf"));
        assertEquals("duplicate", status.get("draft_1c165a10-71f3-471e-8463-7290b6eb1247_preview-1.pdf"));
        assertEquals("duplicate", status.get("draft_1c165a10-71f3-471e-8463-7290b6eb1247_preview-2.pdf"));
        assertEquals(21, reports.panelRows().size(), "31 files, 21 reports");
    }

    @Test
    void crossYearComparisonsOfTheSeries() {
        if (skip()) return;
        List<Reports.CrossYear> all = reports.comparisons();
        // read by hand: e.g. 省委办公厅 2018 p5 "收、支预算总计24458.43万元，与上年相比…增加3608.98万元" → 20849.45 万元, the
        // 2017 report's p5 total 20849.45万元; 检察院 2019 p31 机关运行经费 2391.92 −330.65 → 2722.57, 2018's p20 table 2722.57.
        assertTrue(all.size() >= 30, all.size() + " comparisons");
        assertTrue(all.stream().anyMatch(c -> c.doc().file().equals("江苏省委办公厅__江苏省委办公厅2018年度部门预算公开文件.pdf")
                && c.what().equals("total") && c.prior().value().compareTo(new BigDecimal("20849.45")) == 0 && c.agrees()));
        assertTrue(all.stream().anyMatch(c -> c.doc().file().equals("江苏省人民检察院__2019年度部门预算公开.pdf")
                && c.what().equals("operating_costs") && c.prior().value().compareTo(new BigDecimal("2722.57")) == 0 && c.agrees()));
        for (Reports.CrossYear c : all) {
            assertEquals(c.doc().year() - 1, c.prior().doc().year(), "last year's report: " + c);
            assertTrue(c.agrees(), "the series' statements agree with last year's reports: " + c.finding().message());
        }
        assertTrue(reports.crossYear().isEmpty());
    }
}
