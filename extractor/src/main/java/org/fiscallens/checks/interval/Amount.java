package org.fiscallens.checks.interval;

import java.math.BigDecimal;

/**
 * A figure as printed: its value, the decimals it was printed with and its unit. Its interval is
 * [v − ½·10^−d, v + ½·10^−d] in its own unit, or scaled into another (万元 → 元: × 10⁴, so
 * 2.5万元 → [24500, 25500] 元).
 */
public record Amount(BigDecimal value, int decimals, Unit unit) {

    public static Amount of(BigDecimal value, Unit unit) {
        return new Amount(value, Math.max(0, value.scale()), unit);
    }

    public static Amount wan(String v) { return of(new BigDecimal(v), Unit.WAN); }

    public Interval interval() { return Interval.rounded(value, decimals); }

    /** The interval expressed in {@code target} units. */
    public Interval in(Unit target) {
        if (target == unit || target == Unit.NONE || unit == Unit.NONE) return interval();
        BigDecimal f = unit.factor().divide(target.factor());
        return interval().scale(f);
    }

    public boolean isZero() { return value.signum() == 0; }

    /** "2,106.66万元" style is not needed: the plain printed figure with its unit. */
    @Override
    public String toString() { return value.toPlainString() + unit.label(); }
}
