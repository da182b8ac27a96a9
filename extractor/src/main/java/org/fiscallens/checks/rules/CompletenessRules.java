package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Required tables and narrative sections of a 决算 (disclosure_checklist.tsv D-04, D-08; narrative_sections.tsv). */
public final class CompletenessRules implements Rule {
    static final String CAT = "completeness";
    public static final RuleInfo TABLES = new RuleInfo("complete.tables", CAT, Severity.WARNING,
            "决算九张公开表是否齐全（收支总表、收入、支出、财政拨款收支总表、一般公共预算支出、基本支出、政府性基金、国有资本经营、“三公”经费）",
            "无数据的表也须保留格式并说明（disclosure_checklist D-04）", "缺少“国有资本经营预算财政拨款收入支出决算表”");
    public static final RuleInfo EMPTY_TABLE_NOTE = new RuleInfo("complete.empty_table_note", CAT, Severity.WARNING,
            "无数据的表须附说明（“本单位无…故本表无数据”）",
            "空表无说明时读者无法区分“无此项业务”与“漏填”（disclosure_checklist D-08, identities T7-02）",
            "财政拨款“三公”经费支出决算表全部为空且无说明");
    public static final RuleInfo SECTIONS = new RuleInfo("complete.sections", CAT, Severity.WARNING,
            "决算情况说明应有的部分：收支总体、收入、支出、财政拨款收支、一般公共预算支出、基本支出、“三公”经费、机关运行经费、政府采购、国有资产、绩效",
            "模板要求的说明缺失（narrative_sections.tsv, disclosure_checklist D-02/D-03/D-07/D-11/D-12）", "缺少“政府采购支出情况”");

    private static final Map<String, String> KINDS = new LinkedHashMap<>();
    static {
        KINDS.put("income_expenditure_summary", "收入支出决算总表");
        KINDS.put("income", "收入决算表");
        KINDS.put("expenditure", "支出决算表");
        KINDS.put("appropriation_summary", "财政拨款收入支出决算总表");
        KINDS.put("general_budget_expenditure", "一般公共预算财政拨款支出决算表");
        KINDS.put("general_budget_basic_expenditure", "一般公共预算财政拨款基本支出决算表");
        KINDS.put("government_fund", "政府性基金预算财政拨款收入支出决算表");
        KINDS.put("state_capital", "国有资本经营预算财政拨款收入支出决算表");
        KINDS.put("three_public", "财政拨款“三公”经费支出决算表");
    }
    private static final String[][] SECTION_WORDS = {
            {"收入支出决算总体", "收支决算总体", "收入支出总体"}, {"收入决算"}, {"支出决算"}, {"财政拨款收入支出"},
            {"一般公共预算财政拨款支出"}, {"基本支出"}, {"三公"}, {"机关运行经费"}, {"政府采购"}, {"国有资产"}, {"绩效"}};

    @Override
    public List<RuleInfo> rules() { return List.of(TABLES, EMPTY_TABLE_NOTE, SECTIONS); }

    /** Whether any cell of the table prints a figure (a printed 0.00 included). */
    private static boolean printsFigures(TableView t) {
        for (var r : t.rows()) if (TableView.hasValue(r.values())) return true;
        return false;
    }

    @Override
    public void apply(CheckContext ctx) {
        if (!ctx.isFinalAccounts()) return;
        long standard = ctx.tables().everything().stream().filter(t -> KINDS.containsKey(t.table().kind())).count();
        if (standard >= 3) {
            for (Map.Entry<String, String> k : KINDS.entrySet()) {
                if (!ctx.tables().present(k.getKey()))
                    ctx.report(TABLES, "未找到“" + k.getValue() + "”", null, List.of());
            }
        }
        for (TableView t : ctx.tables().all()) {
            // A table that prints its cells as 0.00 states its figures (zero); only a table left blank needs the note.
            if (!KINDS.containsKey(t.table().kind()) || !t.isEmpty() || printsFigures(t)) continue;
            String note = t.table().note();
            if (note == null || note.isBlank()) {
                ctx.report(EMPTY_TABLE_NOTE, "《" + t.label() + "》没有数据，也没有“本表无数据”的说明", null,
                        List.of(new Evidence(t.firstPage(), t.label(), null, t.label(), null, null)));
            }
        }
        List<Passage> headings = ctx.text().passages().stream().filter(p -> p.kind() == Passage.Kind.HEADING).toList();
        boolean hasNarrative = headings.stream().anyMatch(h -> h.text().contains("情况说明") || h.text().contains("决算说明"));
        if (!hasNarrative) return;
        List<String> missing = new ArrayList<>();
        for (String[] words : SECTION_WORDS) {
            boolean found = false;
            for (Passage h : headings) for (String w : words) if (h.text().contains(w)) found = true;
            if (!found) missing.add(words[0]);
        }
        if (!missing.isEmpty()) ctx.report(SECTIONS, "情况说明中未找到以下部分的标题：" + String.join("、", missing), null, List.of());
    }
}
