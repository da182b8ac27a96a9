package org.fiscallens.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The canonical measure mapping on header paths of both provinces and on paraphrased layouts no corpus file has. */
class MeasuresTest {

    private static Measures.Measure m(String docKind, int year, String kind, String title, List<String> cols, String row, String block, String col) {
        return Measures.classify(docKind, year, kind, title, cols, row, block, col);
    }

    @Test
    void threePublicTotalAcrossLayouts() {
        List<String> jiangsu = List.of("合计", "“三公”经费/小计", "“三公”经费/因公出国（境）费", "会议费", "培训费");
        // Jiangsu: 合计 adds 会议费 and 培训费 in; the "三公" total is the 小计 under "三公"经费
        assertEquals("three_public_meetings_training", m("budget", 2018, "three_public", "“三公”经费、会议费、培训费支出预算表", jiangsu, null, null, "合计").subject());
        assertEquals("three_public", m("budget", 2018, "three_public", null, jiangsu, null, null, "“三公”经费/小计").subject());
        // Shanghai budget: "三公"经费预算数/合计; Shanghai final: 合计/决算数 and 合计/预算数
        List<String> sh = List.of("“三公”经费预算数/合计", "“三公”经费预算数/公务接待费", "机关运行经费预算数");
        assertEquals("three_public", m("budget", 2025, "three_public", null, sh, null, null, "“三公”经费预算数/合计").subject());
        assertEquals("operating_costs", m("budget", 2025, "three_public", null, sh, null, null, "机关运行经费预算数").subject());
        List<String> fin = List.of("合计/预算数", "合计/决算数", "公务接待费/决算数");
        Measures.Measure finTotal = m("final_accounts", 2024, "three_public", null, fin, null, null, "合计/决算数");
        assertEquals("three_public", finTotal.subject());
        assertEquals("final", finTotal.measure());
        assertEquals("budget", m("final_accounts", 2024, "three_public", null, fin, null, null, "合计/预算数").measure());
        // paraphrase: items as rows, one 金额 column; a total row named 合计 in a table without 会议费
        assertEquals("three_public", m("budget", 2026, "three_public", null, List.of("金额"), "合计", null, "金额").subject());
        assertEquals("three_public.reception", m("budget", 2026, "three_public", null, List.of("金额"), "3.公务接待费", null, "金额").subject());
        // paraphrase: items as rows with 会议费 listed, total row 合计 → not the "三公" total
        assertEquals("three_public_meetings_training", m("budget", 2026, "three_public", null, List.of("会议费", "金额"), "合计", null, "金额").subject());
        assertEquals("three_public.vehicle_purchase", m("budget", 2018, "three_public", null, jiangsu, null, null,
                "“三公”经费/公务用车购置及运行维护费/公务用车购置费").subject());
        assertEquals("three_public.vehicle_operation", m("budget", 2025, "three_public", null, sh, null, null,
                "“三公”经费预算数/公务用车购置及运行费/运行费").subject());
        assertEquals("three_public.vehicle", m("budget", 2025, "three_public", null, sh, null, null,
                "“三公”经费预算数/公务用车购置及运行费/小计").subject());
    }

    @Test
    void itemsAsRowsBesideOtherLines() {
        // a table listing 行政经费 above the "三公" lines, amounts in 合计 / 一般公共预算 columns
        List<String> cols = List.of("合计", "一般公共预算", "政府性基金预算");
        assertNull(m("budget", 2026, "three_public", null, cols, "行政经费", null, "合计").subject());
        assertEquals("three_public", m("budget", 2026, "three_public", null, cols, "“三公”经费", null, "合计").subject());
        assertEquals("three_public.abroad", m("budget", 2026, "three_public", null, cols, "其中：（一）因公出国（境）支出", null, "合计").subject());
        // a row per year: the earlier year is the prior budget
        List<String> total = List.of("总计/一般公共预算", "公务接待费/一般公共预算");
        assertEquals("prior_budget", m("budget", 2026, "three_public", null, total, "2025年", null, "总计/一般公共预算").measure());
        assertEquals("budget", m("budget", 2026, "three_public", null, total, "2026年", null, "总计/一般公共预算").measure());
        assertEquals("change", m("budget", 2026, "three_public", null, total, "增减变化金额", null, "总计/一般公共预算").measure());
        // a long row name with 车辆 in it is no count
        assertEquals("budget", m("budget", 2026, "procurement", null, List.of("总计"), "车辆维修和保养服务分散自行组织", null, "总计").measure());
    }

