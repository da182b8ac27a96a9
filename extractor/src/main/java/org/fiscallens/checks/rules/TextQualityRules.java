package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.text.DocText;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Section;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Duplicated paragraphs, headings without a title, and typography. */
public final class TextQualityRules implements Rule {
    public static final RuleInfo DUPLICATE = new RuleInfo("dup.paragraph", "duplicate_text", Severity.WARNING,
            "同一段文字（30字以上）在说明中重复出现",
            "复制粘贴后未改写的段落常常张冠李戴（描述了另一个项目），或只是冗余",
            "“就业补助…项目绩效自评综述，本单位能够严格按照专款专用的原则…”出现在工伤保险项目之后");
    public static final RuleInfo DUPLICATE_SENTENCE = new RuleInfo("dup.sentence", "duplicate_text", Severity.INFO,
            "同一长句（25字以上）出现在两个或更多不同段落中",
            "整段或成段复制的文字：可能是冗余，也可能是张冠李戴",
            "“（1）强化稳岗扩岗…城镇新增就业5392人…”在绩效评价报告两处出现");
    public static final RuleInfo EMPTY_HEADING = new RuleInfo("complete.empty_heading", "completeness", Severity.WARNING,
            "部分标题（第X部分）没有标题文字",
            "读者无法知道该部分的内容",
            "第六部分（无标题，后接附件一）");
    public static final RuleInfo DOUBLE_PUNCT = new RuleInfo("typo.double_punct", "typography", Severity.WARNING,
            "重复的标点：。。，，、、；；",
            "排版疏漏", "主要原因是人员增加。。");
    public static final RuleInfo UNBALANCED = new RuleInfo("typo.unbalanced", "typography", Severity.WARNING,
            "段落内括号或引号不成对：（）“”《》",
            "缺失的括号或引号会改变句意或说明文字被截断", "“三公”经费（不含…");
    public static final RuleInfo PERCENT_MISSING = new RuleInfo("typo.percent_missing", "typography", Severity.WARNING,
            "增长率、占比、完成率的数字后缺少“%”",
            "没有百分号的比率读作绝对数，意义改变",
            "一般公共预算财政拨款支出增加1193.20万元，增长13.95。");
    public static final RuleInfo COLON_MISSING = new RuleInfo("typo.colon_missing", "typography", Severity.INFO,
            "“主要原因”后直接接原因，缺少“：”或“是”",
            "同一文档其他句子写作“主要原因：”，此处漏字", "决算数等于全年预算数的主要原因本单位本年度无此项支出。");
    public static final RuleInfo TYPO = new RuleInfo("naming.typo", "naming", Severity.WARNING,
            "常见错别字与漏字：上一度（上一年度）、极积（积极）等",
            "错字影响公开文本的严肃性，漏字会改变含义", "较上一度增加1133.95万元");

    private static final Pattern DOUBLE = Pattern.compile("([。，、；：！？])\\1");
    private static final Pattern PCT_MISSING = Pattern.compile(
            "(增长|下降|增幅|降幅|占比?|完成(?:年初|全年)?预算(?:数)?的|执行率为?)\\s*" + org.fiscallens.facts.NumberScanner.NUM + "(?=[。，；、）)]|$)");
    /** “主要原因”run straight into the reason; an enumeration (“主要原因一是…，二是…”, “一方面”) reads right without “：”. */
    private static final Pattern COLON = Pattern.compile("主要原因(?![是为：:，,在有如]|一是|一方面)([\\u4e00-\\u9fa5])");
    private static final Map<String, String> TYPOS = new LinkedHashMap<>();
    static {
        TYPOS.put("上一度", "上一年度");
        TYPOS.put("极积", "积极");
        TYPOS.put("即使性", "及时性");
        TYPOS.put("帐户", "账户");
        TYPOS.put("按装", "安装");
    }

    @Override
    public List<RuleInfo> rules() { return List.of(DUPLICATE, DUPLICATE_SENTENCE, EMPTY_HEADING, DOUBLE_PUNCT, UNBALANCED, PERCENT_MISSING, COLON_MISSING, TYPO); }

