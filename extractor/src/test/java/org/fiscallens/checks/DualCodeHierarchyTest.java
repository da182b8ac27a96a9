package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.tables.structure.Codes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Basic-expenditure rows keyed by two economic classifications at once (部门预算支出经济分类 code, then 政府预算支出经济分类
 * code, then an optional local suffix; names run together). No corpus report outside the holdout prints such a table,
 * so the table here is synthetic: its figures are made to add up, then one cell is broken at a time.
 */
class DualCodeHierarchyTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    @Test
    void codesSplitIntoDepartmentAndGovernmentCodes() {
        assertEquals(new Codes.Dual("301", "505", ""), Codes.dual("301505"));
        assertEquals(new Codes.Dual("30102", "50101", ""), Codes.dual("3010250101"));
        assertEquals(new Codes.Dual("30215", "50502", ""), Codes.dual("3021550502"));
        assertEquals(new Codes.Dual("30215", "50502", "01"), Codes.dual("302155050201"));
        assertEquals(new Codes.Dual("30102", "505", ""), Codes.dual("30102505"));
        // a unit code (单位编码 302001), single-classification codes, a department code followed by no 5xx code
        assertNull(Codes.dual("302001"));
        assertNull(Codes.dual("30102"));
        assertNull(Codes.dual("2080505"));
        assertNull(Codes.dual("3010240101"));
        // levels: the department code's
        assertEquals("类", Codes.level("301505"));
        assertEquals("款", Codes.level("3010250101"));
        assertEquals("款", Codes.level("301025010101"));
        assertNull(Codes.level("302001"));
    }

    @Test
    void parentsBySuffixThenByDepartmentClass() {
        List<String> present = List.of("301501", "3010250101", "301025010101", "302502", "3021550202");
        assertEquals("301501", Codes.dualParent("3010250101", present));
        assertEquals("3010250101", Codes.dualParent("301025010101", present));
        assertEquals("302502", Codes.dualParent("3021550202", present));
        assertNull(Codes.dualParent("301501", present));
        // no row of the class with that government code: no parent (never a guessed one)
        assertNull(Codes.dualParent("3021550502", present));
        // the same class with the same (款-level) government code is preferred over the government class
        assertEquals("30150101", Codes.dualParent("3010150101", List.of("301501", "30150101")));
    }

    static TableRow row(String code, String name, String total, String people, String office) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("合计", new BigDecimal(total));
        v.put("人员经费", people.isEmpty() ? null : new BigDecimal(people));
        v.put("公用经费", office.isEmpty() ? null : new BigDecimal(office));
        return new TableRow(code, name, code == null ? null : Codes.level(code), null, v, 1, null);
    }

    static Table table(String... change) {
        List<TableRow> rows = new ArrayList<>(List.of(
                row(null, "合计", "380", "300", "80"),
                row("301501", "工资福利支出机关工资福利支出", "300", "300", ""),
                row("3010150101", "基本工资工资奖金津补贴", "120", "120", ""),
                row("3010250101", "津贴补贴工资奖金津补贴", "150", "150", ""),
                row("301025010101", "津贴补贴工资奖金津补贴规范津贴补贴", "100", "100", ""),
                row("301025010102", "津贴补贴工资奖金津补贴其他津贴补贴", "50", "50", ""),
                row("3010350101", "奖金工资奖金津补贴", "30", "30", ""),
                row("302502", "商品和服务支出机关商品和服务支出", "80", "", "80"),
                row("3020150201", "办公费办公经费", "50", "", "50"),
                row("3021550202", "会议费会议费", "30", "", "30")));
        for (int i = 0; i + 2 < change.length; i += 3) {
            for (int k = 0; k < rows.size(); k++) {
                TableRow r = rows.get(k);
                if (!change[i].equals(r.code() == null ? r.name() : r.code())) continue;
                Map<String, BigDecimal> v = new LinkedHashMap<>(r.values());
                v.put(change[i + 1], new BigDecimal(change[i + 2]));
                rows.set(k, new TableRow(r.code(), r.name(), r.level(), r.block(), v, r.page(), r.box()));
            }
        }
        return new Table("general_budget_basic_expenditure", "一般公共预算基本支出情况表", "元", List.of(1), "hand", List.of(), rows, null, null);
    }

    static List<Finding> hierarchy(Table t) {
        return Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2025, List.of(), List.of(t)), null).stream()
                .filter(f -> f.severity() == Severity.ERROR && f.rule().equals("table.hierarchy")).toList();
    }

    @Test
    void aConsistentDualCodedTableRaisesNoHierarchyError() {
        assertEquals(List.of(), hierarchy(table()));
    }

    @Test
    void aWrongCellUnderADualCodeIsFound() {
        // 津贴补贴 150 → 160 (人员经费 too, so that only the hierarchy breaks): against its class row 301501 (300 ≠
        // 120 + 160 + 30) and against its suffixed rows (160 ≠ 100 + 50)
        List<Finding> f = hierarchy(table("3010250101", "合计", "160", "3010250101", "人员经费", "160"));
        assertTrue(f.stream().anyMatch(x -> x.evidence().get(0).row().startsWith("301501") && x.arithmetic().contains("160")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.evidence().get(0).row().startsWith("3010250101 ")), f.toString());
        // a suffixed row broken: only its base row disagrees
        List<Finding> g = hierarchy(table("301025010102", "合计", "55", "301025010102", "人员经费", "55"));
        assertEquals(1, g.size(), g.toString()); // 3010250101 (合计 and 人员经费 in one finding)
        assertTrue(g.stream().allMatch(x -> x.evidence().get(0).row().startsWith("3010250101 ")), g.toString());
        // a class row broken: against its children and the 合计 line against the classes
        List<Finding> h = hierarchy(table("302502", "合计", "85", "302502", "公用经费", "85"));
        assertTrue(h.stream().anyMatch(x -> x.evidence().get(0).row().startsWith("302502")), h.toString());
        assertTrue(h.stream().anyMatch(x -> x.message().contains("合计行")), h.toString());
    }

    @Test
    void dualRowsBesideNationalCodesKeepTheirNesting() {
        // national 类 lines (301, 302) printed above the dual rows: the dual rows still nest among themselves, and the
        // 合计 line is summed over the national classes only (the dual classes would count them twice)
        Table broken = table("3010250101", "合计", "160", "3010250101", "人员经费", "160");
        List<Finding> f = hierarchy(withNational(broken));
        assertTrue(f.stream().anyMatch(x -> x.evidence().get(0).row().startsWith("301501")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.message().contains("合计行")), f.toString());
        assertEquals(List.of(), hierarchy(withNational(table())));
    }

    static Table withNational(Table t) {
        List<TableRow> rows = new ArrayList<>(t.rows());
        rows.add(1, row("301", "工资福利支出", "300", "300", ""));
        rows.add(2, row("302", "商品和服务支出", "80", "", "80"));
        return new Table(t.kind(), t.title(), t.unit(), t.pages(), t.method(), t.columns(), rows, null, null);
    }

}
