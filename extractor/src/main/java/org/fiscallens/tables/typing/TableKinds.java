package org.fiscallens.tables.typing;

import org.fiscallens.layout.Regexes;

/**
 * The standard table kinds, recognised by title words (and header words when the title is missing),
 * never by the table's number: regions order the tables differently.
 */
public final class TableKinds {
    public static final String INCOME_EXPENDITURE_SUMMARY = "income_expenditure_summary", INCOME = "income",
            EXPENDITURE = "expenditure", APPROPRIATION_SUMMARY = "appropriation_summary",
            GENERAL_BUDGET_EXPENDITURE = "general_budget_expenditure",
            GENERAL_BUDGET_BASIC_EXPENDITURE = "general_budget_basic_expenditure", GOVERNMENT_FUND = "government_fund",
            STATE_CAPITAL = "state_capital", THREE_PUBLIC = "three_public",
            PERFORMANCE_SELF_ASSESSMENT = "performance_self_assessment", PERFORMANCE_TARGETS = "performance_targets",
            PROCUREMENT = "procurement", OTHER = "other";

    private TableKinds() {}

    /** The kind of a table from its title (whitespace removed) and its header words. */
    public static String classify(String title, String header) {
        String t = normalise(title == null ? "" : title);
        String h = normalise(header == null ? "" : header);
        if (t.contains("自评") || (h.contains("一级指标") && h.contains("得分"))) return PERFORMANCE_SELF_ASSESSMENT;
        if (t.contains("绩效目标") || (h.contains("一级指标") && h.contains("指标值"))) return PERFORMANCE_TARGETS;
        if (t.isEmpty()) return OTHER;
        if (t.contains("三公")) return THREE_PUBLIC;
        if (t.contains("机关运行经费")) return OTHER;
        if (t.contains("政府采购")) return PROCUREMENT;
        if (t.contains("政府性基金")) return GOVERNMENT_FUND;
        if (t.contains("国有资本经营")) return STATE_CAPITAL;
        if (t.contains("基本支出")) return t.contains("一般公共预算") ? GENERAL_BUDGET_BASIC_EXPENDITURE : OTHER_BASIC;
        if (t.contains("财政拨款收入支出") || t.contains("财政拨款收支")) return APPROPRIATION_SUMMARY;
        if (t.contains("一般公共预算") && t.contains("支出")) return GENERAL_BUDGET_EXPENDITURE;
        if (t.contains("收入支出") || t.contains("收支")) return INCOME_EXPENDITURE_SUMMARY;
        if (t.contains("财政拨款")) return OTHER;
        if (t.contains("收入") && !t.contains("支出")) return INCOME;
        if (t.contains("支出") && !t.contains("收入")) return EXPENDITURE;
        return OTHER;
    }

    /** 财政拨款基本支出表 without 一般公共预算 in its title (Jiangsu): typed by whether the document has both. */
    static final String OTHER_BASIC = GENERAL_BUDGET_BASIC_EXPENDITURE;

    static String normalise(String s) {
        return Regexes.replaceAll(s, "[\\s“”\"'‘’「」]", "");
    }
}
