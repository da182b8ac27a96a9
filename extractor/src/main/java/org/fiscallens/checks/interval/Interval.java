package org.fiscallens.checks.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * A closed interval [lo, hi] of exact decimals: the set of true values a rounded printed figure may stand
 * for (SPEC §6, XBRL Calculations 1.1 round-to-nearest: both ends included). Arithmetic is exact for
 * sums and scaling; quotients are rounded outward (lo down, hi up) at 34 significant digits so the
 * result always contains every true quotient.
 */
public record Interval(BigDecimal lo, BigDecimal hi) {

    private static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);
    private static final MathContext UP = new MathContext(34, RoundingMode.CEILING);

    public Interval {
        if (lo.compareTo(hi) > 0) throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }

    public static Interval point(BigDecimal v) { return new Interval(v, v); }

    /** The figure {@code v} printed with {@code decimals} decimals: [v − ½·10^−d, v + ½·10^−d]. */
    public static Interval rounded(BigDecimal v, int decimals) {
        BigDecimal h = halfUlp(decimals);
        return new Interval(v.subtract(h), v.add(h));
    }

    /** A printed figure with the decimals it was printed with (its scale). */
    public static Interval printed(BigDecimal v) {
        return rounded(v, Math.max(0, v.scale()));
    }

    /** ½·10^−d. */
    public static BigDecimal halfUlp(int decimals) {
        return BigDecimal.valueOf(5, decimals + 1);
    }

    public Interval add(Interval o) { return new Interval(lo.add(o.lo), hi.add(o.hi)); }

    public Interval negate() { return new Interval(hi.negate(), lo.negate()); }

    public Interval subtract(Interval o) { return add(o.negate()); }

    public Interval scale(BigDecimal w) {
        BigDecimal a = lo.multiply(w), b = hi.multiply(w);
        return a.compareTo(b) <= 0 ? new Interval(a, b) : new Interval(b, a);
    }

    public static Interval sum(List<Interval> items) {
        Interval s = point(BigDecimal.ZERO);
        for (Interval i : items) s = s.add(i);
        return s;
    }

    public boolean containsZero() { return lo.signum() <= 0 && hi.signum() >= 0; }

    public boolean contains(BigDecimal v) { return lo.compareTo(v) <= 0 && hi.compareTo(v) >= 0; }

    /** Some value lies in both (the Arelle test: max(lo) ≤ min(hi), boundaries included). */
    public boolean intersects(Interval o) { return lo.max(o.lo).compareTo(hi.min(o.hi)) <= 0; }

    /** Distance between the two intervals; zero when they intersect. */
    public BigDecimal gap(Interval o) {
        BigDecimal g = lo.max(o.lo).subtract(hi.min(o.hi));
        return g.signum() > 0 ? g : BigDecimal.ZERO;
    }

    /** Entirely above {@code o}. */
    public boolean above(Interval o) { return lo.compareTo(o.hi) > 0; }

    /** Entirely below {@code o}. */
    public boolean below(Interval o) { return hi.compareTo(o.lo) < 0; }

    /**
     * The quotient this / d over the corner values, or null when d contains 0 (undefined).
     */
    public Interval divide(Interval d) {
        if (d.containsZero()) return null;
        BigDecimal[] corners = {
                lo.divide(d.lo, DOWN), lo.divide(d.hi, DOWN), hi.divide(d.lo, DOWN), hi.divide(d.hi, DOWN)};
        BigDecimal[] cornersUp = {
                lo.divide(d.lo, UP), lo.divide(d.hi, UP), hi.divide(d.lo, UP), hi.divide(d.hi, UP)};
        BigDecimal min = corners[0], max = cornersUp[0];
        for (BigDecimal c : corners) min = min.min(c);
        for (BigDecimal c : cornersUp) max = max.max(c);
        return new Interval(min, max);
    }

    /** Both ends rounded outward to {@code decimals} places, for display. */
    public Interval widenTo(int decimals) {
        return new Interval(lo.setScale(decimals, RoundingMode.FLOOR), hi.setScale(decimals, RoundingMode.CEILING));
    }

    /** Equal as numbers (2.50 equals 2.5). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Interval i && lo.compareTo(i.lo) == 0 && hi.compareTo(i.hi) == 0;
    }

    @Override
    public int hashCode() { return lo.stripTrailingZeros().hashCode() * 31 + hi.stripTrailingZeros().hashCode(); }

    /** "[2106.655, 2106.665]" (outward-rounded to 4 decimals when longer). */
    @Override
    public String toString() {
        Interval shown = (lo.scale() > 4 || hi.scale() > 4) ? widenTo(4) : this;
        return "[" + shown.lo.stripTrailingZeros().toPlainString() + ", " + shown.hi.stripTrailingZeros().toPlainString() + "]";
    }
}
