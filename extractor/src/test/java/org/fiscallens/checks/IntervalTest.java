package org.fiscallens.checks;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The interval engine on SPEC §6's worked examples and its boundary cases. */
class IntervalTest {

    private static BigDecimal d(String s) { return new BigDecimal(s); }
    private static Amount w(String s) { return Amount.wan(s); }

    @Test
    void printedFigureStandsForHalfAUnitOfItsLastDigitEitherSide() {
        assertEquals(new Interval(d("2940.045"), d("2940.055")), Interval.printed(d("2940.05")));
        assertEquals(new Interval(d("97.5"), d("98.5")), Interval.printed(d("98")));
        assertEquals(new Interval(d("0.45"), d("0.55")), Interval.printed(d("0.5")));
    }

    @Test
    void shareOf7173IsAnErrorAndShareOf9820IsConsistent() {
        Verdict bad = Calc.share(d("71.73"), w("2106.66"), w("2940.05"), Unit.WAN);
        assertTrue(bad.inconsistent());
        // 2106.66/2940.05 lies in [71.6536, 71.6542] %
        assertTrue(bad.computed().lo().compareTo(d("71.6535")) > 0 && bad.computed().hi().compareTo(d("71.6543")) < 0);
        assertEquals(0, bad.gap().setScale(4, java.math.RoundingMode.HALF_UP).compareTo(d("0.0708")), bad.gap().toString());
        Verdict ok = Calc.share(d("98.20"), w("2940.05"), w("2993.92"), Unit.WAN);
        assertTrue(ok.consistent(), ok.explain("98.20").toString());
    }

    @Test
    void sumsAddIntervalsSoRoundedTotalsPass() {
        // T5 类 sum 2940.06 vs 合计 2940.05 with 4 items: tolerance 5 × 0.005 = 0.025
        assertTrue(Calc.sum(w("2940.05"), List.of(w("2106.66"), w("326.72"), w("60.99"), w("445.69")), Unit.WAN).consistent());
        // procurement 4.79 + 0 + 246.47 = 251.26 vs 251.25
        assertTrue(Calc.sum(w("251.25"), List.of(w("4.79"), w("0"), w("246.47")), Unit.WAN).consistent());
        // 0 printed without decimals is [-0.5, 0.5] — the wide term makes 0.5 differences pass too
        assertTrue(Calc.sum(w("251.25"), List.of(w("4.79"), w("0.00"), w("246.47")), Unit.WAN).consistent());
    }

    @Test
    void twoItemSumToleranceIsExactlyPointZeroOneFive() {
        // |T − Σ| ≤ h·(n+1) = 0.015: a 0.01 difference passes, 0.02 fails
        assertTrue(Calc.sum(w("10.01"), List.of(w("5.00"), w("5.00")), Unit.WAN).consistent());
        assertTrue(Calc.sum(w("10.02"), List.of(w("5.00"), w("5.00")), Unit.WAN).inconsistent());
        // boundary inclusive: 0.015 exactly with a third decimal on the total
        assertTrue(Calc.sum(new Amount(d("10.015"), 2, Unit.WAN), List.of(w("5.00"), w("5.00")), Unit.WAN).consistent());
    }

    @Test
    void equalityOfTwoPrintedFiguresToleratesOneCent() {
        assertTrue(Calc.equal(w("326.71"), w("326.72"), Unit.WAN).consistent());
        assertTrue(Calc.equal(w("326.71"), w("326.73"), Unit.WAN).inconsistent());
        assertTrue(Calc.equal(w("0.3"), w("2961.68"), Unit.WAN).inconsistent());
    }

    @Test
    void crossUnitComparisonScalesTheWanInterval() {
        // narrative 887.36万元 against a table 873617.00 元 (SPEC §2: the budget sample's 职业年金)
        Amount narrative = w("887.36");
        Amount table = Amount.of(d("873617.00"), Unit.YUAN);
        assertTrue(Calc.equal(narrative, table, Unit.YUAN).inconsistent());
        assertTrue(Calc.equal(w("87.36"), table, Unit.YUAN).consistent());
        // 6.2万元 is [61500, 62500] 元
        assertEquals(new Interval(d("61500.0"), d("62500.0")), w("6.2").in(Unit.YUAN));
    }

