package org.fiscallens.export;

import org.fiscallens.model.Box;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Severity;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Export fixtures: documents whose tables, facts, projects and findings are filled by hand (the stages that
 * fill them are built elsewhere). The seed's figures and boxes were read off its rendered pages 4 (表一
 * 收入支出决算总表), 13 (决算情况说明) and 35 (项目支出绩效自评表) with {@code fiscal layout -p N} and pdftotext.
 */
public final class ExportFixtures {
    private ExportFixtures() {}

    /** Page 4: the line 本年收入合计 27 2,390.80 本年支出合计 57 2,390.80. */
    public static final Box SEED_P4_TOTALS = new Box(112.2, 642.5, 537.0, 650.5);
    /** Page 13: the line "1822.77万元，增长420.89 %，主要原因是…" (the growth is in fact 320.89 %). */
    public static final Box SEED_P13_GROWTH = new Box(56.8, 182.7, 537.8, 194.7);
    /** Page 13: "2023年度收、支总计均为2390.8万元。…". */
    public static final Box SEED_P13_TOTALS = new Box(80.9, 156.9, 538.5, 168.9);

    static BigDecimal d(String s) { return new BigDecimal(s); }

    private static Map<String, BigDecimal> v(String column, String value) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put(column, value == null ? null : d(value));
        return m;
    }

    /** The seed's real extraction with its 表一 rows, two narrative figures, one project and three findings added by hand. */
    public static FiscalDocument seedFilledByHand(FiscalDocument extracted) {
        Table t1 = new Table("income_expenditure_summary", "收入支出决算总表", "万元", List.of(4), "hand", List.of("金额"),
                List.of(new TableRow(null, "一般公共预算财政拨款收入", null, "收入", v("金额", "2390.80"), 4, new Box(58.5, 264.2, 299.0, 272.2)),
                        new TableRow(null, "政府性基金预算财政拨款收入", null, "收入", v("金额", null), 4, new Box(58.5, 278.8, 299.0, 286.8)),
                        new TableRow(null, "本年收入合计", null, "收入", v("金额", "2390.80"), 4, new Box(112.2, 642.5, 299.0, 650.5)),
                        new TableRow(null, "社会保障和就业支出", null, "支出", v("金额", "2035.69"), 4, new Box(299.5, 366.1, 537.0, 374.1)),
                        new TableRow(null, "卫生健康支出", null, "支出", v("金额", "339.30"), 4, new Box(299.5, 380.6, 537.0, 388.6)),
                        new TableRow(null, "住房保障支出", null, "支出", v("金额", "15.81"), 4, new Box(299.5, 526.1, 537.0, 534.1)),
                        new TableRow(null, "本年支出合计", null, "支出", v("金额", "2390.80"), 4, new Box(299.5, 642.5, 537.0, 650.5))),
                null, null);
        List<Fact> facts = List.of(
                new Fact("total_income_expenditure", "收、支总计", d("2390.8"), "万元", 2023, null, "一、收入支出决算总体情况说明", 13,
                        "2023年度收、支总计均为2390.8万元", SEED_P13_TOTALS),
                new Fact("basic_expenditure", "基本支出", d("374.56"), "万元", 2023, null, "三、支出决算情况说明", 13,
                        "基本支出374.56万元", new Box(56.8, 519.5, 538.6, 531.5)));
        Project project = new Project("劳动监察、劳动仲裁办公场所相关费用", "葛店经济技术开发区管理委员会", "葛店经济技术开发区社会保险服务中心",
                null, d("50.00"), d("48.51"), d("97.02"), null, null,
                List.of(new Indicator("产出指标", "数量指标", "租用办公场所面积", "1188.57㎡", "1188.57㎡", null, null, null, 35),
                        new Indicator("产出指标", "成本指标", "预算成本控制数", "≦50 万元", "48.51 万元", null, null, null, 35)),
                List.of(35));
        List<Finding> findings = List.of(
                new Finding("growth_rate", "rate", Severity.ERROR, "收支总计增长率应为320.89 %，说明中为420.89 %",
                        List.of(Evidence.text(13, "增长420.89 %", SEED_P13_GROWTH)),
                        "1822.77 ÷ (2390.80 − 1822.77) = 1822.77 ÷ 568.03 = 320.89 %"),
                new Finding("narrative_vs_table_total", "narrative_table", Severity.WARNING,
                        "说明中的收支总计2390.8万元与表一2,390.80万元一致，但少印一位小数",
                        List.of(new Evidence(4, "本年收入合计 27 2,390.80", SEED_P4_TOTALS, "income_expenditure_summary", "本年收入合计", "金额"),
                                Evidence.text(13, "收、支总计均为2390.8万元", SEED_P13_TOTALS)), null),
                new Finding("empty_table_note", "completeness", Severity.INFO, "政府性基金预算财政拨款收入支出决算表为空表，已附说明",
                        List.of(Evidence.text(10, null, null)), null));
        return new FiscalDocument(extracted.schemaVersion(), extracted.tool(), extracted.source(), extracted.document(),
                extracted.sections(), List.of(t1), facts, List.of(project), findings);
    }

    /** A made-up budget of another entity: another column header, amounts of other scales, a 32-character table kind. */
    public static FiscalDocument synthetic() {
        Table t1 = new Table("income_expenditure_summary", "收支预算总表", "万元", List.of(2), "hand", List.of("预算数"),
                List.of(new TableRow(null, "财政拨款收入", null, "收入", v("预算数", "1000"), 2, null),
                        new TableRow(null, "本年收入合计", null, "收入", v("预算数", "1234.5"), 2, null)), null, null);
        Table basic = new Table("general_budget_basic_expenditure", "一般公共预算基本支出表", "元", List.of(3), "hand",
                List.of("合计"),
                List.of(new TableRow("30101", "基本工资", "项", null, v("合计", "31214205.80"), 3, null)), null, null);
        List<Finding> findings = List.of(new Finding("template_text", "template_residue", Severity.ERROR,
                "=SUM(A1) 模板残留文字", List.of(Evidence.text(1, "=SUM(A1)", null)), null));
        return new FiscalDocument(1, "fiscal-lens 0.1.0",
                new SourceInfo("synthetic-budget.pdf", "0".repeat(64), 3, null, null),
                new DocumentInfo(DocumentKind.BUDGET, Scope.DEPARTMENT, 2025, "示例区财政局", "示例区财政局2025年部门预算", null),
                List.of(), List.of(t1, basic), List.of(), List.of(), findings);
    }
}
