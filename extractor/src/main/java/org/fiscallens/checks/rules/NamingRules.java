package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.domain.DomainTables;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.text.DocText;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names: the entity across cover, titles and labels; 部门/单位 wording; classification names of the year. */
public final class NamingRules implements Rule {
    static final String CAT = "naming";
    public static final RuleInfo ENTITY = new RuleInfo("naming.entity", CAT, Severity.WARNING,
            "表头、标题或“部门：…”标注中的单位名称与封面名称不一致",
            "名称不一致使人怀疑表格属于另一单位，或文本套用他人报告",
            "表头“上海市规划和自然资源局2024年度部门决算表”，封面为“上海市普陀区规划和自然资源局”");
    public static final RuleInfo SCOPE = new RuleInfo("naming.scope", CAT, Severity.WARNING,
            "单位决算/预算中使用“本部门”等部门口径措辞",
            "单位报告与部门报告的口径不同（部门含所属单位），措辞混用会误导范围",
            "（单位预算中）本部门2025年收入预算…");
    public static final RuleInfo CLASS_NAME = new RuleInfo("naming.classification", CAT, Severity.WARNING,
            "支出功能分类名称不是报告年度的名称（如2019年起210类为“卫生健康支出”，不再是“医疗卫生与计划生育支出”），标有（类）（款）（项）的科目名称字序颠倒而与分类名称不符，或说明中的类名与表格中同一编码的名称不同",
            "科目名称须与当年政府收支分类科目一致，否则无法与表格及其他单位对照",
            "医疗卫生与计划生育支出（类）…（2023年度决算）");
    public static final RuleInfo LEVEL_LABEL = new RuleInfo("naming.level_label", CAT, Severity.WARNING,
            "类级科目被标为“项”（如“社会保障和就业支出项”），说明未细化到项级",
            "按要求一般公共预算财政拨款支出应说明到项级科目；把类称作项掩盖了细化不足",
            "1.社会保障和就业支出项。年初预算为2378.14万元…");