    @Override
    public void apply(CheckContext ctx) {
        duplicates(ctx);
        for (Passage p : ctx.text().passages()) {
            String t = p.text();
            if (p.kind() == Passage.Kind.HEADING) {
                Section s = p.section();
                if ("part".equals(s.style()) && (s.title() == null || s.title().isBlank())) {
                    ctx.report(EMPTY_HEADING, "“第" + s.number() + "部分”没有标题文字", null, List.of(ctx.text().evidence(p, t)));
                }
                continue;
            }
            Matcher d = DOUBLE.matcher(t);
            while (d.find()) ctx.report(DOUBLE_PUNCT, "标点“" + d.group() + "”重复", null,
                    List.of(ctx.text().evidence(p, Snip.around(t, d.start(), d.end(), 40))));
            String unb = unbalanced(t);
            if (unb != null) ctx.report(UNBALANCED, "段内" + unb + "不成对", null,
                    List.of(ctx.text().evidence(p, t.length() > 80 ? t.substring(0, 80) : t)));
            Matcher pm = PCT_MISSING.matcher(t);
            while (pm.find()) {
                // 占 + number + unit words (占地1000平方米) are not rates: the lookahead already demands punctuation
                String q = Snip.around(t, pm.start(), pm.end(), 60);
                ctx.report(PERCENT_MISSING, "“" + pm.group() + "”是比率，数字后缺少“%”", null, List.of(ctx.text().evidence(p, q)));
            }
            Matcher c = COLON.matcher(t);
            while (c.find()) ctx.report(COLON_MISSING, "“主要原因”后缺少“：”或“是”", null,
                    List.of(ctx.text().evidence(p, Snip.around(t, c.start(), c.end(), 40))));
            for (Map.Entry<String, String> e : TYPOS.entrySet()) {
                if (e.getValue() == null) continue;
                int at = t.indexOf(e.getKey());
                while (at >= 0) {
                    ctx.report(TYPO, "“" + e.getKey() + "”应为“" + e.getValue() + "”", null,
                            List.of(ctx.text().evidence(p, Snip.around(t, at, at + e.getKey().length(), 40))));
                    at = t.indexOf(e.getKey(), at + 1);
                }
            }
        }
    }

    private static String unbalanced(String t) {
        String[][] pairs = {{"（", "）"}, {"“", "”"}, {"《", "》"}};
        for (String[] pr : pairs) {
            // a half-width bracket closes or opens a full-width one (“(无政府性基金支出）”): mixed widths, still a pair
            boolean round = pr[0].equals("（");
            int open = count(t, pr[0]) + (round ? count(t, "(") : 0), close = count(t, pr[1]) + (round ? count(t, ")") : 0);
            if (open != close) return "“" + pr[0] + pr[1] + "”（" + open + "个“" + pr[0] + "”，" + close + "个“" + pr[1] + "”）";
        }
        return null;
    }

    private static int count(String t, String s) {
        int n = 0, at = t.indexOf(s);
        while (at >= 0) { n++; at = t.indexOf(s, at + 1); }
        return n;
    }

    /** Key of a text for duplicate detection: Chinese characters, letters and digits only. */
    static String dupKey(String t) {
        return Regexes.replaceAll(t, "[^\\p{IsHan}\\p{L}\\p{N}]", "");
    }

