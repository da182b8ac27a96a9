package org.fiscallens.checks.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of SPEC §6 over printed figures: sums, equalities (also across units), percentages, shares
 * and growth rates, each giving a {@link Verdict} with the intervals and the gap.
 */
public final class Calc {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(34, RoundingMode.CEILING);

    private Calc() {}

    /** total = Σ parts (all in {@code unit}); n parts give the tolerance h·(n + 1) of SPEC §6. */
    public static Verdict sum(Amount total, List<Amount> parts, Unit unit) {
        List<Interval> ivs = new ArrayList<>();
        for (Amount p : parts) ivs.add(p.in(unit));
        return Verdict.of(total.in(unit), Interval.sum(ivs), join(parts, " + ")).shownIn(unit, total.unit());
    }

    /** total = Σ weighted parts, weights ±1 (e.g. 年末 = 年初 + 收入 − 支出). */
    public static Verdict weightedSum(Amount total, List<Amount> parts, List<Integer> weights, Unit unit) {
        Interval s = Interval.point(BigDecimal.ZERO);
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Interval iv = parts.get(i).in(unit);
            boolean neg = weights.get(i) < 0;
            s = neg ? s.subtract(iv) : s.add(iv);
            if (i > 0 || neg) e.append(neg ? " − " : " + ");
            e.append(parts.get(i).value().toPlainString());
        }
        return Verdict.of(total.in(unit), s, e.toString().strip()).shownIn(unit, total.unit());
    }

    /** a = b, two printed figures, possibly in different units. */
    public static Verdict equal(Amount stated, Amount other, Unit unit) {
        return Verdict.of(stated.in(unit), other.in(unit), other.toString()).shownIn(unit, stated.unit());
    }

    /** Percentage 100·num/den; null when den may be 0. */
    public static Interval percent(Interval num, Interval den) {
        Interval q = num.divide(den);
        return q == null ? null : q.scale(HUNDRED);
    }

    /** A printed percentage p against 100·num/den. */
    public static Verdict share(BigDecimal printedPercent, Amount num, Amount den, Unit unit) {
        return Verdict.of(Interval.printed(printedPercent), percent(num.in(unit), den.in(unit)),
                num.value().toPlainString() + " ÷ " + den.value().toPlainString() + " × 100").asPercent();
    }

    /** Growth 100·(current − previous)/previous. */
    public static Interval growth(Interval current, Interval previous) {
        Interval q = current.divide(previous);
        return q == null ? null : q.subtract(Interval.point(BigDecimal.ONE)).scale(HUNDRED);
    }

    /**
     * Growth stated with the change and the current value: 100·change/(current − change). The function
     * is monotone in each operand separately, so its range over the box is reached at the corners.
     */
    public static Interval growthFromChange(Interval change, Interval current) {
        Interval previous = current.subtract(change);
        if (previous.containsZero()) return null;
        return corners(change, current).scale(HUNDRED);
    }

    private static Interval corners(Interval change, Interval current) {
        BigDecimal min = null, max = null;
        for (BigDecimal d : new BigDecimal[]{change.lo(), change.hi()}) {
            for (BigDecimal c : new BigDecimal[]{current.lo(), current.hi()}) {
                BigDecimal base = c.subtract(d);
                BigDecimal lo = d.divide(base, DOWN), hi = d.divide(base, UP);
                min = min == null ? lo : min.min(lo);
                max = max == null ? hi : max.max(hi);
            }
        }
        return new Interval(min, max);
    }

    /** A printed growth rate against the change and the current value. */
    public static Verdict growthRate(BigDecimal printedPercent, Amount change, Amount current, Unit unit) {
        return Verdict.of(Interval.printed(printedPercent), growthFromChange(change.in(unit), current.in(unit)),
                change.value().toPlainString() + " ÷ (" + current.value().toPlainString() + " − "
                        + change.value().toPlainString() + ") × 100").asPercent();
    }

    /** Printed shares adding to 100: Σpᵢ against 100 (exact), each pᵢ an interval. */
    public static Verdict sharesTo100(List<BigDecimal> shares) {
        List<Interval> ivs = new ArrayList<>();
        StringBuilder e = new StringBuilder();
        for (BigDecimal p : shares) {
            ivs.add(Interval.printed(p));
            if (e.length() > 0) e.append(" + ");
            e.append(p.toPlainString());
        }
        return Verdict.of(Interval.point(HUNDRED), Interval.sum(ivs), e.toString()).asPercent();
    }

    static String join(List<Amount> parts, String sep) {
        StringBuilder b = new StringBuilder();
        for (Amount p : parts) {
            if (b.length() > 0) b.append(sep);
            b.append(p.value().toPlainString());
        }
        return b.length() == 0 ? "0" : b.toString();
    }
}
