package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a narrative figure says, typed: which subject, which measure of it, which funds, which year, and how it
 * relates to other figures. One claim per fact; the tie-out resolves it against the tables, other facts and
 * arithmetic (docs/schema.md "Claims and tie-out").
 *
 * @param subject   a named aggregate of the standard statements (the stem of the fact's key: {@code total},
 *                  {@code income_total}, {@code expenditure.basic}, {@code general_budget.expenditure},
 *                  {@code three_public.vehicle} …), or {@code class} for a 科目 named by code and/or name, or null
 *                  when the figure is about something the vocabulary does not name (a project, a count of people)
 * @param item      the 科目 or item name as printed, normalised (社会保障和就业支出, 办公费); null for an aggregate
 * @param code      the 科目编码 (208, 20805, 2080505) when printed or resolved through the classification; null otherwise
 * @param level     类 / 款 / 项 for a 科目, null otherwise
 * @param measure   which figure of the subject: the report's own (决算数 in a 决算, 预算数 in a 预算) or another
 * @param fund      which funds the figure covers (一般公共预算 … or all the department's funds)
 * @param year      the year the figure is of
 * @param relation  a plain level, or a change, rate, share or completion computed from other figures
 * @param base      for a relation: the measure it is compared with or a share of (上年决算数, 年初预算, 本年支出合计)
 * @param baseYear  for a change: the year of the base
 * @param whole     for a part of an enumerated whole (其中：…, 主要用于…), the index in {@code facts[]} of the whole
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Claim(String subject, String item, String code, String level, Measure measure, Fund fund, Integer year,
                    Relation relation, String base, Integer baseYear, Integer whole) {

    /** Which figure of a subject a claim states. */
    public enum Measure {
        /** 决算数, 实际支出, 执行数: what was spent or received in the year. */
        ACTUAL("actual"),
        /** 预算数 / 预算安排 of a budget report for its own year. */
        BUDGET("budget"),
        /** 年初预算 (the budget as first approved). */
        INITIAL_BUDGET("initial_budget"),
        /** 全年预算 / 调整后预算 (the budget after adjustments). */
        ADJUSTED_BUDGET("adjusted_budget"),
        /** 上年数 (the previous year's figure). */
        PRIOR_YEAR("prior_year"),
        /** a count (人, 辆, 个) or any figure that is not money of a budget measure. */
        COUNT("count");

        private final String id;
        Measure(String id) { this.id = id; }
        @JsonValue public String id() { return id; }
    }

    /**
     * Which funds a figure covers: all the department's funds, the 财政拨款 (appropriations of every kind), or only
     * the 一般公共预算 / 政府性基金预算 / 国有资本经营预算 appropriation.
     */
    public enum Fund {
        ALL("all"), APPROPRIATION("appropriation"), GENERAL_BUDGET("general_budget"),
        GOVERNMENT_FUND("government_fund"), STATE_CAPITAL("state_capital");

        private final String id;
        Fund(String id) { this.id = id; }
        @JsonValue public String id() { return id; }
    }

    /** How the figure follows from others. */
    public enum Relation {
        /** a plain amount or count of the subject. */
        LEVEL("level"),
        /** the amount of a change against a base (增加/减少 X万元). */
        CHANGE("change"),
        /** the rate of a change (增长/下降 X%). */
        CHANGE_RATE("change_rate"),
        /** a part's share of a whole (占 X%). */
        SHARE("share"),
        /** completion of a budget (完成预算的 X%, 执行率). */
        COMPLETION("completion"),
        /** any other rate or ratio (控制率, 满意度). */
        RATE("rate");

        private final String id;
        Relation(String id) { this.id = id; }
        @JsonValue public String id() { return id; }
    }
}