    private static final Pattern TITLE = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)?\\s*(.{4,40}?)\\s*(\\d{4})\\s*年度?\\s*(?:部门|单位)?(?:决算|预算)(?:表|公开|情况说明)?$");
    private static final Pattern PART_PREFIX = Pattern.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)");
    private static final Pattern LABEL = Pattern.compile("^(?:部门|单位|单位名称|部门名称|预算单位|预算主管部门|编制单位)[：:]\\s*([\\u4e00-\\u9fa5（）()]{4,40}?)(?:\\s|单位[：:]|金额单位|$)");
    private static final Pattern CLASS_CHAIN = Pattern.compile("([\\u4e00-\\u9fa5、]{2,20})[（(](类|\\d{3}类)[）)]");
    private static final Pattern ITEM_LABEL = Pattern.compile("([\\u4e00-\\u9fa5、]{2,20}支出)项[。，；：]");

    private static final Map<String, String> CLASS_BY_NAME = new HashMap<>();
    private static final Map<String, String[]> RENAMED = new HashMap<>();
    static {
        load("function_classification.tsv", c -> { if (c[2].equals("类")) CLASS_BY_NAME.put(Names.norm(c[1]), c[0]); });
        load("class_renames.tsv", c -> RENAMED.put(Names.norm(c[1]), c));
    }

    private static void load(String name, java.util.function.Consumer<String[]> row) {
        org.fiscallens.facts.Classification.rows(name, row);
    }

    @Override
    public List<RuleInfo> rules() { return List.of(ENTITY, SCOPE, CLASS_NAME, LEVEL_LABEL); }

    @Override
    public void apply(CheckContext ctx) {
        String entity = ctx.doc().document() == null ? null : ctx.doc().document().entity();
        Integer fy = ctx.fiscalYear();
        Map<String, List<Evidence>> drift = new LinkedHashMap<>();
        List<Evidence> scopeHits = new ArrayList<>();
        for (Passage p : ctx.text().all()) {
            String t = p.text().strip();
            if (entity != null && t.length() <= 70) {
                String name = null;
                Matcher m = TITLE.matcher(PART_PREFIX.matcher(DocText.norm(t)).replaceFirst(""));
                if (m.find()) name = m.group(1);
                Matcher l = LABEL.matcher(t);
                if (name == null && l.find()) name = l.group(1);
                if (name != null && differs(name, entity)) drift.computeIfAbsent(name, k -> new ArrayList<>()).add(ctx.text().evidence(p, t));
            }
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            if (ctx.doc().document() != null && ctx.doc().document().scope() == Scope.UNIT) {
                int at = t.indexOf("本部门");
                if (at >= 0) scopeHits.add(ctx.text().evidence(p, Snip.around(t, at, at + 3, 40)));
            }
            Matcher c = CLASS_CHAIN.matcher(t);
            while (c.find()) {
                String name = Names.norm(c.group(1));
                String[] r = RENAMED.get(name);
                if (r != null && fy != null && fy >= Integer.parseInt(r[3])) {
                    ctx.report(CLASS_NAME, "“" + r[1] + "”是" + r[0] + "类的旧名，" + fy + "年度应为“" + r[2] + "”（" + r[3] + "年起）", null,
                            List.of(ctx.text().evidence(p, Snip.around(t, c.start(), c.end(), 50))));
                }
            }
            garbledPaths(ctx, p, t, fy);
            Matcher il = ITEM_LABEL.matcher(t);
            while (il.find()) {
                String name = Names.norm(il.group(1));
                if (CLASS_BY_NAME.containsKey(name)) {
                    ctx.report(LEVEL_LABEL, "“" + il.group(1) + "”是" + CLASS_BY_NAME.get(name) + "类（类级科目），却标为“项”", null,
                            List.of(ctx.text().evidence(p, Snip.around(t, il.start(), il.end(), 40))));
                }
            }
        }
        for (Map.Entry<String, List<Evidence>> e : drift.entrySet()) {
            ctx.report(ENTITY, "名称“" + e.getKey() + "”与封面单位名称“" + entity + "”不一致", null, e.getValue());
        }
        if (!scopeHits.isEmpty()) {
            ctx.report(SCOPE, "单位报告中有" + scopeHits.size() + "处使用“本部门”", null, scopeHits.subList(0, Math.min(5, scopeHits.size())));
        }
    }

    /** One level of a printed 科目 path: a name and its mark 类/款/项, the next level following directly. */
    private static final Pattern PATH_STEP = Pattern.compile("([^，。；：:、\\s（）()\\d.．]{2,40}?)[（(](类|款|项)[)）]");
    /** The classification's lines by the sorted characters of their normalised names (a name and its words swapped). */
    private static final Map<String, List<org.fiscallens.facts.Classification.Entry>> BY_LETTERS = new HashMap<>();
    static {
        for (org.fiscallens.facts.Classification.Entry e : org.fiscallens.facts.Classification.entries()) {
            BY_LETTERS.computeIfAbsent(letters(e.name()), k -> new ArrayList<>()).add(e);
        }
    }

    private static String letters(String name) {
        int[] cp = Names.norm(name).codePoints().sorted().toArray();
        return new String(cp, 0, cp.length);
    }

    /**
     * A 科目 path printed with its level marks (住房改革支出（类）提租补贴（项）) resolved level by level through the
     * classification of the fiscal year: a level whose name is not the classification's but has exactly its characters
     * (保障住房支出（类）, 人大事务（款）监督人大（项）), alone or fused with its parent's name (事务人大行政运行（项）), is the
     * name garbled. A name the classification does not know otherwise (an abbreviation, a local 项) is left alone.
     */
    private static void garbledPaths(CheckContext ctx, Passage p, String t, Integer fy) {
        Matcher m = PATH_STEP.matcher(t);
        String parent = null;
        int lastEnd = -1;
        while (m.find()) {
            if (m.start() != lastEnd) parent = null; // a new path
            lastEnd = m.end();
            String name = m.group(1), level = m.group(2);
            org.fiscallens.facts.Classification.Entry e = org.fiscallens.facts.Classification.find(name, level, parent, fy);
            if (e != null) { parent = e.code(); continue; }
            org.fiscallens.facts.Classification.Entry meant = null;
            String shown = null;
            boolean known = false;
            for (org.fiscallens.facts.Classification.Entry c : BY_LETTERS.getOrDefault(letters(name), List.of())) {
                if (Names.norm(c.name()).equals(Names.norm(name))) known = true; // a name of several lines: ambiguous, not garbled
                else if (meant == null && c.level().equals(level) && (parent == null || parent.equals(c.parent()))) { meant = c; shown = c.name(); }
            }
            if (known) { parent = null; continue; }
            if (meant == null && parent == null) {
                // a path's first name marked at another level than the classification's (住房改革支出（类）, a 款)
                for (org.fiscallens.facts.Classification.Entry c : BY_LETTERS.getOrDefault(letters(name), List.of())) { meant = c; shown = c.name(); break; }
            }
            if (meant == null) {
                // the level's name fused with its parent's: 人大事务行政运行（项）
                for (int i = 2; i + 2 <= name.length() && meant == null; i++) {
                    for (org.fiscallens.facts.Classification.Entry up : BY_LETTERS.getOrDefault(letters(name.substring(0, i)), List.of())) {
                        if (meant != null) break;
                        if (parent != null && !parent.equals(up.parent())) continue;
                        for (org.fiscallens.facts.Classification.Entry c : BY_LETTERS.getOrDefault(letters(name.substring(i)), List.of())) {
                            if (c.level().equals(level) && up.code().equals(c.parent())) { meant = c; shown = up.name() + c.name(); break; }
                        }
                    }
                }
            }
            if (meant == null || Names.norm(shown).equals(Names.norm(name))) { parent = null; continue; }
            parent = meant.code();
            ctx.report(CLASS_NAME, "科目“" + name + "（" + level + "）”不是支出功能分类的名称，应为“" + shown + "”（" + meant.code() + "）", null,
                    List.of(ctx.text().evidence(p, Snip.around(t, m.start(), m.end(), 50))));
        }
    }

    /** Neither name contains the other (after normalisation): a different body, not an abbreviation. */
    static boolean differs(String name, String entity) {
        String a = Names.norm(name), b = Names.norm(entity);
        if (a.contains("XX") || a.contains("ＸＸ") || a.contains("万元") || a.contains("单位")) return false;
        if (a.length() < 4 || a.contains(b) || b.contains(a)) return false;
        // an abbreviation (省检察院 for 江苏省人民检察院) keeps the entity's characters in order; a full name
        // starting with a place (上海市…) must be the entity's own
        if (!FULL_NAME.matcher(a).find() && subsequence(a, b)) return false;
        return true;
    }

    private static final Pattern FULL_NAME = Pattern.compile("^(中共)?[\\u4e00-\\u9fa5]{2,7}?(省|市|自治区)");

    private static boolean subsequence(String a, String b) {
        int j = 0;
        for (int i = 0; i < b.length() && j < a.length(); i++) if (b.charAt(i) == a.charAt(j)) j++;
        return j == a.length();
    }
}
