package org.fiscallens.checks;

import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * rate.count_ratio, narr.carryover_vs_tables, narr.mainly_for, perf.attribute_vs_type and narr.budget_scope on
 * hand-written paragraphs and tables modelled on the seed's sentences (the seed itself is in SeedFindingsTest).
 */
class SoftNarrativeRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static List<Finding> check(DocumentKind kind, List<Table> tables, String rule, String... paragraphs) {
        return Checker.check(Fixtures.doc(kind, 2023, List.of(Fixtures.section("情况说明", String.join("\n", paragraphs))), tables), null)
                .stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> check(String rule, String... paragraphs) {
        return check(DocumentKind.FINAL_ACCOUNTS, List.of(), rule, paragraphs);
    }

    // ---- rate.count_ratio --------------------------------------------------------------------------

    @Test
    void aCountRateAgainstItsStatedCounts() {
        List<Finding> f = check("rate.count_ratio",
                "劳动仲裁共受理立案103件，同比上升36.98%，其中：调解成功73件，裁决25件，撤回2件。结案103件，涉案金额302.8万元全部调处清楚。仲裁结案率97.9%。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("103÷103为100%"), f.get(0).message());
        assertTrue(f.get(0).arithmetic().contains("103 ÷ 103 × 100"), f.get(0).arithmetic());
        assertEquals("仲裁结案率97.9%", f.get(0).evidence().get(0).quote());
        assertEquals("结案103件", f.get(0).evidence().get(1).quote());
    }

    @Test
    void consistentTruncatedAmbiguousOrUnstatedCountRatesAreQuiet() {
        assertEquals(List.of(), check("rate.count_ratio", "全年共受理投诉200件，办结196件，办结率98%。"));
        // 2/3 = 66.67 %, printed cut to 66.6
        assertEquals(List.of(), check("rate.count_ratio", "共受理3件，办结2件，办结率66.6%。"));
        // 调解成功 names two counts: the rate's operands are not unambiguous
        assertEquals(List.of(), check("rate.count_ratio",
                "劳动仲裁共受理立案103件，调解成功73件。调解组织受理纠纷调解368件，调解成功368件。综合调解成功率高达93.59%。"));
        // no count under the rate's stem
        assertEquals(List.of(), check("rate.count_ratio", "共处理群众投诉2855件，条条有回复，回复率达100%。"));
        // the stem's count but no total of the same counter
        assertEquals(List.of(), check("rate.count_ratio", "培训合格120人，合格率95%。"));
    }

    // ---- narr.carryover_vs_tables ------------------------------------------------------------------

    static Table t1(String carryOver) {
        return Fixtures.table("income_expenditure_summary", "收入支出决算总表", null,
                Fixtures.row("收入", null, "本年收入合计", "金额", "2390.80"),
                Fixtures.row("支出", null, "本年支出合计", "金额", "2390.80"),
                Fixtures.row("支出", null, "年末结转和结余", "金额", carryOver),
                Fixtures.row("支出", null, "总计", "金额", "2390.80"));
    }

    @Test
    void aCarryOverRateAgainstAZeroCarryOverInTheSummaryTable() {
        List<Finding> f = check(DocumentKind.FINAL_ACCOUNTS, List.of(t1("")), "narr.carryover_vs_tables",
                "2023年单位结转结余率为5.38%（1-预算总执行率94.62%），未达到年初目标。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("结转结余率为5.38%", f.get(0).evidence().get(0).quote());
        assertEquals("年末结转和结余", f.get(0).evidence().get(1).row());
    }

    @Test
    void carryOverConsistentWithTheTableOrAboutAnotherYearIsQuiet() {
        String text = "2023年单位结转结余率为5.38%。";
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t1("136.07")), "narr.carryover_vs_tables", text));
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t1("")), "narr.carryover_vs_tables",
                "年初结转和结余50.00万元，本年全部使用。2022年结转结余率为3.10%。"));
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t1("")), "narr.carryover_vs_tables", "结转结余率为0%。"));
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t1("")), "narr.carryover_vs_tables",
                "2023年结转结余资金136.07万元已全部上缴财政。"));
        assertEquals(List.of(), check(DocumentKind.BUDGET, List.of(t1("")), "narr.carryover_vs_tables", text));
        // no summary table: nothing to compare
        assertEquals(List.of(), check("narr.carryover_vs_tables", text));
        // a blank 年末结转和结余 the 总计 contradicts (总计 above 本年支出合计): a cell the reader missed, not a printed 0
        Table missed = Fixtures.table("income_expenditure_summary", "收入支出决算总表", null,
                Fixtures.row("支出", null, "本年支出合计", "金额", "2390.80"),
                Fixtures.row("支出", null, "年末结转和结余", "金额", ""),
                Fixtures.row("支出", null, "总计", "金额", "2526.87"));
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(missed), "narr.carryover_vs_tables", text));
    }

    // ---- narr.mainly_for ---------------------------------------------------------------------------

    static Table t6() {
        return Fixtures.table("general_budget_basic_expenditure", "一般公共预算财政拨款基本支出决算明细表", null,
                Fixtures.row("人员经费", "30108", "机关事业单位基本养老保险缴费", "决算数", "168.34"),
                Fixtures.row("人员经费", "30109", "职业年金缴费", "决算数", "87.36"),
                Fixtures.row("人员经费", "30110", "职工基本医疗保险缴费", "决算数", "19.34"),
                Fixtures.row("人员经费", "30112", "其他社会保障缴费", "决算数", "0.15"));
    }

    @Test
    void anExplanationNamingASmallItemIsAWarning() {
        List<Finding> f = check(DocumentKind.FINAL_ACCOUNTS, List.of(t6()), "narr.mainly_for",
                "2.卫生健康支出339.30万元，占14.19%。主要是用于为本单位职工缴纳职工医疗保险单位部分。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("职工基本医疗保险缴费"), f.get(0).message());
        assertTrue(f.get(0).message().contains("5.69, 5.71"), f.get(0).message());
        assertEquals("30110 职工基本医疗保险缴费", f.get(0).evidence().get(1).row());
        // the arithmetic as data, in the 万元 of the printed 339.30: at most 4 × 19.34 (± its rounding) allowed
        var calc = f.get(0).calc();
        assertNotNull(calc, f.get(0).toString());
        assertEquals("万元", calc.unit());
        assertEquals(0, new java.math.BigDecimal("339.3").compareTo(calc.printed()), calc.toString());
        assertEquals(0, new java.math.BigDecimal("77.38").compareTo(calc.computedInterval().get(1)), calc.toString());
        assertEquals(0, new java.math.BigDecimal("261.915").compareTo(calc.gap()), calc.toString());
    }

    @Test
    void explanationsThatFitTheTableOrNameOtherThingsAreQuiet() {
        // the item is most of the amount
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t6()), "narr.mainly_for",
                "社会保障和就业支出（类）200.00万元，主要用于机关事业单位基本养老保险缴费。"));
        // a part the table does not show (医疗救助 is project spending)
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t6()), "narr.mainly_for",
                "卫生健康支出339.30万元，主要用于医疗救助及职工医疗保险。"));
        // the explanation restates the line's own name: the line against the table is narr.table_classes' business
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t6()), "narr.mainly_for",
                "“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元，主要用于缴纳职业年金支出。"));
        // 养老 is not 医疗
        assertEquals(List.of(), check(DocumentKind.FINAL_ACCOUNTS, List.of(t6()), "narr.mainly_for",
                "卫生健康支出339.30万元，主要用于职工养老保险。"));
        // without the 明细表 nothing is judged
        assertEquals(List.of(), check("narr.mainly_for", "卫生健康支出339.30万元，主要用于职工医疗保险。"));
    }

    // ---- perf.attribute_vs_type --------------------------------------------------------------------

    static Table selfAssessment(String attribute, String type) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(0, 0, 1, 1, "项目名称", 35, new Box(50, 100, 120, 115)));
        cells.add(new Cell(0, 1, 1, 1, "办公场所相关费用", 35, new Box(120, 100, 540, 115)));
        cells.add(new Cell(1, 0, 1, 1, "项目属性", 35, new Box(50, 115, 120, 130)));
        cells.add(new Cell(1, 1, 1, 1, attribute, 35, new Box(120, 115, 540, 130)));
        cells.add(new Cell(2, 0, 1, 1, "项目类型", 35, new Box(50, 130, 120, 145)));
        cells.add(new Cell(2, 1, 1, 1, type, 35, new Box(120, 130, 540, 145)));
        return new Table("performance_self_assessment", "2023年度办公场所相关费用项目自评表", "万元", List.of(35), "lattice",
                List.of(), List.of(), null, cells);
    }

    static List<Finding> attribute(String a, String t) {
        return check(DocumentKind.FINAL_ACCOUNTS, List.of(selfAssessment(a, t)), "perf.attribute_vs_type", "本单位项目情况如下。");
    }

    @Test
    void contradictoryAttributeAndTypeTicks() {
        List<Finding> f = attribute("1、持续性项目□ 2、新增性项目☑", "1、常年性项目☑ 2、延续性项目□ 3、一次性项目□");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals(35, f.get(0).evidence().get(0).page());
        assertEquals("项目属性", f.get(0).evidence().get(0).row());
        assertEquals(Severity.WARNING, attribute("1、持续性项目□ 2、新增性项目☑", "1、常年性项目□ 2、延续性项目☑ 3、一次性项目□").get(0).severity());
        assertEquals(Severity.WARNING, attribute("1、持续性项目☑ 2、新增性项目□", "1、常年性项目□ 2、延续性项目□ 3、一次性项目☑").get(0).severity());
    }

    @Test
    void coherentTicksAreQuiet() {
        assertEquals(List.of(), attribute("1、持续性项目☑ 2、新增性项目□", "1、常年性项目☑ 2、延续性项目□ 3、一次性项目□"));
        assertEquals(List.of(), attribute("1、持续性项目□ 2、新增性项目☑", "1、常年性项目□ 2、延续性项目□ 3、一次性项目☑"));
        // both attributes ticked: unsure reading, nothing compared
        assertEquals(List.of(), attribute("1、持续性项目☑ 2、新增性项目☑", "1、常年性项目☑ 2、延续性项目□ 3、一次性项目□"));
    }

    // ---- narr.budget_scope -------------------------------------------------------------------------

    static final String[] SEED_LIKE = {
            "2023年度一般公共预算财政拨款支出年初预算为2390.8万元，支出决算为2390.8万元，完成年初预算的100%。其中：",
            "1.社会保障和就业支出。年初预算为2378.14万元，支出决算为2035.69万元，完成年初预算的85.6%。",
            "2.卫生健康支出。年初预算为372.86万元，支出决算为339.30万元，完成年初预算的91%。",
            "3.住房保障支出。年初预算为17万元，支出决算为15.81万元，完成年初预算的93%。",
            "一、基本情况",
            "2023年预算安排2,240.37万元，财政下达预算指标2,526.87万元，较年初预算数调增了286.50万元。",
            "2023年单位调整后预算数2,526.87万元，预算执行数2,390.80万元，预算执行率为94.62%。"};

    @Test
    void aPartOfTheBudgetAboveTheWholeBudget() {
        List<Finding> f = check("narr.budget_scope", SEED_LIKE);
        assertEquals(2, f.size(), f.toString());
        Finding initial = f.stream().filter(x -> x.message().contains("年初预算为2390.8万元")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, initial.severity());
        assertTrue(initial.message().contains("预算安排2,240.37万元"), initial.message());
        Finding lines = f.stream().filter(x -> x.message().contains("2768.00")).findFirst().orElseThrow();
        assertTrue(lines.message().contains("调整后预算数2,526.87万元"), lines.message());
        // in the printed figure's unit: 2768.00 as the sum of parts where 17 has no decimals: ± 0.5万元
        assertTrue(lines.arithmetic().contains("[2767.49, 2768.51]万元") && lines.calc().unit().equals("万元"), lines.arithmetic());
    }

    @Test
    void consistentScopesItemSentencesAndBudgetsAreQuiet() {
        assertEquals(List.of(), check("narr.budget_scope",
                "2023年度一般公共预算财政拨款支出年初预算为2000.00万元，支出决算为1990.00万元，完成年初预算的99.5%。",
                "2023年预算安排2,240.37万元，财政下达预算指标2,526.87万元。"));
        // a year-only sentence after a 项 label is about that 项, not the whole department
        assertEquals(List.of(), check("narr.budget_scope",
                "2023年度一般公共预算财政拨款支出年初预算为2390.8万元，支出决算为2390.8万元。",
                "统计管理。2023年预算安排2.63万元，比2022年预算执行数增加1.15万元。"));
        // 政府性基金 is not the whole department
        assertEquals(List.of(), check("narr.budget_scope",
                "2023年度一般公共预算财政拨款支出年初预算为2390.8万元。",
                "2023年度政府性基金预算安排100.00万元。"));
        assertEquals(List.of(), check(DocumentKind.BUDGET, List.of(), "narr.budget_scope", SEED_LIKE));
    }

    // ---- perf.indicator_rate_name and typo.restart -------------------------------------------------

    @Test
    void anIndicatorTitledOneRateReportingAnother() {
        List<Finding> f = check("perf.indicator_rate_name", "（2）三公经费变动率",
                "2023年单位未编制三公经费预算，且未发生三公经费支出，控制率在0%以内，达到了年初目标。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("控制率在0%以内", f.get(0).evidence().get(0).quote());
        assertEquals("（2）三公经费变动率", f.get(0).evidence().get(1).quote());
        // the same shape under a section heading
        org.fiscallens.model.Section h = new org.fiscallens.model.Section("（2）", "三公经费变动率", 4, "paren_arabic", List.of(24, 24),
                "2023年单位未编制三公经费预算，控制率在0%以内。", new org.fiscallens.model.Provenance(24, null, "（2）三公经费变动率"), List.of());
        List<Finding> g = Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023,
                List.of(Fixtures.section("整体绩效评价", "", h)), List.of()), null).stream()
                .filter(x -> x.rule().equals("perf.indicator_rate_name")).toList();
        assertEquals(1, g.size(), g.toString());
    }

    @Test
    void indicatorsReportingTheirOwnRateAreQuiet() {
        assertEquals(List.of(), check("perf.indicator_rate_name", "（1）公用经费控制率",
                "2023年部门公用经费预算24.01万元，实际支出19.99万元，则公用经费控制率为83.26%。"));
        assertEquals(List.of(), check("perf.indicator_rate_name", "（1）在职人员控制率", "年末实际在职人员7人，控制率在100%以内。"));
        // the title's rate named beside another one
        assertEquals(List.of(), check("perf.indicator_rate_name", "（2）结转结余率", "2023年单位结转结余率为5.38%（1-预算总执行率94.62%）。"));
        // no rate in the text
        assertEquals(List.of(), check("perf.indicator_rate_name", "（3）政府采购执行率", "本单位未发生政府采购。"));
        // a rate word used for the title's (完成 for 执行)
        assertEquals(List.of(), check("perf.indicator_rate_name", "（1）预算执行率", "全年预算完成率为98.50%。"));
    }

    @Test
    void aRestartedPhraseIsAnObservation() {
        List<Finding> f = check("typo.restart", "针对巡察反馈形成了6个问题三个清单，目前已解已全部解决。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).evidence().get(0).quote().contains("已解已全部解决"));
        // reduplication and ordinary repeats
        assertEquals(List.of(), check("typo.restart", "工作一步一步推进，小计小计栏次，统一规划、统一建设，按时按质按量完成，一人一档一策。"));
    }

    @Test
    void blendedDesignationVerbsAreInfo() {
        List<Finding> f = check("typo.blend", "葛店武东人力资源服务产业园被评认定为省级人力资源服务产业园。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("“评”与“认定”"), f.get(0).message());
        assertTrue(f.get(0).evidence().get(0).quote().contains("被评认定为"));
        assertEquals(1, check("typo.blend", "该园区被认定评为示范基地。").size());
        // one verb, or two characters that are one word, or a pair outside the designation verbs
        assertEquals(List.of(), check("typo.blend", "产业园被评为省级园区，项目被认定为重点项目，单位被评定为先进，他被评选为标兵，"
                + "该社团被批准登记为社会团体，方案被确定为试点，被推选为代表。"));
    }

    // ---- narr.budget_adjustment --------------------------------------------------------------------

    @Test
    void aBudgetAdjustmentThatDoesNotAddUp() {
        // the seed's sentence is consistent: 2240.37 + 286.50 = 2526.87, 286.50 ÷ 2240.37 = 12.788 %
        assertEquals(List.of(), check("narr.budget_adjustment",
                "2023年预算安排2,240.37万元，财政下达预算指标2,526.87万元，较年初预算数调增了286.50万元，预算调整率为12.79%，未达到年初目标。"));
        List<Finding> f = check("narr.budget_adjustment",
                "2023年预算安排2,240.37万元，财政下达预算指标2,526.87万元，较年初预算数调增了268.50万元。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).arithmetic().contains("2240.37 + 268.50"), f.get(0).arithmetic());
        List<Finding> r = check("narr.budget_adjustment",
                "2023年预算安排2,240.37万元，调整后预算数2,526.87万元，较年初预算数调增了286.50万元，预算调整率为21.79%。");
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).message().contains("预算调整率印为21.79%"), r.get(0).message());
        // 调减
        assertEquals(List.of(), check("narr.budget_adjustment", "年初预算为500.00万元，调整后预算为450.00万元，调减50.00万元。"));
        assertEquals(1, check("narr.budget_adjustment", "年初预算为500.00万元，调整后预算为450.00万元，调减5.00万元。").size());
        // two budgets in one sentence: not one adjustment
        assertEquals(List.of(), check("narr.budget_adjustment",
                "A项目预算安排100.00万元，B项目预算安排80.00万元，下达预算指标200.00万元，追加10.00万元。"));
    }
}
