package org.fiscallens.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number read from running text: where it is (char offsets of the digits and of the unit's end), its value
 * exactly as printed, its unit (null when none was printed) and qualifiers.
 *
 * @param start   offset of the first digit (or sign)
 * @param end     offset just past the unit (or the digits when there is no unit)
 * @param numEnd  offset just past the digits
 * @param flags   approximate (余/多/约), missing_unit
 */
public record Figure(int start, int end, int numEnd, BigDecimal value, String unit, List<String> flags) {
    public Figure {
        flags = List.copyOf(flags);
    }

    public boolean isPercent() { return "%".equals(unit) || "百分点".equals(unit); }

    public boolean isMoney() { return unit != null && unit.endsWith("元"); }
}
