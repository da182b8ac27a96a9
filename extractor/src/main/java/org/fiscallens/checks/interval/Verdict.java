package org.fiscallens.checks.interval;

import java.math.BigDecimal;

/**
 * The outcome of one exact-tolerance check: the interval the printed figure stands for, the interval the
 * operands allow, and the gap between them (zero when consistent). {@code computed} is null when the
 * computation is undefined (a rate over a denominator that may be 0).
 *
 * @param expression how the computed interval was obtained, e.g. "2106.66 ÷ 2940.05 × 100"
 */
public record Verdict(Interval stated, Interval computed, BigDecimal gap, String expression) {

    public static Verdict of(Interval stated, Interval computed, String expression) {
        if (computed == null) return new Verdict(stated, null, null, expression);
        return new Verdict(stated, computed, stated.gap(computed), expression);
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

    /** "印 71.73 ∈ [71.725, 71.735]；算 2106.66 ÷ 2940.05 × 100 ∈ [71.6536, 71.6542]；差 0.0708" */
    public String explain(String printed) {
        if (computed == null) return "印 " + printed + "；算 " + expression + "：分母区间含 0，比率无定义";
        BigDecimal shown = gap.scale() > 4 ? gap.setScale(4, java.math.RoundingMode.CEILING) : gap;
        String g = gap.signum() == 0 ? "区间相交" : "差 " + shown.stripTrailingZeros().toPlainString();
        return "印 " + printed + " ∈ " + stated + "；算 " + expression + " ∈ " + computed + "；" + g;
    }
}
