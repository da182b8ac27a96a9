package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.text.Numbers;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.facts.Vocabulary;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.model.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget adjustment told in one sentence: "预算安排2,240.37万元，财政下达预算指标2,526.87万元，较年初预算数调增了
 * 286.50万元，预算调整率为12.79%": 调整后 = 年初 ± 调整额, and 调整率 = 调整额 ÷ 年初 × 100 (interval arithmetic).
 */
public final class BudgetAdjustmentRules implements Rule {
    public static final RuleInfo ADJUSTMENT = new RuleInfo("narr.budget_adjustment", NarrativeInternalRules.CAT, Severity.ERROR,
            "同一句中的年初预算、调整后预算与调增（调减）额不符：调整后 = 年初 ± 调整额；预算调整率 = 调整额 ÷ 年初预算 × 100",
            "三个数字在同一句中互相说明，算不拢必有一个错误（区间运算）",
            "预算安排2,240.37万元，财政下达预算指标2,526.87万元，较年初预算数调增了286.50万元，预算调整率为12.79%（一致）");

    private static final String N = NumberScanner.NUM, U = "\\s*(亿元|万元|元)";
    private static final Pattern INITIAL = Pattern.compile("(?:" + Vocabulary.INITIAL_BUDGET + ")(?:为|是|共|共计)?\\s*" + N + U);
    private static final Pattern ADJUSTED = Pattern.compile(
            "(?:" + Vocabulary.ADJUSTED_BUDGET + "|(?:财政)?下达(?:的)?预算(?:指标|数)?)(?:为|是|共|共计)?\\s*" + N + U);
    private static final Pattern CHANGE = Pattern.compile("(调增|追加|调减|核减)(?:了)?(?:预算)?\\s*" + N + U);
    private static final Pattern RATE = Pattern.compile("(?:预算)?调整率(?:为|是|达)?\\s*" + N + "\\s*[%％]");

    @Override
    public List<RuleInfo> rules() { return List.of(ADJUSTMENT); }

    @Override
    public void apply(CheckContext ctx) {
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            String t = p.text();
            if (!t.contains("调")) continue;
            for (int[] s : Numbers.sentences(t)) sentence(ctx, p, t, s[0], s[1]);
        }
    }

    private static void sentence(CheckContext ctx, Passage p, String t, int from, int to) {
        String s = t.substring(from, to);
        Matcher a = INITIAL.matcher(s), b = ADJUSTED.matcher(s), c = CHANGE.matcher(s);
        if (!a.find() || !b.find() || !c.find()) return;
        int aStart = a.start(), bStart = b.start(), cStart = c.start();
        Amount initial = amount(a.group(1), a.group(2)), adjusted = amount(b.group(1), b.group(2)), change = amount(c.group(2), c.group(3));
        String word = c.group(1);
        // each figure once: a sentence with two budgets of different things is not one adjustment
        if (a.find() || b.find() || c.find()) return;
        boolean up = word.equals("调增") || word.equals("追加");
        String q = Snip.pad(s, Math.min(aStart, Math.min(bStart, cStart)), s.length(), 0);
        Verdict v = Calc.weightedSum(adjusted, List.of(initial, change), List.of(1, up ? 1 : -1), Unit.YUAN);
        if (v.inconsistent()) {
            ctx.report(ADJUSTMENT, "调整后预算" + adjusted + "不等于年初预算" + initial + (up ? "加" : "减") + word + "额" + change,
                    v.explain(adjusted.toString()), List.of(ctx.text().evidence(p, q)));
            return;
        }
        // the paragraph's 调整率, from this sentence on; two of them and which is this sentence's is unsure
        Matcher r = RATE.matcher(t);
        if (!r.find(from)) return;
        String digits = r.group(1);
        String rq = Snip.pad(t, r.start(), r.end(), 0);
        if (r.find()) return;
        BigDecimal pct = NumberScanner.value(digits);
        Verdict rv = Calc.share(pct, change, initial, Unit.YUAN);
        if (!rv.inconsistent() || rv.consistentIfTruncated(pct)) return;
        ctx.report(ADJUSTMENT, "预算调整率印为" + digits + "%，按" + word + "额" + change + "÷年初预算" + initial + "应在"
                        + rv.computed().widenTo(2) + "%之间", rv.explain(digits + "%"),
                List.of(ctx.text().evidence(p, rq), ctx.text().evidence(p, q)));
    }

    private static Amount amount(String digits, String unit) {
        return Amount.of(NumberScanner.value(digits), Unit.parse(unit));
    }
}