    /**
     * Paragraphs of 30+ characters that occur more than once (warning), and long sentences shared by two
     * otherwise different paragraphs (info: a passage copied into another place). Notes under each form
     * repeat by design and are skipped.
     */
    private static void duplicates(CheckContext ctx) {
        Map<String, List<Passage>> seen = new LinkedHashMap<>();
        Map<String, List<Passage>> sentences = new LinkedHashMap<>();
        Map<String, String> sentenceText = new LinkedHashMap<>();
        List<Passage> ps = ctx.text().passages();
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i);
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            if (isNote(ps, i)) continue;
            String n = dupKey(p.text());
            if (n.length() >= 30) seen.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
            for (int[] se : org.fiscallens.checks.text.Numbers.sentences(p.text())) {
                String sent = p.text().substring(se[0], se[1]);
                String k = dupKey(sent);
                if (k.length() < 25 || sent.contains("主要原因") || sent.contains("主要用于") || NOT_APPLICABLE.matcher(sent).find()
                        || InstructionResidueRules.isInstruction(sent)) continue; // residue.instruction reports it once per place
                List<Passage> l = sentences.computeIfAbsent(k, x -> new ArrayList<>());
                if (!l.contains(p)) l.add(p);
                sentenceText.putIfAbsent(k, sent.strip());
            }
        }
        java.util.Set<Passage> whole = new java.util.HashSet<>();
        for (Map.Entry<String, List<Passage>> e : seen.entrySet()) {
            List<Passage> l = e.getValue();
            if (l.size() < 2) continue;
            whole.addAll(l);
            if (inDistinctTableSections(l)) continue;
            Passage first = l.get(0);
            String q = first.text().length() > 60 ? first.text().substring(0, 60) : first.text();
            List<org.fiscallens.model.Evidence> ev = new ArrayList<>();
            for (Passage p : l) ev.add(ctx.text().evidence(p, q));
            StringBuilder pages = new StringBuilder();
            for (org.fiscallens.model.Evidence x : ev) pages.append(pages.length() == 0 ? "" : "、").append(x.page());
            boolean sameSection = l.stream().allMatch(x -> x.section() == first.section());
            ctx.report(DUPLICATE, sameSection ? Severity.WARNING : Severity.INFO,
                    "同一段落出现" + l.size() + "次（第" + pages + "页）" + (sameSection ? "，在同一节内" : "，分属不同章节"), null, ev);
        }
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Map.Entry<String, List<Passage>> e : sentences.entrySet()) {
            List<Passage> l = e.getValue();
            if (l.size() < 2 || whole.containsAll(l) || inDistinctTableSections(l)) continue;
            if (AMOUNT.matcher(sentenceText.get(e.getKey())).find() && templateFrame(e.getKey(), sentences.keySet())) continue;
            String pairKey = l.stream().map(x -> String.valueOf(System.identityHashCode(x))).reduce("", String::concat);
            if (!pairs.add(pairKey)) continue;
            String q = sentenceText.get(e.getKey());
            if (q.length() > 60) q = q.substring(0, 60);
            List<org.fiscallens.model.Evidence> ev = new ArrayList<>();
            for (Passage p : l) ev.add(ctx.text().evidence(p, q));
            StringBuilder pages = new StringBuilder();
            for (org.fiscallens.model.Evidence x : ev) pages.append(pages.length() == 0 ? "" : "、").append(x.page());
            ctx.report(DUPLICATE_SENTENCE, "同一句话出现在" + l.size() + "个不同段落中（第" + pages + "页）", null, ev);
        }
    }

    /**
     * The heading of a section that explains one of the disclosure's tables (“六、财政拨款基本支出预算表情况说明”,
     * “八、一般公共预算基本支出预算情况说明”, “十、一般公共预算机关运行经费支出预算表说明”).
     */
    private static final Pattern TABLE_SECTION = Pattern.compile(
            "(财政拨款|一般公共预算|政府性基金|国有资本经营|机关运行经费|三公|收入|支出|收支).*说明\\s*$");
    /** An amount or a rate (the figures a template sentence is filled with). */
    private static final Pattern AMOUNT = Pattern.compile("\\d(?:[\\d,.]*\\d)?\\s*(?:万元|元|%|％)");
    /** A sentence saying an item does not apply (“单位不涉及此项工作…”, “无此项支出…”): repeated by design. */
    private static final Pattern NOT_APPLICABLE = Pattern.compile("不涉及|未涉及|无此项|无该项|没有此项|没有该项|不适用");

    /**
     * Whether every copy lies in the explanation of a different table. The template asks for one explanation per
     * table, and tables that cover the same money (财政拨款 and 一般公共预算 when a department has no fund money;
     * 机关运行经费 and 公用经费) are explained with the same sentences: a repeat across them is by design.
     */
    private static boolean inDistinctTableSections(List<Passage> copies) {
        java.util.Set<String> sections = new java.util.HashSet<>();
        for (Passage p : copies) {
            String table = null;
            for (int i = p.path().size() - 1; i >= 0 && table == null; i--) {
                if (TABLE_SECTION.matcher(p.path().get(i)).find()) table = i + ":" + p.path().get(i);
            }
            if (table == null || !sections.add(table)) return false;
        }
        return true;
    }

    /**
     * Whether a sentence with amounts is a template frame that the document fills with other figures elsewhere
     * (“2023年当年预算执行数为20.00万元，2024年预算安排20.00万元，比2023年预算执行数持平。” under two 项 that both
     * happen to be 20.00): two items with equal figures, not a copied passage.
     */
    private static boolean templateFrame(String key, java.util.Set<String> all) {
        String frame = Regexes.replaceAll(key, "\\d+", "#");
        if (frame.equals(key)) return false;
        for (String other : all) if (!other.equals(key) && Regexes.replaceAll(other, "\\d+", "#").equals(frame)) return true;
        return false;
    }

    /** A note printed under each form (备注：1.… / 注：… / 说明：…) repeats by design. */
    private static boolean isNote(List<Passage> ps, int i) {
        String t = ps.get(i).text().strip();
        if (t.contains("单位：万元") || t.contains("单位:万元") || t.contains("单位：元") || t.startsWith("部门：") || t.startsWith("单位名称") || t.contains("填报日期") || t.startsWith("注") || t.startsWith("备注") || t.startsWith("说明：") || t.startsWith("说明:")) return true;
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            String prev = ps.get(j).text().strip();
            if (prev.startsWith("备注") || prev.endsWith("备注：") || prev.startsWith("注：") || prev.startsWith("填报说明")) return true;
            if (!Regexes.matches(prev, "^\\d+[.、．].*")) break;
        }
        return false;
    }
}
