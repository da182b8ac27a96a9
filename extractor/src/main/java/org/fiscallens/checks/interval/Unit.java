package org.fiscallens.checks.interval;

import java.math.BigDecimal;

/** A money unit of the reports; {@link #factor} is its size in 元. */
public enum Unit {
    YUAN("元", BigDecimal.ONE),
    WAN("万元", BigDecimal.valueOf(10_000)),
    YI("亿元", BigDecimal.valueOf(100_000_000)),
    /** A plain count or percentage: no conversion. */
    NONE("", BigDecimal.ONE);

    private final String label;
    private final BigDecimal factor;

    Unit(String label, BigDecimal factor) {
        this.label = label;
        this.factor = factor;
    }

    public String label() { return label; }
    public BigDecimal factor() { return factor; }

    /** 元, 万元, 亿元 (also with 单位： prefixes stripped by the caller); null when not a money unit. */
    public static Unit parse(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.endsWith("亿元")) return YI;
        if (t.endsWith("万元") || t.equals("万")) return WAN;
        if (t.endsWith("元")) return YUAN;
        return null;
    }
}
