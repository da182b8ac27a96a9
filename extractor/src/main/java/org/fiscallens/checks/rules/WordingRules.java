package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.text.Numbers;
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
 * ("（2）三公经费变动率" … "控制率在0%以内"), and a phrase restarted mid-way ("已解已全部解决").
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

    /** A title naming a rate: "（2）三公经费变动率", "三公经费变动率". */
    private static final Pattern RATE_TITLE = Pattern.compile("^(?:[（(]\\s*\\d{1,2}\\s*[）)]|\\d{1,2}\\s*[、.．])?\\s*([\\u4e00-\\u9fa5“”\"]{1,14}?)([\\u4e00-\\u9fa5]{2})率$");
    private static final Pattern RATE_VALUE = Pattern.compile("([\\u4e00-\\u9fa5]{2})率(?:为|在|达|是|达到)?\\s*" + Numbers.NUM + "\\s*[%％]");
    /** AB, then A again and B within three more characters: the first AB was abandoned. */
    private static final Pattern RESTART_P = Pattern.compile("(\\p{IsHan})(\\p{IsHan})\\1(\\p{IsHan}{1,3}?)\\2");

    @Override
    public List<RuleInfo> rules() { return List.of(RATE_NAME, RESTART); }

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
        }
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
