package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * The arithmetic of a finding as data, in the unit of the printed figure (a 万元 figure's intervals and gap in
 * 万元): the printed value and the interval it stands for, how the other side was computed and the interval it
 * allows, and the gap between the two (0 when they meet). {@code computedInterval} and {@code gap} are null when
 * the computation is undefined (a rate over a denominator that may be 0).
 *
 * @param unit "元", "万元", "亿元", "%" or "" (a count)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Calculation(BigDecimal printed, List<BigDecimal> printedInterval, String computed,
                          List<BigDecimal> computedInterval, BigDecimal gap, String unit) {
    public Calculation {
        printedInterval = printedInterval == null ? null : List.copyOf(printedInterval);
        computedInterval = computedInterval == null ? null : List.copyOf(computedInterval);
    }
}
