package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Severity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Template text left in a published report: placeholders, unresolved alternatives, empty slots, cut sentences. */
public final class TemplateResidueRules implements Rule {
    static final String CAT = "template_residue";
    public static final RuleInfo PLACEHOLDER = new RuleInfo("residue.placeholder", CAT, Severity.ERROR,
            "模板占位符未替换：XX/XXX，或作名称用的“部门名称”“单位名称”",
            "占位符说明该处本应填写的内容（名称、金额、原因）从未填写；出现即确定是缺陷",
            "附件二、2023年度 XX项目绩效评价报告；附件一、2023年度部门名称整体绩效评价报告");
    public static final RuleInfo ALTERNATIVE = new RuleInfo("residue.alternative", CAT, Severity.ERROR,
            "模板中的二选一写法未取舍：增加（减少）、增长（下降）、大于（小于），或保留了填写提示（如持平作持平表述）",
            "读者无法知道实际方向；模板提示语不应出现在公开文本中",
            "比2022年度决算数增加（减少）0万元。增加（减少）主要原因是无此项收入。");
    public static final RuleInfo EMPTY_SLOT = new RuleInfo("residue.empty_slot", CAT, Severity.ERROR,
            "金额或比率的位置为空：“为 万元”“增加（减少） 万元”“增长 %”",
            "数字漏填，句子陈述的事实无法核对",
            "因公出国(境)费全年预算为0万元，支出决算为    万元");
    public static final RuleInfo TRUNCATED = new RuleInfo("residue.truncated", CAT, Severity.ERROR,
            "句子在应给出内容处结束：“主要原因是。”“主要用于：。”",
            "原因或用途未填写",
            "增加主要原因是。");
    public static final RuleInfo LEVEL = new RuleInfo("residue.level", CAT, Severity.WARNING,
            "非省级单位的报告中出现“省级财政”“省直部门”等省级模板措辞",
            "文字沿用上级模板，说明口径与本单位不符",
            "一般公共预算财政拨款收入：指省级财政一般公共预算当年拨付的资金（开发区单位的决算）");

    private static final Pattern XX = Pattern.compile("(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|×{2,}");
    private static final Pattern NAME_PLACEHOLDER = Pattern.compile("(?:(?<=年度)|(?<=年)|^|(?<=、)|(?<=\\s))(部门名称|单位名称)(?=[\\u4e00-\\u9fa5]|\\d{4}\\s*年)");
    private static final String DIR = org.fiscallens.facts.Vocabulary.CHANGE + "|大于|小于|高于|低于|增|减";
    private static final Pattern ALT = Pattern.compile("(" + DIR + ")[（(](" + DIR + ")[）)]|如持平作持平表述");
    private static final Pattern SLOT = Pattern.compile(
            "((?<!单位|单位：|单位:)为|增加|减少|增长|下降|合计|共计|总计|总额|达|占)(?:[（(](?:增加|减少|增长|下降)[）)])?(\\s*)(万元|亿元|元|%|％)(?![）)])");
    private static final Pattern CUT = Pattern.compile("(主要原因(?:是|为|：|:)?|主要用于(?:：|:)?|主要包括(?:：|:)?|主要是)[。；]");
    private static final Pattern LEVEL_WORDS = Pattern.compile("省级财政|省直部门|省级部门|省直单位");
    private static final Pattern PROVINCIAL = Pattern.compile("^(中共)?[\\u4e00-\\u9fa5]{2,3}(省|自治区)(?!.*[市县区州盟旗])");

