package org.fiscallens.checks.report;

import org.fiscallens.model.Claim;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Table;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.TieSummary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The tie-out count and the tick-mark list of `fiscal check`, on hand-built facts with ties. */
class TickMarksTest {

    static Claim claim(String subject) {
        return new Claim(subject, null, null, null, Claim.Measure.ACTUAL, Claim.Fund.GENERAL_BUDGET, 2023, Claim.Relation.LEVEL,
                null, null, null);
    }

    static Fact fact(String value, String unit, int page, String quote, Claim claim, Tie tie) {
        return new Fact(null, null, value == null ? null : new BigDecimal(value), unit, 2023, null, "三", page, quote, null,
                null, null, null, null, value == null ? List.of("empty_value") : null, claim, tie);
    }

    static final TieSource.CellRef CELL = new TieSource.CellRef("general_budget_expenditure", 8, "社会保障和就业支出", "208",
            "本年支出/合计", new BigDecimal("2035.69"), null, true);
    static final Table T5 = new Table("general_budget_expenditure", "一般公共预算财政拨款支出决算表", "万元", List.of(8, 9),
            "lattice", List.of(), List.of(), null, null);
    static final Table T1 = new Table("income_expenditure_summary", "收入支出决算总表", "万元", List.of(5), "lattice",
            List.of(), List.of(), null, null);

    static List<Fact> facts() {
        return List.of(
                // 0: agrees with its cell
                fact("2035.69", "万元", 8, "社会保障和就业支出2035.69万元，主要用于机关事业单位基本养老保险缴费支出等方面。",
                        claim("class"), new Tie(Tie.Status.AGREES, List.of(CELL))),
                // 1: contradicts a computation and agrees with a fact: the disagreeing source first
                fact("2036.69", "万元", 9, "占比85.15%即2036.69万元", claim("general_budget.expenditure"),
                        new Tie(Tie.Status.CONTRADICTS, List.of(
                                new TieSource.Computed("2390.8 × 85.15%", List.of(new BigDecimal("2035.57"), new BigDecimal("2035.81")),
                                        List.of(3), false),
                                new TieSource.FactRef(0, true)))),
                // 2: untied, but with a subject (a counterpart was looked for and not found)
                fact("12", "%", 9, "增长12%", claim("total"), Tie.UNTIED),
                // 3: untied, no claim at all: nothing to tie to
                fact("2390.8", "万元", 5, "支出总计2390.8万元", null, Tie.UNTIED),
                // 4: tie-out not run, claim without subject; an empty slot
                fact(null, "万元", 5, "增加万元", claim(null), null));
    }

    @Test
    void summaryCountsEveryFigureOnceAndTheUntiedWithoutSubject() {
        TieSummary s = TieSummary.of(facts());
        assertEquals(new TieSummary(5, 1, 1, 3, 2), s);
        assertEquals(2, s.tied());
        assertEquals(new TieSummary(0, 0, 0, 0, 0), TieSummary.of(List.of()));
    }

    @Test
    void summaryLineSaysWhetherAnythingWasTied() {
        String some = TickMarks.summaryLine(TieSummary.of(facts()));
        assertTrue(some.contains("5 个数字") && some.contains("1 ✓") && some.contains("1 ✗") && some.contains("3 ○")
                && some.contains("其中 2 个无可勾稽的主体"), some);
        assertFalse(some.contains("没有一个数字得到勾稽"), some);
        String none = TickMarks.summaryLine(TieSummary.of(facts().subList(2, 5)));
        assertTrue(none.contains("3 ○") && none.contains("没有一个数字得到勾稽"), none);
        assertFalse(TickMarks.summaryLine(TieSummary.of(List.of())).contains("没有一个"), "no figure: nothing to say about ties");
    }

    @Test
    void everyFigureIsListedWithMarkPageQuoteValueAndSources() {
        String r = TickMarks.render(facts(), List.of(T1, T5));
        List<String> marks = r.lines().filter(l -> l.matches("^[✓✗○] #.*")).toList();
        assertEquals(5, marks.size(), r);
        assertTrue(marks.get(0).startsWith("✓ #0   p.8") && marks.get(0).contains("2035.69 万元"), marks.get(0));
        assertTrue(marks.get(1).startsWith("✗ #1"), marks.get(1));
        assertTrue(marks.get(2).startsWith("○ #2") && !marks.get(2).contains("no claim subject"), marks.get(2));
        assertTrue(marks.get(3).startsWith("○ #3") && marks.get(3).contains("no claim subject"), marks.get(3));
        assertTrue(marks.get(4).contains("（空）") && marks.get(4).contains("no claim subject"), marks.get(4));
        // the cell named by its table's number and title, page, row code and name, column and value
        assertTrue(r.contains("      = T2 一般公共预算财政拨款支出决算表 p.8 行 208 社会保障和就业支出 列 本年支出/合计 = 2035.69\n"), r);
        // a disagreeing computation marked ≠ with its interval and operands; an agreeing fact with its page and value
        assertTrue(r.contains("      ≠ 2390.8 × 85.15% ∈ [2035.57, 2035.81]  (fact #3)\n"), r);
        assertTrue(r.contains("      = fact #0 (p.8 2035.69 万元)\n"), r);
        // a long quote is cut to the clause of the figure
        assertTrue(marks.get(0).contains("“社会保障和就业支出2035.69万元，…”"), marks.get(0));
        Fact late = fact("98.5", "%", 3, "本年度部门整体支出绩效自评工作按要求开展，共涉及项目十二个，其中自评得分平均为98.5%，较上年提高。", claim(null), null);
        assertEquals("…其中自评得分平均为98.5%，…", TickMarks.shortQuote(late));
    }

    @Test
    void aCellOfATableTheModelDoesNotHoldIsNamedByItsKind() {
        String s = TickMarks.source(new TieSource.CellRef("three_public", 20, null, null, "合计", null, null, false), List.of(), List.of(T5));
        assertEquals("three_public p.20 列 合计 = （空白）(blank)", s);
    }
}
