package org.fiscallens.tables.structure;

import org.fiscallens.checks.TableSelfCheck;
import org.fiscallens.checks.rules.TableArithmeticRules;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Department tables made of one block of 类/款/项 rows per subordinate unit (预算单位): each block is its own
 * hierarchy, opened by the unit's line; the department's line above adds the units up.
 */
class UnitBlocksTest {

    static TableRow row(String code, String name, String total, String basic, String project) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("支出总计", new BigDecimal(total));
        v.put("基本支出", new BigDecimal(basic));
        v.put("项目支出", new BigDecimal(project));
        return new TableRow(code, name, code == null ? null : Codes.level(code), null, v, 1, null);
    }

    /** Two units, each listing 208/20805/2080505 and 221/22102/2210201 with its own figures. */
    static List<TableRow> twoUnits() {
        return List.of(
                row(null, "某某市水务局", "500.00", "300.00", "200.00"),
                row(null, "某某市水务局（本级）", "350.00", "200.00", "150.00"),
                row("208", "社会保障和就业支出", "120.00", "120.00", "0.00"),
                row("20805", "行政事业单位养老支出", "120.00", "120.00", "0.00"),
                row("2080505", "机关事业单位基本养老保险缴费支出", "120.00", "120.00", "0.00"),
                row("221", "住房保障支出", "230.00", "80.00", "150.00"),
                row("22102", "住房改革支出", "230.00", "80.00", "150.00"),
                row("2210201", "住房公积金", "230.00", "80.00", "150.00"),
                row(null, "某某市水务工程质量安全监督站", "150.00", "100.00", "50.00"),
                row("208", "社会保障和就业支出", "60.00", "60.00", "0.00"),
                row("20805", "行政事业单位养老支出", "60.00", "60.00", "0.00"),
                row("2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", "0.00"),
                row("221", "住房保障支出", "90.00", "40.00", "50.00"),
                row("22102", "住房改革支出", "90.00", "40.00", "50.00"),
                row("2210201", "住房公积金", "90.00", "40.00", "50.00"));
    }

    static Table table(List<TableRow> rows) {
        return new Table("expenditure", "支出总表", "万元", List.of(1), "hand", List.of("支出总计", "基本支出", "项目支出"), rows, null, null);
    }

    @Test
    void eachUnitsBlockIsItsOwnHierarchy() {
        List<TableRow> rows = UnitBlocks.assign(twoUnits());
        assertNull(rows.get(0).unit(), "the department's line adds the units up and belongs to no unit");
        assertEquals("某某市水务局（本级）", rows.get(1).unit());
        assertEquals("某某市水务局（本级）", rows.get(7).unit());
        assertEquals("某某市水务工程质量安全监督站", rows.get(8).unit());
        assertEquals("某某市水务工程质量安全监督站", rows.get(14).unit());

        TableArithmeticRules.Identities ids = TableArithmeticRules.evaluate(new TableView(table(rows)));
        assertEquals(List.of(), ids.failures());
        // per unit: 208=Σ款, 20805=Σ项, 221, 22102, unit line = Σ类, in three columns; the department line = Σ units
        assertEquals(2 * 5 * 3 + 3, ids.checked(TableArithmeticRules.HIERARCHY));
        assertEquals(Boolean.TRUE, TableSelfCheck.verdict(table(rows)).understood());

        // read as one hierarchy (the old reading) the blocks are summed together and fail
        assertFalse(TableArithmeticRules.evaluate(new TableView(table(twoUnits()))).failures().isEmpty());
    }

    @Test
    void aWrongFigureInsideOneUnitIsStillFound() {
        List<TableRow> in = new ArrayList<>(twoUnits());
        in.set(14, row("2210201", "住房公积金", "95.00", "40.00", "50.00"));
        TableArithmeticRules.Identities ids = TableArithmeticRules.evaluate(new TableView(table(UnitBlocks.assign(in))));
        assertEquals(1, ids.failures().size(), ids.failures().toString());
        assertTrue(ids.failures().get(0).message().contains("22102"), ids.failures().get(0).message());
    }

    @Test
    void headedGroupsWhoseCodesNeverRepeatStayOneHierarchy() {
        // 人员经费 / 公用经费 lines head classes that do not repeat: nothing to separate
        List<TableRow> rows = List.of(
                row(null, "人员经费", "100.00", "100.00", "0.00"),
                row("301", "工资福利支出", "100.00", "100.00", "0.00"),
                row(null, "公用经费", "50.00", "50.00", "0.00"),
                row("302", "商品和服务支出", "50.00", "50.00", "0.00"));
        assertTrue(UnitBlocks.assign(rows).stream().allMatch(r -> r.unit() == null));
    }

    /** A real department table of one block per unit (深圳市水务局 2026 支出总表, pages 63–94), skipped where absent. */
    @Test
    void realUnitBlockTableHoldsPerBlock() {
        Path pdf = Corpus.more().resolve("guangdong/2026_深圳市水务局_部门预算.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "corpus/more/guangdong/2026_深圳市水务局_部门预算.pdf not found: skipping");
        FiscalDocument doc = Corpus.extract(pdf);
        Table t = doc.tables().stream().filter(x -> "expenditure".equals(x.kind()) && x.pages().contains(63)).findFirst().orElseThrow();
        Set<String> units = new LinkedHashSet<>();
        for (TableRow r : t.rows()) if (r.unit() != null) units.add(r.unit());
        assertTrue(units.size() >= 5, "units: " + units);
        assertTrue(units.contains("深圳市水务局（本级）"), "units: " + units);
        assertEquals(Boolean.TRUE, t.understood(), t.reason());
        TableArithmeticRules.Identities ids = TableArithmeticRules.evaluate(new TableView(t));
        assertTrue(ids.checked(TableArithmeticRules.HIERARCHY) >= 500, "identities: " + ids.checked(TableArithmeticRules.HIERARCHY));
        assertEquals(0, ids.failed(TableArithmeticRules.HIERARCHY), ids.failures().stream().limit(5).map(f -> f.message()).toList().toString());
        assertTrue(doc.findings().stream().noneMatch(f -> f.rule().startsWith("table.")), "no table finding on a consistent report");
    }

    @Test
    void aUnitPrintingOnlyZerosOpensItsOwnEmptyBlock() {
        List<TableRow> rows = new java.util.ArrayList<>(twoUnits());
        // a unit without money between the two units, and one after them: their lines are theirs, not the unit's above
        rows.add(8, row(null, "某某市水文中心", "0.00", "0.00", "0.00"));
        rows.add(row(null, "某某市调度中心", "0.00", "0.00", "0.00"));
        List<TableRow> out = UnitBlocks.assign(rows);
        assertEquals("某某市水文中心", out.get(8).unit());
        assertEquals("某某市水务工程质量安全监督站", out.get(9).unit());
        assertEquals("某某市调度中心", out.get(out.size() - 1).unit());
        assertNull(out.get(0).unit());
    }
}
