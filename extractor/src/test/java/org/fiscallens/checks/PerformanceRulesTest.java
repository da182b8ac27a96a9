package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** perf.* rules on hand-built projects (the seed's real cases are in SeedFindingsTest). */
class PerformanceRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static Indicator ind(String level2, String name, String target, String actual, BigDecimal score) {
        return new Indicator("产出指标", level2, name, target, actual, score == null ? null : BigDecimal.TEN, score, null, 30);
    }

    static Project project(String name, List<String> aliases, Indicator... ind) {
        return new Project(name, "部门", "单位", null, new BigDecimal("50"), new BigDecimal("48.51"), new BigDecimal("97.02"),
                null, null, List.of(ind), List.of(10, 30), "project", List.of("table", "narrative"), null, aliases, null, null, null);
    }

    static List<Finding> check(Project... projects) {
        FiscalDocument d = Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(
                Fixtures.section("项目绩效自评结果", "办公场所费用项目全年预算数为50万元，自评结果等次均为“优”。")), List.of());
        d = new FiscalDocument(d.schemaVersion(), d.tool(), d.source(), d.document(), d.sections(), d.tables(), d.facts(), List.of(projects), List.of());
        return Checker.check(d, null).stream().filter(f -> f.rule().startsWith("perf.")).toList();
    }

    @Test
    void measuredValuesAndStandardLabelsAreQuiet() {
        List<Finding> f = check(project("办公场所费用", null,
                ind("数量指标", "面积", "≥1000㎡", "1188.57㎡", new BigDecimal("10")),
                ind("满意度指标", "满意度", "≥98%", "99%", new BigDecimal("10"))));
        assertEquals(List.of(), f);
    }

    @Test
    void actualPrintedAsTargetIsAnErrorWithTheTableCell() {
        List<Finding> f = check(project("办公场所费用", null,
                ind("数量指标", "面积", "1188㎡", "1188㎡", BigDecimal.TEN),
                ind("满意度指标", "满意度", "不低于90%", "不低于90%", BigDecimal.TEN)));
        assertEquals(1, f.size(), f.toString());
        assertEquals("perf.actual_is_target", f.get(0).rule());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("实际完成值", f.get(0).evidence().get(0).column());
        assertEquals(30, f.get(0).evidence().get(0).page());
    }

    @Test
    void targetsPrintedAsActualsThroughoutAreOneFindingWithEveryCell() {
        // the same practice in two tables and three indicators: one defect of the report, every place cited
        List<Finding> f = check(
                project("办公场所费用", null,
                        ind("满意度指标", "满意度", "≥95%", "≥95%", BigDecimal.TEN),
                        ind("时效指标", "按时完成率", "100%", "100%", BigDecimal.TEN)),
                project("设备购置费", null,
                        ind("质量指标", "验收合格率", "不低于98%", "不低于98%", BigDecimal.TEN),
                        ind("数量指标", "购置数量", "≤12台", "≤12台", BigDecimal.TEN)));
        List<Finding> target = f.stream().filter(x -> x.rule().equals("perf.actual_is_target")).toList();
        assertEquals(1, target.size(), f.toString());
        assertEquals(3, target.get(0).evidence().size());
        assertTrue(target.get(0).message().contains("2张表中3项指标"), target.get(0).message());
        assertTrue(target.get(0).evidence().stream().allMatch(e -> "实际完成值".equals(e.column())));
    }

    @Test
    void gradeWithoutAnyScoreNameDriftAndUnknownLabelAreWarnings() {
        List<Finding> f = check(project("办公场所相关费用", List.of("办公场所费用"),
                ind("可持续指标", "运行", "正常", "正常", null)));
        assertEquals(List.of("perf.project_name", "perf.grade_unsupported", "perf.indicator_level2"),
                f.stream().map(Finding::rule).sorted((a, b) -> order(a) - order(b)).toList(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.severity() == Severity.WARNING));
    }

    private static int order(String rule) {
        return List.of("perf.project_name", "perf.grade_unsupported", "perf.indicator_level2").indexOf(rule);
    }
}