    @Test
    void growthRateIsChangeOverPreviousNotTheRatio() {
        // seed: +1822.77 to 2390.8, printed 420.89 %: true growth 320.89 %
        Verdict v = Calc.growthRate(d("420.89"), w("1822.77"), w("2390.8"), Unit.WAN);
        assertTrue(v.inconsistent(), v.explain("420.89").toString());
        assertTrue(v.computed().contains(d("320.89")) || v.computed().lo().compareTo(d("320")) > 0);
        assertTrue(Calc.growthRate(d("320.89"), w("1822.77"), w("2390.80"), Unit.WAN).consistent());
        // 机关运行经费 19.99, +11.15, printed 226 %: true 126.13 %
        assertTrue(Calc.growthRate(d("226"), w("11.15"), w("19.99"), Unit.WAN).inconsistent());
        // Putuo: −56.95 to 2995.39 → −1.87 %
        assertTrue(Calc.growthRate(d("-1.87"), w("-56.95"), w("2995.39"), Unit.WAN).consistent());
        // growth between two levels
        Interval g = Calc.growth(Interval.printed(d("110.00")), Interval.printed(d("100.00")));
        assertTrue(g.contains(d("10")));
    }

    @Test
    void rateOverAnIntervalContainingZeroIsUndefined() {
        Verdict v = Calc.share(d("0"), w("0"), w("0"), Unit.WAN);
        assertTrue(v.undefined());
        assertFalse(v.consistent());
        assertFalse(v.inconsistent());
        assertTrue(v.explain("0%").contains("无定义"));
        assertNull(Calc.growthFromChange(Interval.printed(d("0")), Interval.printed(d("0"))));
        // 0.3 printed with one decimal cannot be 0, so a rate over it is defined
        assertNotNull(Calc.percent(Interval.printed(d("1")), Interval.printed(d("0.3"))));
    }

    @Test
    void sharesAddingTo100() {
        assertTrue(Calc.sharesTo100(List.of(d("99.79"), d("0.21"))).consistent());
        assertTrue(Calc.sharesTo100(List.of(d("85.15"), d("14.19"), d("0.66"))).consistent());
        assertTrue(Calc.sharesTo100(List.of(d("71.73"), d("11.11"), d("2.07"), d("15.16"))).inconsistent());
        // m shares with 2 decimals tolerate m × 0.005
        assertTrue(Calc.sharesTo100(List.of(d("33.33"), d("33.33"), d("33.33"))).consistent());
        assertTrue(Calc.sharesTo100(List.of(d("33.33"), d("33.33"), d("33.32"))).inconsistent());
        assertTrue(Calc.sharesTo100(List.of(d("33.33"), d("33.33"), d("33.34"))).consistent());
    }

    @Test
    void weightedCarryForward() {
        // 年末 = 年初 + 收入 − 支出
        assertTrue(Calc.weightedSum(w("55.34"), List.of(w("49.14"), w("2946.25"), w("2940.05")), List.of(1, 1, -1), Unit.WAN).consistent());
        assertTrue(Calc.weightedSum(w("56.34"), List.of(w("49.14"), w("2946.25"), w("2940.05")), List.of(1, 1, -1), Unit.WAN).inconsistent());
    }

    @Test
    void divisionBoundsContainTheTrueQuotient() {
        Interval q = Interval.point(d("1")).divide(Interval.point(d("3")));
        assertTrue(q.lo().compareTo(q.hi()) < 0);
        assertTrue(q.lo().multiply(d("3")).compareTo(BigDecimal.ONE) <= 0);
        assertTrue(q.hi().multiply(d("3")).compareTo(BigDecimal.ONE) >= 0);
        Interval neg = Interval.printed(d("-5.00")).divide(Interval.printed(d("2.00")));
        assertTrue(neg.contains(d("-2.5")));
    }

    @Test
    void arithmeticIsStatedInTheUnitOfThePrintedFigure() {
        // 5377.64 万元 in the text against 53905200.00 元 in a table: intervals and gap in 万元, not 元
        Verdict v = Calc.equal(Amount.wan("5377.64"), Amount.of(new java.math.BigDecimal("53905200.00"), Unit.YUAN), Unit.YUAN);
        String line = v.explain("5377.64万元").toString();
        assertTrue(line.contains("∈ [5377.635, 5377.645]万元") && line.contains("差 12.875万元") && !line.contains("53776350"), line);
        org.fiscallens.model.Calculation c = v.calculation();
        assertEquals(0, c.printed().compareTo(new java.math.BigDecimal("5377.64")));
        assertEquals("5377.64", c.printed().toPlainString());
        assertEquals("万元", c.unit());
        assertEquals(0, c.gap().compareTo(new java.math.BigDecimal("12.875")));
        assertEquals("53905200.00元", c.computed());
        // a rate: percent, and undefined gives no interval and no gap
        Verdict u = Calc.share(new java.math.BigDecimal("0"), Amount.wan("0"), Amount.wan("0"), Unit.WAN);
        assertEquals("%", u.calculation().unit());
        assertEquals(null, u.calculation().computedInterval());
        assertEquals(null, u.calculation().gap());
    }
}
