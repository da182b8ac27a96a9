package org.fiscallens.checks;

import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Section;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Narrative rules on hand-written paragraphs modelled on the corpus's sentences. */
class NarrativeRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }


    static List<Finding> check(DocumentKind kind, int year, String... paragraphs) {
        Section s = Fixtures.section("情况说明", String.join("\n", paragraphs));
        return Checker.check(Fixtures.doc(kind, year, List.of(s), List.of()), null);
    }

    static Finding only(List<Finding> f, String rule) {
        List<Finding> l = f.stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, l.size(), rule + " in " + f);
        return l.get(0);
    }

    static boolean none(List<Finding> f, String rule) { return f.stream().noneMatch(x -> x.rule().equals(rule)); }

    @Test
    void growthAgainstChangeAndCurrentAndItsObservations() {
        Finding g = only(check(DocumentKind.FINAL_ACCOUNTS, 2023,
                "机关运行经费支出19.99万元，比上年决算数增加11.15万元，增长226%。"), "rate.growth");
        assertEquals(Severity.ERROR, g.severity());
        assertTrue(g.arithmetic().contains("11.15 ÷ (19.99 − 11.15) × 100"), g.arithmetic());
        // truncated instead of rounded (309.03/13347.31 = 2.3153 %): an observation
        assertEquals(Severity.INFO, only(check(DocumentKind.BUDGET, 2017,
                "一般公共预算支出13656.34万元，与上年相比增加309.03万元，增长2.31%。"), "rate.growth").severity());
        // the figure before the change is the previous year's: growth = change / previous
        assertTrue(none(check(DocumentKind.BUDGET, 2017,
                "与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%。"), "rate.growth"));
        // 增加 with 下降: contradiction
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023,
                "支出合计100.00万元，比上年增加5.00万元，下降5.26%。"), "rate.direction").severity());
    }

    @Test
    void sharesAgainstTheirTotalAndTheHundredPercentPlug() {
        List<Finding> f = check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；");
        assertEquals(Severity.ERROR, only(f, "rate.share").severity());
        assertEquals(Severity.ERROR, only(f, "rate.shares_sum").severity());
        // 10.61 % makes the list add to exactly 100 (true 10.60): info
        List<Finding> g = check(DocumentKind.BUDGET, 2018, "本年支出预算合计15897.44万元，其中：", "基本支出7877.76万元，占49.55%；",
                "项目支出6333.96万元，占39.84%；", "单位预留机动经费1685.72万元，占10.61%；");
        assertEquals(Severity.INFO, only(g, "rate.share").severity());
    }

    @Test
    void completionRateAndUndefinedRates() {
        List<Finding> ok = check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。");
        assertTrue(ok.stream().noneMatch(x -> x.category().equals("rate")), ok.toString());
        // the fixture's lone section titled 情况说明 lacks the template's sections
        assertFalse(none(ok, "complete.sections"));
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的99.20%。"), "rate.completion").severity());
        Finding u = only(check(DocumentKind.FINAL_ACCOUNTS, 2023,
                "“三公”经费财政拨款支出全年预算为0万元，支出决算为0万元，完成全年预算的0%。"), "rate.undefined");
        assertEquals(Severity.WARNING, u.severity());
        assertTrue(u.arithmetic().contains("无定义"));
    }

    @Test
    void listsTotalsAndDirections() {
        // parts above the total: certain
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "政府采购金额为251.25万元，其中：货物采购金额14.79万元、工程采购金额0万元、服务采购金额246.47万元。"), "narr.parts_sum").severity());
        // rounding: 4.79 + 0 + 246.47 = 251.26 vs 251.25 is consistent
        assertTrue(none(check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "政府采购金额为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。"), "narr.parts_sum"));
        // a 其中 list with an 其他 item is exhaustive: below the total is an error too
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "截至2024年12月31日，共有车辆5辆，其中：执法执勤用车1辆、其他用车2辆。"), "narr.parts_sum").severity());
        Finding direction = only(check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "年初预算为62.29万元，支出决算为60.99万元。决算数等于预算数的主要原因：预算按周全保障测算。"), "narr.direction");
        assertEquals(Severity.ERROR, direction.severity());
        // the comparison as data, in the printed figure's unit: 60.99 against 62.29, 1.29 万元 apart at the nearest
        assertEquals(new java.math.BigDecimal("60.99"), direction.calc().printed());
        assertEquals("万元", direction.calc().unit());
        assertEquals(0, new java.math.BigDecimal("1.29").compareTo(direction.calc().gap()), direction.calc().toString());
        assertTrue(none(check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。"), "narr.direction"));
        List<Finding> t = check(DocumentKind.FINAL_ACCOUNTS, 2024, "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。",
                "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。");
        assertEquals(Severity.ERROR, only(t, "narr.total_order").severity());
        assertEquals(2, only(t, "narr.total_order").evidence().size());
        // 0.3 万元 ∈ [0.25, 0.35] below its part 2940.05 ∈ [2940.045, 2940.055]: 2939.695 apart
        assertEquals(0, new java.math.BigDecimal("2939.695").compareTo(only(t, "narr.total_order").calc().gap()));
    }

    @Test
    void changeBaseYearIsTheYearBefore() {
        // a year compared with itself: an error in either kind of report, whatever the wording
        for (String s : List.of("2023年一般公共预算财政拨款支出1200.50万元，比2023年增加100.00万元，增长9.09%。",
                "与2023年度相比，收入合计增加1822.77万元。",
                "机关运行经费支出19.99万元，较2023年决算数减少3.10万元。")) {
            Finding f = only(check(DocumentKind.FINAL_ACCOUNTS, 2023, s), "year.base");
            assertEquals(Severity.ERROR, f.severity(), s);
            assertTrue(f.evidence().get(0).quote().contains("2023年"), f.toString());
        }
        assertEquals(Severity.ERROR, only(check(DocumentKind.BUDGET, 2023,
                "2023年预算安排65.69万元，比2023年预算执行数增加8.56%。"), "year.base").severity());
        assertEquals(Severity.ERROR, only(check(DocumentKind.BUDGET, 2023,
                "因公出国（境）费0万元，比2023年预算持平。"), "year.base").severity());
        // two years back without saying so: a template slip; an error in a 决算, a warning in a budget
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023,
                "本年支出合计5000.00万元，同2021年度相比减少300.00万元。"), "year.base").severity());
        Finding w = only(check(DocumentKind.BUDGET, 2023, "2023年预算安排65.69万元，比2021年预算执行数增加8.56%。"), "year.base");
        assertEquals(Severity.WARNING, w.severity());
        assertTrue(w.evidence().get(0).quote().contains("2021年"), w.toString());
        // clean: the year before, a named year's own year before, a 决算 against its own year's budget, several years
        for (String s : List.of("2023年一般公共预算财政拨款支出1200.50万元，比2022年增加100.00万元，增长9.09%。",
                "与2022年度相比，收入合计增加1822.77万元。",
                "2022年当年预算执行数为60.51万元，2023年预算安排65.69万元，比2022年预算执行数增加8.56%。",
                "2022年实际支出800.00万元，比2021年增加50.00万元。",
                "2023年度支出决算3000.00万元，比2023年年初预算增加200.00万元。",
                "近三年来，项目支出比2020年累计增加500.00万元。",
                "2021-2023年实施周期内，支出较2020年增加120.00万元。",
                "截至2023年底，资产总额比2021年增加80.00万元。")) {
            assertTrue(none(check(DocumentKind.FINAL_ACCOUNTS, 2023, s), "year.base"), s);
        }
        for (String s : List.of("2024年预算安排65.69万元，比2023年预算执行数增加8.56%。",
                "财政拨款收入16497.86万元，比2023年（上一年度，下同）预算增加1421.25万元。",
                "2023年执行数800.00万元，比2023年年初预算减少20.00万元。",
                "一般公共预算拨款支出预算300.00万元，比上年预算增加20.00万元。")) {
            assertTrue(none(check(DocumentKind.BUDGET, 2024, s), "year.base"), s);
        }
    }

    @Test
    void baseYearOfAComparisonWithoutAFigure() {
        // a reason, a template's slot, a change in words only: the comparison's year is tested all the same
        for (String s : List.of("2024年度部门支出预算安排与2022年度相比增加的原因主要是政策性增资。",
                "机关运行经费支出XXX万元，比2022年度增加（减少）XXX万元。",
                "与2024年度相比，一般公共预算财政拨款支出增加（减少）XXX万元。",
                "政府性基金拨款支出预算0万元，与2025年预算一致；")) {
            assertFalse(none(check(DocumentKind.FINAL_ACCOUNTS, 2024, s), "year.base"), s);
        }
        assertEquals(Severity.WARNING, only(check(DocumentKind.BUDGET, 2025, "国有资本经营预算拨款支出预算0万元，与2023年预算持平。"),
                "year.base").severity());
        assertEquals(Severity.ERROR, only(check(DocumentKind.BUDGET, 2025, "公务用车运行费21.56万元，比2025年预算持平。"),
                "year.base").severity());
        // the year before; a named year's own year before; a budget citing the last 决算; a clause of its own after ；
        for (String s : List.of("2025年度部门支出预算安排与2024年度相比增加的原因主要是政策性增资。",
                "上年执行数比2023年增加的原因是人员增加。",
                "2025年预算数与2023年决算数相比减少的原因是项目完成。",
                "2024年执行数较2023年有所增加；与2024年预算持平的是公用经费。",
                "制定《2024年计划执行情况与2026年计划草案的报告》，为发展提供遵循。")) {
            assertTrue(none(check(DocumentKind.BUDGET, 2025, s), "year.base"), s);
        }
    }

    @Test
    void emptySlotAfterAnyWordWhereAFigureIsExpected() {
        // a unit directly after the subject, no 为: the figure was left out
        for (String s : List.of("一般公共服务支出（类）万元，占18.50%。",
                "社会保障和就业支出万元，主要用于离退休人员工资发放。",
                "公务用车运行维护支出万元，比上年减少2.00万元。",
                "（二）公用经费万元。",
                "单位预留机动经费 万元，占10.61%；",
                "2019年度本部门政府采购支出预算总额2416.43万元，其中：拟采购货物支出233.1万元、拟购买服务支出万元。",
                "8.“公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项）”万元，主要用于其他公共安全支出。",
                "14.“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”482.72万元，上年:万元，主要是人员增加。",
                "上年:万元，主要是人员增加。")) {
            assertEquals(Severity.ERROR, only(check(DocumentKind.BUDGET, 2019, s), "residue.empty_slot").severity(), s);
        }
        // a unit named as such, or part of an amount in words: no slot
        for (String s : List.of("本表金额单位万元，保留两位小数。",
                "以下数据以万元为单位，四舍五入。",
                "金额单位：万元。",
                "单价五十万元以上的设备共3台。",
                "本年采购金额折合万元计算后约为300.00万元。",
                "项目资金三百余万元，已全部拨付。",
                "人员经费1200.00万元，公用经费300.00万元。",
                "行政运行189.71万元，较上年减少6.03万元万元，原因是人员调出。",
                "部门名称：某市交通运输局     万元")) {
            assertTrue(none(check(DocumentKind.BUDGET, 2019, s), "residue.empty_slot"), s);
        }
    }

    @Test
    void classPathWithWordsSwappedIsNotTheClassificationsName() {
        for (String s : List.of("（三）保障住房支出（类）",
                "2.改革住房支出（类）提租补贴（项）2548.3万元，与上年相比增加998.48万元。",
                "5.人大事务（款）监督人大（项）支出376.88万元。",
                "1.事务人大行政运行（项）支出10528.33万元。",
                "一般公共服务支出（类）人大事务（款）行政一般管理事务（项）支出2464.02万元。")) {
            Finding f = only(check(DocumentKind.BUDGET, 2019, s), "naming.classification");
            assertEquals(Severity.WARNING, f.severity(), s);
        }
        for (String s : List.of("（三）住房保障支出（类）",
                "2.住房改革支出（类）提租补贴（项）2548.3万元，与上年相比增加998.48万元。",
                "5.人大事务（款）人大监督（项）支出376.88万元。",
                "1.人大事务行政运行（项）支出10528.33万元。",
                "一般公共服务支出（类）人大事务（款）一般行政管理事务（项）支出2464.02万元。",
                "本单位专项业务费（项）支出300.00万元。")) {
            assertTrue(none(check(DocumentKind.BUDGET, 2019, s), "naming.classification"), s);
        }
    }

    @Test
    void yearsResidueNamingTypography() {
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023, "截至2022年12月31日，部门共有车辆0辆。"), "year.cutoff").severity());
        assertTrue(none(check(DocumentKind.BUDGET, 2025, "截至2024年8月31日，共有车辆0辆。"), "year.cutoff"), "a budget cites last year's assets");
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023, "本部门2022年度政府采购支出总额0万元，跟年初预算保持一致。"), "year.statement").severity());
        assertTrue(none(check(DocumentKind.FINAL_ACCOUNTS, 2023, "与2022年度相比，收入合计增加1822.77万元。"), "year.statement"));
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023, "因公出国(境)费支出决算为 万元。"), "residue.empty_slot").severity());
        assertTrue(none(check(DocumentKind.FINAL_ACCOUNTS, 2023, "本表金额单位为万元。"), "residue.empty_slot"));
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023, "比上年增加（减少）0万元。"), "residue.alternative").severity());
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023, "增加的主要原因是。"), "residue.truncated").severity());
        assertEquals(Severity.ERROR, only(check(DocumentKind.FINAL_ACCOUNTS, 2023, "附件一、2023年度部门名称整体绩效评价报告"), "residue.placeholder").severity());
        assertTrue(none(check(DocumentKind.FINAL_ACCOUNTS, 2023, "单位名称：鄂州市葛店经济技术开发区社会保险服务中心"), "residue.placeholder"));
        assertEquals(Severity.WARNING, only(check(DocumentKind.FINAL_ACCOUNTS, 2023,
                "2.医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）支出19.34万元。"), "naming.classification").severity());
        assertTrue(none(check(DocumentKind.BUDGET, 2017, "医疗卫生与计划生育支出（类）支出19.34万元。"), "naming.classification"),
                "the old name is right for 2017");
        assertEquals(Severity.WARNING, only(check(DocumentKind.FINAL_ACCOUNTS, 2024, "一般公共预算财政拨款支出增加1193.20万元，增长13.95。"),
                "typo.percent_missing").severity());
        assertEquals(1, check(DocumentKind.FINAL_ACCOUNTS, 2024, "较上一度增加1133.95万元。").stream().filter(x -> x.rule().equals("naming.typo")).count());
        assertFalse(none(check(DocumentKind.FINAL_ACCOUNTS, 2024, "减少了该项支出。。"), "typo.double_punct"));
        assertFalse(none(check(DocumentKind.FINAL_ACCOUNTS, 2024, "本单位（含下属单位使用一般公共预算财政拨款。"), "typo.unbalanced"));
    }

    @Test
    void unitReportsSayUnitAndEntityNamesAgree() {
        Section s = Fixtures.section("情况说明", "本部门2025年收入预算100.00万元。\n上海市规划和自然资源局2024年度部门决算表");
        FiscalDocument unit = new FiscalDocument(1, "test", null,
                new DocumentInfo(DocumentKind.BUDGET, Scope.UNIT, 2025, "上海市普陀区规划和自然资源局", null, null),
                List.of(s), List.of(), List.of(), List.of(), List.of());
        List<Finding> f = Checker.check(unit, null);
        assertEquals(Severity.WARNING, only(f, "naming.scope").severity());
        assertEquals(Severity.WARNING, only(f, "naming.entity").severity());
        Section abbrev = Fixtures.section("情况说明", "省检察院2017年度部门预算");
        FiscalDocument d = new FiscalDocument(1, "test", null,
                new DocumentInfo(DocumentKind.BUDGET, Scope.DEPARTMENT, 2017, "江苏省人民检察院", null, null),
                List.of(abbrev), List.of(), List.of(), List.of(), List.of());
        assertTrue(none(Checker.check(d, null), "naming.entity"), "an abbreviation is the same body");
    }
}
