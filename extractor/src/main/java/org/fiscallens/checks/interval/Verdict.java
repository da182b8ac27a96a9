package org.fiscallens.checks.interval;

import org.fiscallens.model.Calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The outcome of one exact-tolerance check: the interval the printed figure stands for, the interval the
 * operands allow, and the gap between them (zero when consistent). {@code computed} is null when the
 * computation is undefined (a rate over a denominator that may be 0).
 *
 * @param expression how the computed interval was obtained, e.g. "2106.66 ÷ 2940.05 × 100"
 * @param unit       the unit the intervals and the gap are in (NONE for counts and percentages)
 * @param shown      the unit of the printed figure, in which {@link #explain} and {@link #calculation} state them
 * @param percent    the figures are percentages
 */
public record Verdict(Interval stated, Interval computed, BigDecimal gap, String expression, Unit unit, Unit shown,
                      boolean percent) {

    public Verdict(Interval stated, Interval computed, BigDecimal gap, String expression) {
        this(stated, computed, gap, expression, Unit.NONE, Unit.NONE, false);
    }

    public static Verdict of(Interval stated, Interval computed, String expression) {
        if (computed == null) return new Verdict(stated, null, null, expression);
        return new Verdict(stated, computed, stated.gap(computed), expression);
    }

    /** The same verdict, computed in {@code unit}, to be stated in {@code shown} (the printed figure's unit). */
    public Verdict shownIn(Unit unit, Unit shown) {
        return new Verdict(stated, computed, gap, expression, unit, shown, percent);
    }

    /** The same verdict over percentages. */
    public Verdict asPercent() {
        return new Verdict(stated, computed, gap, expression, unit, shown, true);
    }

    public boolean undefined() { return computed == null; }

    /** Some set of true values satisfies every rounded figure. */
    public boolean consistent() { return computed != null && stated.intersects(computed); }

    public boolean inconsistent() { return computed != null && !stated.intersects(computed); }

    /**
     * The printed figure is the computed value cut (not rounded) to its decimals: [p, p + 10^−d) for p ≥ 0,
     * (p − 10^−d, p] for p < 0 (SPEC §6 truncation mode, used by some publishers).
     */
    public boolean consistentIfTruncated(BigDecimal printed) {
        if (computed == null) return false;
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
        boolean neg = printed.signum() < 0;
        BigDecimal lo = neg ? printed.subtract(ulp) : printed, hi = neg ? printed : printed.add(ulp);
        // open end: the true value may not reach it
        return computed.lo().compareTo(hi) < 0 && computed.hi().compareTo(lo) > 0;
    }

    /**
     * The printed figure is the computed value rounded up (away from zero) to its decimals: (p − 10^−d, p] for p ≥ 0,
     * [p, p + 10^−d) for p < 0 (10,429.8313 万元 printed as 10,429.84): another publishers' convention.
     */
    public boolean consistentIfRoundedUp(BigDecimal printed) {
        if (computed == null) return false;
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
        boolean neg = printed.signum() < 0;
        BigDecimal lo = neg ? printed : printed.subtract(ulp), hi = neg ? printed.add(ulp) : printed;
        return computed.lo().compareTo(hi) < 0 && computed.hi().compareTo(lo) > 0;
    }

    /** The factor from {@link #unit} to {@link #shown}: 1/10⁴ for 元 shown in 万元. */
    private BigDecimal toShown() {
        if (unit == shown || unit == Unit.NONE || shown == Unit.NONE) return BigDecimal.ONE;
        return unit.factor().divide(shown.factor(), MathContext.DECIMAL128);
    }

    private Interval inShown(Interval i) {
        return i == null ? null : i.scale(toShown());
    }

    private String unitLabel() {
        if (percent) return "%";
        return unit == Unit.NONE ? "" : (shown == Unit.NONE ? unit : shown).label();
    }

    /** The gap in the shown unit, rounded up at 4 decimals; null when undefined. */
    private BigDecimal shownGap() {
        if (gap == null) return null;
        BigDecimal g = gap.multiply(toShown());
        return (g.scale() > 4 ? g.setScale(4, RoundingMode.CEILING) : g).stripTrailingZeros();
    }

    /**
     * "印 71.73 ∈ [71.725, 71.735]；算 2106.66 ÷ 2940.05 × 100 ∈ [71.6536, 71.6542]；差 0.0708", intervals and gap
     * in the unit of the printed figure; with the structured {@link Calculation} attached.
     */
    public Explanation explain(String printed) {
        String u = unitLabel().equals("%") ? "" : unitLabel();
        String text;
        if (computed == null) {
            text = "印 " + printed + "；算 " + expression + "：分母区间含 0，比率无定义";
        } else {
            BigDecimal g = shownGap();
            String gs = g.signum() == 0 ? "区间相交" : "差 " + g.toPlainString() + u;
            text = "印 " + printed + " ∈ " + inShown(stated) + u + "；算 " + expression + " ∈ " + inShown(computed) + u + "；" + gs;
        }
        return new Explanation(text, calculation());
    }

    /** The arithmetic as data, in the unit of the printed figure. */
    public Calculation calculation() {
        Interval s = inShown(stated), c = inShown(computed);
        if (c != null && (c.lo().scale() > 6 || c.hi().scale() > 6)) c = c.widenTo(6);
        return new Calculation(printedValue(s), List.of(plain(s.lo()), plain(s.hi())), expression,
                c == null ? null : List.of(plain(c.lo()), plain(c.hi())), shownGap() == null ? null : plain(shownGap()), unitLabel());
    }

    /** Trailing zeros dropped, never an exponent (1E+2 reads 100). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal t = v.stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    /** The printed value: the middle of its rounding interval, at one decimal fewer than the interval's ends. */
    static BigDecimal printedValue(Interval s) {
        BigDecimal mid = s.lo().add(s.hi()).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        if (s.lo().compareTo(s.hi()) == 0) return plain(mid);
        int d = Math.max(0, s.lo().stripTrailingZeros().scale() - 1);
        return mid.setScale(d, RoundingMode.HALF_EVEN);
    }
}