    @Test
    void yearsAndPriorColumns() {
        List<String> cols = List.of("2021年/合计", "2022年/合计", "增减变化情况/合计");
        assertEquals("prior_budget", m("budget", 2022, "three_public", null, cols, null, null, "2021年/合计").measure());
        assertEquals("budget", m("budget", 2022, "three_public", null, cols, null, null, "2022年/合计").measure());
        assertEquals("change", m("budget", 2022, "three_public", null, cols, null, null, "增减变化情况/合计").measure());
        assertEquals("prior_execution", m("budget", 2024, "income_expenditure_summary", null, List.of(), "收入总计", "收入", "2023年预计执行数").measure());
        assertEquals("prior_final", m("final_accounts", 2024, "income", null, List.of(), null, null, "上年决算数").measure());
        assertEquals("budget_initial", m("final_accounts", 2024, "other", null, List.of(), null, null, "年初预算数").measure());
        assertEquals("budget_adjusted", m("final_accounts", 2024, "other", null, List.of(), null, null, "全年预算数").measure());
        assertEquals("rate", m("final_accounts", 2024, "other", null, List.of(), null, null, "执行率(%)").measure());
        assertEquals("none", m("budget", 2024, "expenditure", null, List.of(), null, null, "序号").measure());
        // 上年结转 is an income line, not a prior-year figure
        assertEquals("budget", m("budget", 2024, "income", null, List.of(), null, null, "上年结转").measure());
    }

    @Test
    void fundAndSpending() {
        Measures.Measure gp = m("budget", 2025, "general_budget_expenditure", null, List.of(), "合计", null, "一般公共预算支出/基本支出");
        assertEquals("general_public", gp.fund());
        assertEquals("basic", gp.spending());
        Measures.Measure jiangsuExp = m("budget", 2018, "expenditure", null, List.of(), null, null, "项目支出");
        assertNull(jiangsuExp.fund());
        assertEquals("project", jiangsuExp.spending());
        assertEquals("government_fund", m("budget", 2026, "expenditure", null, List.of(), null, null, "2026年预算/财政拨款/政府性基金预算拨款").fund());
        assertEquals("personnel", m("budget", 2025, "general_budget_basic_expenditure", null, List.of(), "301", null, "一般公共预算基本支出/人员经费").spending());
        assertEquals("public", m("budget", 2026, "general_budget_basic_expenditure", null, List.of(), null, null, "基本支出预算/日常公用支出").spending());
        assertEquals("appropriation", m("final_accounts", 2024, "appropriation_summary", null, List.of(), "本年支出合计", "支出", "合计").fund());
        assertEquals("state_capital", m("final_accounts", 2024, "appropriation_summary", null, List.of(), "本年支出合计", "支出", "国有资本经营预算财政拨款").fund());
        // 一般公共预算 names a fund: in a 决算 its column holds 决算 figures
        assertEquals("final", m("final_accounts", 2024, "appropriation_summary", null, List.of(), "本年支出合计", "支出", "一般公共预算财政拨款").measure());
        // an income table's columns say where money comes from, not what it is spent on
        assertNull(m("final_accounts", 2024, "income", null, List.of(), "合计", null, "财政拨款收入").spending());
        assertEquals("appropriation", m("final_accounts", 2024, "income", null, List.of(), "合计", null, "财政拨款收入").fund());
    }

    @Test
    void units() {
        assertEquals(new BigDecimal("10000"), Measures.yuanFactor("万元"));
        assertEquals(BigDecimal.ONE, Measures.yuanFactor(" 元"));
        assertEquals(new BigDecimal("100000000"), Measures.yuanFactor("亿元"));
        assertNull(Measures.yuanFactor("%"));
        assertNull(Measures.yuanFactor(null));
    }
}
