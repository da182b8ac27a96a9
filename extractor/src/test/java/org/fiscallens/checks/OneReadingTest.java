package org.fiscallens.checks;

import org.fiscallens.checks.text.Numbers;
import org.fiscallens.facts.Figure;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One reading of a narrative number: the checks read a figure exactly as facts[] do (NumberScanner), however it is
 * printed — wrapped at its decimal point across two lines (2940. 05万元), with thousands separated by a comma or a
 * blank, in full-width digits, or in 亿元. With a reader of their own the checks read "2940. 05万元" as 5万元, and a
 * phrase pattern with its own number misses "预算安排2 240.37万元" or full-width digits altogether.
 */
class OneReadingTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    /** The same amount, 2940.05万元, as reports print it. */
    static final List<String> PRINTED = List.of("2940.05", "2940. 05", "2940 .05", "2,940.05", "2 940.05", "２９４０．０５");

    @Test
    void factsAndChecksReadTheSameNumber() {
        for (String p : PRINTED) {
            String text = "一般公共预算财政拨款支出" + p + "万元，比上年增加12.00万元。";
            List<Figure> facts = NumberScanner.scan(text);
            assertEquals(new BigDecimal("2940.05"), facts.get(0).value(), p);
            assertEquals("万元", facts.get(0).unit(), p);
            List<Numbers.Num> checks = Numbers.money(text);
            assertEquals(2, checks.size(), p);
            assertEquals(new BigDecimal("2940.05"), checks.get(0).value(), p);
            assertEquals(facts.get(0).start(), checks.get(0).start(), p);
            assertEquals(new BigDecimal("2940.05"), NumberScanner.value(p), p);
        }
        Figure yi = NumberScanner.scan("收入总计1.2亿元").get(0);
        assertEquals(new BigDecimal("1.2"), yi.value());
        assertEquals("亿元", yi.unit());
        Numbers.Num yiMoney = Numbers.money("收入总计1.2亿元").get(0);
        assertEquals(new BigDecimal("1.2"), yiMoney.value());
        assertEquals(org.fiscallens.checks.interval.Unit.YI, yiMoney.amount().unit());
        // a blank between two integers separates two numbers; it is not a thousands separator
        assertEquals(List.of(new BigDecimal("940")), NumberScanner.scan("分别为2 940人").stream().map(Figure::value).toList());
        assertNull(NumberScanner.value("二千"));
    }

    // ---- narr.budget_adjustment: the phrase's figure read by the scanner --------------------------------------

    @Test
    void anAdjustmentThatDoesNotAddUpIsFoundHoweverItsFiguresArePrinted() {
        for (String p : List.of("2240.37", "2240. 37", "2,240.37", "2 240.37", "２２４０．３７")) {
            List<Finding> f = SoftNarrativeRulesTest.check("narr.budget_adjustment",
                    "预算安排" + p + "万元，财政下达预算指标2,526.87万元，较年初预算数调增了296.50万元。");
            assertEquals(1, f.size(), p + ": " + f);
            assertTrue(f.get(0).message().contains("2240.37"), f.get(0).message());
        }
        // the same sentence adding up is quiet, however printed
        for (String p : List.of("2240. 37", "2 240.37", "２２４０．３７")) {
            assertEquals(List.of(), SoftNarrativeRulesTest.check("narr.budget_adjustment",
                    "预算安排" + p + "万元，财政下达预算指标2,526.87万元，较年初预算数调增了286.50万元。"), p);
        }
        // in 亿元: 0.2240亿元 + 0.0296亿元 ≠ 0.2527亿元 beyond rounding? 0.2240+0.0296 = 0.2536: a contradiction
        assertEquals(1, SoftNarrativeRulesTest.check("narr.budget_adjustment",
                "预算安排0.2240亿元，财政下达预算指标0.2527亿元，较年初预算数调增了0.0296亿元。").size());
    }

    // ---- narr.carryover_vs_tables -----------------------------------------------------------------------------

    @Test
    void aCarryOverAmountIsReadWhateverItsPrinting() {
        Table t1 = SoftNarrativeRulesTest.t1("");
        for (String p : List.of("136.07", "136. 07", "1 136.07", "１３６．０７", "0.1")) {
            String unit = p.equals("0.1") ? "亿元" : "万元";
            List<Finding> f = SoftNarrativeRulesTest.check(DocumentKind.FINAL_ACCOUNTS, List.of(t1), "narr.carryover_vs_tables",
                    "2023年结转结余资金" + p + unit + "，将在下年继续使用。");
            assertEquals(1, f.size(), p + ": " + f);
        }
        // a zero wrapped at its point is no carry-over
        assertEquals(List.of(), SoftNarrativeRulesTest.check(DocumentKind.FINAL_ACCOUNTS, List.of(t1), "narr.carryover_vs_tables",
                "2023年结转结余资金0. 00万元。"));
    }

    // ---- narr.mainly_for: the amount explained is the figure facts read -----------------------------------------

    @Test
    void theAmountExplainedIsTheWholeWrappedNumber() {
        // 19.34 of 339.30 is 5.7 %: too small an item to be what the money is "mainly for"; read as 30万元 (the old
        // reader's "339. 30" → 30) it would be 64 % and pass unseen
        for (String p : List.of("339. 30", "339 .30", "３３９．３０", "339.30")) {
            List<Finding> f = SoftNarrativeRulesTest.check(DocumentKind.FINAL_ACCOUNTS, List.of(SoftNarrativeRulesTest.t6()), "narr.mainly_for",
                    "2.卫生健康支出" + p + "万元，占14.19%。主要是用于为本单位职工缴纳职工医疗保险单位部分。");
            assertEquals(1, f.size(), p + ": " + f);
            assertTrue(f.get(0).message().contains("5.69, 5.71"), f.get(0).message());
        }
    }

    // ---- typo.percent_missing: the rate's number is the scanner's ---------------------------------------------

    @Test
    void aRateWithoutItsPercentSignIsFoundWrappedOrFullWidth() {
        for (String p : List.of("13.95", "13. 95", "１３．９５")) {
            List<Finding> f = SoftNarrativeRulesTest.check("typo.percent_missing",
                    "一般公共预算财政拨款支出增加1193.20万元，增长" + p + "。");
            assertEquals(1, f.size(), p + ": " + f);
        }
        assertEquals(List.of(), SoftNarrativeRulesTest.check("typo.percent_missing", "一般公共预算财政拨款支出增加1193.20万元，增长13. 95%。"));
    }

    // ---- one normaliser and one vocabulary -------------------------------------------------------------------

    @Test
    void factsAndChecksNormaliseNamesAndDirectionWordsAlike() {
        assertEquals(org.fiscallens.facts.Names.norm("（一）公务用车购置及运行维护费"), org.fiscallens.checks.tables.Names.norm("公务用车购置及运行费"));
        assertEquals("\"三公\"经费", org.fiscallens.facts.Names.fold("‘三公’ 经费"));
        assertEquals("收支总计(类)", org.fiscallens.facts.Names.fold("收、支总计（类）"));
        // every direction word facts know is a change to the checks (not a level): 节省 and 提高 included
        for (String w : org.fiscallens.facts.Vocabulary.UP) assertTrue(org.fiscallens.checks.text.Clauses.isChange("比上年" + w + "12.00万元", 3 + w.length()), w);
        for (String w : org.fiscallens.facts.Vocabulary.DOWN) assertTrue(org.fiscallens.checks.text.Clauses.isChange("比上年" + w + "12.00万元", 3 + w.length()), w);
        assertEquals(Boolean.TRUE, org.fiscallens.facts.Vocabulary.rises("提高"));
        assertEquals(Boolean.FALSE, org.fiscallens.facts.Vocabulary.rises("节省"));
    }

    // ---- rate.count_ratio: the counts are the scanner's --------------------------------------------------------

    @Test
    void aCountedRateIsCheckedAgainstCountsHoweverTheyArePrinted() {
        // 103 of 103 is 100 %, not 97.9 %: full-width digits and counters the old reader knew (起, 宗) or not
        for (String[] c : new String[][]{{"１０３", "件"}, {"103", "起"}, {"103", "宗"}, {"１０３", "宗"}}) {
            List<Finding> f = SoftNarrativeRulesTest.check("rate.count_ratio",
                    "共受理投诉举报" + c[0] + c[1] + "，其中：调解成功73" + c[1] + "。办结" + c[0] + c[1] + "，办结率97.9%。");
            assertEquals(1, f.size(), c[0] + c[1] + ": " + f);
        }
        // a consistent rate is quiet, and an approximate count (100余件) is no base
        assertEquals(List.of(), SoftNarrativeRulesTest.check("rate.count_ratio", "共受理投诉103起。办结103起，办结率100%。"));
        assertEquals(List.of(), SoftNarrativeRulesTest.check("rate.count_ratio", "共受理投诉100余件。办结98件，办结率97.9%。"));
    }
}
