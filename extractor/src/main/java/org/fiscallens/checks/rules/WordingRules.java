package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording that gives a copy-and-edit slip away: an indicator titled one rate whose text reports another
 * ("（2）三公经费变动率" … "控制率在0%以内"), a phrase restarted mid-way ("已解已全部解决"), and two
 * designation verbs stacked in one passive "被…为" ("被评认定为": 被评为 and 被认定为 merged).
 */
public final class WordingRules implements Rule {
    public static final RuleInfo RATE_NAME = new RuleInfo("perf.indicator_rate_name", PerformanceRules.CAT, Severity.WARNING,
            "以某比率命名的指标（小标题“…变动率”），正文报告的却是另一种比率（“控制率在0%以内”），且未提及标题中的比率",
            "照抄上一指标的文字而未改写，报告的数值不是该指标的值",
            "（2）三公经费变动率：“…未发生三公经费支出，控制率在0%以内”");
    public static final RuleInfo RESTART = new RuleInfo("typo.restart", "typography", Severity.INFO,
            "词语起笔后重起：“已解已全部解决”（AB 后紧接 A…B，即同一词重写一遍），属漏删的残字",
            "残字使句子不通，常是改稿时未删净；偶有正常叠用，故只作提示",
            "目前已解已全部解决");

    public static final RuleInfo BLEND = new RuleInfo("typo.blend", "typography", Severity.INFO,
            "“被…为”句式中叠用两个认定类动词（“被评认定为”：“被评为”与“被认定为”混写），应只留其一",
            "两种说法改稿时未删净，句子不通，也说不清是评选结果还是认定结果",
            "葛店…产业园被评认定为省级人力资源服务产业园");

    /**
     * Verbs that name a designation in "被X为" (被评为, 被认定为, 被列为 …). Two of them in a row blend two
     * sentences, unless together they are one of these words themselves (评定, 评选, 认定 are words): so at least
     * one of the two has two characters, and the pair is not itself listed.
     */
    private static final java.util.Set<String> DESIGNATE = java.util.Set.of(
            "评", "认定", "评定", "评选", "确定", "确认", "命名", "列", "选", "选定", "推选", "认证", "表彰", "定", "核定", "审定");
    // Not: 批准, 登记, 聘任, 任命 — "被批准登记为", "被聘任为" are ordinary sequences or their own verbs.
    private static final Pattern PASSIVE_AS = Pattern.compile("被(\\p{IsHan}{2,5}?)为");

    /** A title naming a rate: "（2）三公经费变动率", "三公经费变动率". */
    private static final Pattern RATE_TITLE = Pattern.compile("^(?:[（(]\\s*\\d{1,2}\\s*[）)]|\\d{1,2}\\s*[、.．])?\\s*([\\u4e00-\\u9fa5“”\"]{1,14}?)([\\u4e00-\\u9fa5]{2})率$");
    private static final Pattern RATE_VALUE = Pattern.compile("([\\u4e00-\\u9fa5]{2})率(?:为|在|达|是|达到)?\\s*" + NumberScanner.NUM + "\\s*[%％]");
    /** AB, then A again and B within three more characters: the first AB was abandoned. */
    private static final Pattern RESTART_P = Pattern.compile("(\\p{IsHan})(\\p{IsHan})\\1(\\p{IsHan}{1,3}?)\\2");

    @Override
    public List<RuleInfo> rules() { return List.of(RATE_NAME, RESTART, BLEND); }

    @Override
    public void apply(CheckContext ctx) {
        List<Passage> ps = ctx.text().passages();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Passage title = ps.get(i);
            if (title.kind() == Passage.Kind.LINE) continue;
            String tt = title.kind() == Passage.Kind.HEADING && title.section() != null && title.section().title() != null
                    ? title.section().title().strip() : title.text().strip();
            Matcher tm = RATE_TITLE.matcher(tt);
            if (!tm.find()) continue;
            Passage body = ps.get(i + 1);
            if (body.kind() != Passage.Kind.PARAGRAPH) continue;
            if (title.kind() == Passage.Kind.HEADING && body.section() != title.section()) continue;
            rateName(ctx, title, tt, tm.group(2), body);
        }
        for (Passage p : ps) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            Matcher m = RESTART_P.matcher(p.text());
            while (m.find()) {
                String w = m.group(3);
                // a restart runs on with the word it abandoned: 已解|已全部解决; 一步一步 / 小计小计 (reduplication) have nothing between
                if (w.contains(m.group(1)) || w.contains(m.group(2))) continue;
                String q = Snip.pad(p.text(), m.start(), Math.min(p.text().length(), m.end() + 2), 0);
                ctx.report(RESTART, "“" + m.group(1) + m.group(2) + "”之后又重写“" + m.group(1) + w + m.group(2) + "”，疑为未删净的残字："
                        + "“" + q + "”", null, List.of(ctx.text().evidence(p, q)));
            }
            Matcher b = PASSIVE_AS.matcher(p.text());
            while (b.find()) {
                String[] pair = blend(b.group(1));
                if (pair == null) continue;
                String q = Snip.pad(p.text(), Math.max(0, b.start() - 6), Math.min(p.text().length(), b.end() + 6), 0);
                ctx.report(BLEND, "“被" + b.group(1) + "为”叠用“" + pair[0] + "”与“" + pair[1] + "”（“被" + pair[0] + "为”或“被"
                        + pair[1] + "为”）：“" + q + "”", null, List.of(ctx.text().evidence(p, q)));
            }
        }
    }

    /** The two designation verbs {@code between} is made of ("评认定" → 评, 认定), or null. */
    static String[] blend(String between) {
        if (DESIGNATE.contains(between)) return null;
        for (int cut = 1; cut < between.length(); cut++) {
            String a = between.substring(0, cut), b = between.substring(cut);
            if (DESIGNATE.contains(a) && DESIGNATE.contains(b) && (a.length() > 1 || b.length() > 1)) return new String[]{a, b};
        }
        return null;
    }

    /** Rate words used for one another (预算执行率 / 预算完成率 / 支出率; 变动率 / 增长率 / 增减率). */
    private static final List<java.util.Set<String>> SAME = List.of(
            java.util.Set.of("执行", "完成", "支出", "使用"), java.util.Set.of("变动", "增长", "增减", "下降", "变化"));

    static boolean same(String a, String b) {
        if (a.equals(b)) return true;
        for (java.util.Set<String> s : SAME) if (s.contains(a) && s.contains(b)) return true;
        return false;
    }

    private static void rateName(CheckContext ctx, Passage title, String tt, String word, Passage body) {
        String t = body.text();
        if (t.contains(word + "率")) return;
        Matcher m = RATE_VALUE.matcher(t);
        List<String> others = new ArrayList<>();
        int first = -1, firstEnd = -1;
        while (m.find()) {
            if (same(m.group(1), word)) return;
            others.add(m.group());
            if (first < 0) { first = m.start(); firstEnd = m.end(); }
        }
        if (others.isEmpty()) return;
        int end = firstEnd;
        while (end < t.length() && "，。；,;".indexOf(t.charAt(end)) < 0 && end - firstEnd < 6) end++;
        String q = Snip.pad(t, first, end, 0);
        Evidence te = title.kind() == Passage.Kind.HEADING
                ? ctx.text().evidence(title, title.text())
                : ctx.text().evidence(title, tt);
        ctx.report(RATE_NAME, "指标“" + tt + "”的说明报告的是“" + q + "”，未给出" + word + "率", null,
                List.of(ctx.text().evidence(body, q), te));
    }
}