    /**
     * The figures the facts stage read as printed without their number (flag empty_value: 支出（类）万元，占…;
     * 人员经费万元。): a slot the text pattern above does not already report in the same clause.
     */
    private static void emptyFacts(CheckContext ctx) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.fiscallens.model.Fact f : ctx.doc().facts()) {
            if (!f.hasFlag("empty_value") || f.quote() == null || f.unit() == null) continue;
            String q = f.quote();
            Matcher s = SLOT.matcher(q);
            boolean reported = false;
            while (s.find() && !reported) reported = !unitPhrase(q, s.start());
            if (reported || !seen.add(f.page() + "|" + q)) continue;
            // a model read before the facts stage knew a unit named as such (转换为万元时): the unit must stand as a slot
            boolean slot = false;
            for (int i = q.indexOf(f.unit()); i >= 0 && !slot; i = q.indexOf(f.unit(), i + 1)) {
                slot = !org.fiscallens.facts.NarrativeFacts.unitNamed(q, i, i + f.unit().length());
            }
            if (!slot) continue;
            org.fiscallens.model.Evidence ev = null;
            for (Passage p : ctx.text().all()) {
                if (p.kind() != Passage.Kind.LINE && p.text().contains(q)) { ev = ctx.text().evidence(p, q); break; }
            }
            if (ev == null) ev = new org.fiscallens.model.Evidence(f.page(), q, f.box(), null, null, null);
            String what = f.label() == null || f.label().isBlank() ? "" : f.label();
            ctx.report(EMPTY_SLOT, "“" + what + f.unit() + "”处缺少数字", null, List.of(ev));
        }
    }

    /** Verbs whose object is a unit, not an amount: 转换为万元, 折算为万元, 以万元为单位 — a caption, not a slot. */
    private static final Pattern UNIT_VERB = Pattern.compile("(转换|转化|换算|折算|折合|转|表示|列示|精确)\\s*$");

    /** The slot word is "为" and what comes before it makes 万元/元/% a unit named, not an amount missing. */
    static boolean unitPhrase(String t, int slotStart) {
        if (t.charAt(slotStart) != '为') return false;
        String before = t.substring(Math.max(0, slotStart - 4), slotStart);
        return UNIT_VERB.matcher(before).find() || Regexes.matches(t.substring(slotStart), "^为\\s*(万元|亿元|元)\\s*(时|后|单位|口径).*");
    }

    @Override
    public List<RuleInfo> rules() { return List.of(PLACEHOLDER, ALTERNATIVE, EMPTY_SLOT, TRUNCATED, LEVEL); }

    @Override
    public void apply(CheckContext ctx) {
        String entity = ctx.doc().document() == null ? null : ctx.doc().document().entity();
        boolean provincial = entity != null && PROVINCIAL.matcher(entity).find();
        emptyFacts(ctx);
        for (Passage p : ctx.text().all()) {
            String t = p.text();
            Matcher m = XX.matcher(t);
            if (m.find()) {
                int n = 1;
                while (m.find()) n++;
                m = XX.matcher(t);
                m.find();
                String q = Snip.around(t, m.start(), m.end(), 60);
                ctx.report(PLACEHOLDER, "模板占位符“" + m.group() + "”未替换" + (n > 1 ? "（本段共 " + n + " 处）" : ""), null,
                        List.of(ctx.text().evidence(p, q)));
            }
            {
                Matcher nm = NAME_PLACEHOLDER.matcher(t);
                while (nm.find()) {
                    String q = Snip.around(t, nm.start(), nm.end(), 60);
                    ctx.report(PLACEHOLDER, "“" + nm.group(1) + "”作为名称出现，是未替换的模板占位符", null,
                            List.of(ctx.text().evidence(p, q)));
                }
            }
            Matcher a = ALT.matcher(t);
            while (a.find()) {
                String q = Snip.around(t, a.start(), a.end(), 60);
                ctx.report(ALTERNATIVE, "模板二选一写法“" + a.group() + "”未取舍", null, List.of(ctx.text().evidence(p, q)));
            }
            if (p.kind() == Passage.Kind.LINE) continue;
            Matcher s = SLOT.matcher(t);
            while (s.find()) {
                if (unitPhrase(t, s.start())) continue;
                String q = Snip.around(t, s.start(), s.end(), 50);
                ctx.report(EMPTY_SLOT, "“" + s.group().strip() + "”处缺少数字", null, List.of(ctx.text().evidence(p, q)));
            }
            Matcher c = CUT.matcher(t);
            while (c.find()) {
                String q = Snip.around(t, c.start(), c.end(), 40);
                ctx.report(TRUNCATED, "“" + c.group(1) + "”后没有内容，句子被截断", null, List.of(ctx.text().evidence(p, q)));
            }
            if (!provincial && entity != null) {
                Matcher l = LEVEL_WORDS.matcher(t);
                if (l.find()) {
                    String q = Snip.around(t, l.start(), l.end(), 50);
                    ctx.report(LEVEL, "“" + l.group() + "”与报告主体“" + entity + "”的层级不符，疑为上级模板残留", null,
                            List.of(ctx.text().evidence(p, q)));
                }
            }
        }
    }
}
