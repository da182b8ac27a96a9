package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure stated in the narrative, exactly as printed, with what it measures and where it is.
 *
 * @param key          stable key of a standard statement (docs/facts.md), null for any other figure
 * @param label        the phrase the figure measures, as printed (本年收入合计, 完成年初预算的, 发放资金)
 * @param value        the number exactly as printed (scale kept); null when a slot is printed empty or a
 *                     change is stated in words only (持平, 无变化)
 * @param unit         万元, 元, 亿元, %, 人, 人次, 辆, 个 …; null when printed without unit (see {@code flags})
 * @param year         the year the figure refers to
 * @param comparison   {@code yoy} (change on the previous year), {@code budget} (against a budget), {@code share}
 *                     (part of a whole), {@code completion} (完成预算的 X%); null for a plain figure
 * @param section      number path of the section it is stated in ("三.五.三")
 * @param subject      what a change, share or rate is about (收入合计 for "增长420.89%")
 * @param direction    增加/减少/增长/下降/持平 … as printed, for changes
 * @param basis        what it is compared with or a share of (上年, 年初预算, 本年收入)
 * @param sectionTitle title of that section
 * @param flags        defects and qualifiers: missing_unit, empty_value, words_only, approximate
 * @param claim        what the figure says, typed (subject, measure, funds, year, relation); null where not read
 * @param tie          its tick mark: agrees / contradicts / untied with the sources it was compared with; null
 *                     until the tie-out has run
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(String key, String label, BigDecimal value, String unit, Integer year,
                   String comparison, String section, int page, String quote, Box box,
                   String subject, String direction, String basis, String sectionTitle, List<String> flags,
                   Claim claim, Tie tie) {

    public Fact {
        flags = flags == null || flags.isEmpty() ? null : List.copyOf(flags);
    }

    public Fact(String key, String label, BigDecimal value, String unit, Integer year,
                String comparison, String section, int page, String quote, Box box) {
        this(key, label, value, unit, year, comparison, section, page, quote, box, null, null, null, null, null);
    }

    public Fact(String key, String label, BigDecimal value, String unit, Integer year,
                String comparison, String section, int page, String quote, Box box,
                String subject, String direction, String basis, String sectionTitle, List<String> flags) {
        this(key, label, value, unit, year, comparison, section, page, quote, box, subject, direction, basis,
                sectionTitle, flags, null, null);
    }

    /** The same fact with its claim. */
    public Fact withClaim(Claim claim) {
        return new Fact(key, label, value, unit, year, comparison, section, page, quote, box, subject, direction, basis,
                sectionTitle, flags, claim, tie);
    }

    /** The same fact with its tick mark. */
    public Fact withTie(Tie tie) {
        return new Fact(key, label, value, unit, year, comparison, section, page, quote, box, subject, direction, basis,
                sectionTitle, flags, claim, tie);
    }

    public boolean hasFlag(String flag) { return flags != null && flags.contains(flag); }
}
