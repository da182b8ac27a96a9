package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.facts.Figure;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named rate whose operands are counts stated in the same paragraph: "受理立案103件…结案103件…结案率97.9%".
 * The numerator is the one count the paragraph gives under the rate's own stem (结案率 → "结案103件"); the
 * denominator one of the paragraph's total counts of the same counter (共/受理/累计/合计/总…). The rate is
 * only judged when the stem names exactly one count, and it is reported when no total gives the printed
 * rate (rounded or truncated). A warning: the true base may be a count the paragraph does not give
 * (cases carried over from the year before).
 */
public final class CountRateRules implements Rule {
    public static final RuleInfo COUNT_RATIO = new RuleInfo("rate.count_ratio", RateRules.CAT, Severity.WARNING,
            "以件数、人数等计数表述的比率（结案率、办结率、合格率…）与同段所述的分子计数、总数不符：比率 = 同名计数 ÷ 总数 × 100",
            "比率与同段给出的两个计数无法同时成立时，至少一个数字有误；真实分母可能是文中未给出的数（如含上年结转案件），故为警告",
            "劳动仲裁共受理立案103件…结案103件…仲裁结案率97.9%（103÷103 = 100%）");

    /** A rate with its name: "仲裁结案率97.9%", "办结率达100%". */
    private static final Pattern RATE = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,10})率(?:为|达|达到|是|高达|约为|均为)?\\s*" + NumberScanner.NUM + "\\s*[%％]");
    /** The counters of a counted rate's numerator and base, as the number scanner reads them. */
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("件", "人次", "人", "户", "个", "家", "项", "次", "起", "宗", "笔", "名", "批");
    /** After the counter: a rate of it (件%: a misprinted rate, not a count). */
    private static final Pattern RATE_AFTER = Pattern.compile("^[\\u4e00-\\u9fa5]?[%％]");
    /** Words that make a count a total (the base of a rate). */
    private static final Pattern TOTAL_WORD = Pattern.compile("共|受理|累计|合计|总|全年|立案|收到|接到");
    /** Between a stem and its count: "结案103件", "结案共103件", "办结了98件". */
    private static final Pattern STEM_GAP = Pattern.compile("^(?:了|共|共计|达|为|总数|数)?$");

    @Override
    public List<RuleInfo> rules() { return List.of(COUNT_RATIO); }

    /** A count of the paragraph: value, counter, position and the text just before it. */
    record Count(long value, String counter, int start, int end, String before) {}

    @Override
    public void apply(CheckContext ctx) {
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            String t = p.text();
            if (!t.contains("率")) continue;
            List<Count> counts = counts(t);
            if (counts.size() < 2) continue;
            Matcher m = RATE.matcher(t);
            while (m.find()) judge(ctx, p, t, m, counts);
        }
    }

    static List<Count> counts(String t) {
        List<Count> out = new ArrayList<>();
        // the counts facts read: whole numbers printed with their own counter (not 800余人, not the first of 3、5件)
        for (Figure f : NumberScanner.scan(t)) {
            if (!COUNTERS.contains(f.unit()) || f.end() <= f.numEnd() || !f.flags().isEmpty()
                    || f.value().signum() < 0 || f.value().scale() > 0) continue;
            if (RATE_AFTER.matcher(t.substring(f.end(), Math.min(t.length(), f.end() + 2))).find()) continue;
            int from = clauseStart(t, f.start());
            out.add(new Count(f.value().longValueExact(), f.unit(), f.start(), f.end(), t.substring(from, f.start())));
        }
        return out;
    }

    private static int clauseStart(String t, int pos) {
        int s = pos;
        while (s > 0 && "，,。；;：:、（(）)".indexOf(t.charAt(s - 1)) < 0) s--;
        return s;
    }

    private static void judge(CheckContext ctx, Passage p, String t, Matcher m, List<Count> counts) {
        String name = m.group(1);
        // the numerator: the single count printed right after a stem that ends the rate's name (≥ 2 characters)
        Count num = null;
        String stem = null;
        for (int len = Math.min(name.length(), 6); len >= 2 && num == null; len--) {
            String s = name.substring(name.length() - len);
            List<Count> hits = new ArrayList<>();
            for (Count c : counts) {
                int k = c.before().lastIndexOf(s);
                if (k < 0) continue;
                String gap = c.before().substring(k + s.length());
                if (STEM_GAP.matcher(gap).matches()) hits.add(c);
            }
            if (hits.size() > 1) return; // the stem names several counts (调解成功73件 / 调解成功368件): ambiguous
            if (hits.size() == 1) { num = hits.get(0); stem = s; }
        }
        if (num == null || num.value() <= 0) return;
        // the denominators: total counts of the same counter, at least the numerator, other than it
        List<Count> totals = new ArrayList<>();
        for (Count c : counts) {
            if (c == num || !c.counter().equals(num.counter()) || c.value() < num.value()) continue;
            if (c.before().contains("其中") || !TOTAL_WORD.matcher(c.before()).find()) continue;
            totals.add(c);
        }
        if (totals.isEmpty()) return;
        BigDecimal pct = NumberScanner.value(m.group(2));
        Verdict first = null;
        Count base = null;
        for (Count d : totals) {
            // counts are exact integers: only the printed rate is an interval
            Verdict v = Verdict.of(Interval.printed(pct), Calc.percent(Interval.point(BigDecimal.valueOf(num.value())),
                    Interval.point(BigDecimal.valueOf(d.value()))), num.value() + " ÷ " + d.value() + " × 100");
            if (v.undefined()) return;
            if (!v.inconsistent() || v.consistentIfTruncated(pct)) return; // some stated total gives the rate
            // the base reported: the nearest total before the numerator, else the first total
            boolean before = d.start() < num.start(), baseBefore = base != null && base.start() < num.start();
            if (base == null || before && (!baseBefore || d.start() > base.start())) {
                base = d;
                first = v;
            }
        }
        Matcher w = TOTAL_WORD.matcher(base.before());
        int baseFrom = base.start() - base.before().length() + (w.find() ? w.start() : 0);
        String baseName = Snip.pad(t, baseFrom, base.end(), 0);
        int numFrom = num.start() - num.before().length() + num.before().lastIndexOf(stem);
        String numName = Snip.pad(t, numFrom, num.end(), 0);
        String rateQuote = Snip.pad(t, m.start(), m.end(), 0);
        Interval c = first.computed();
        String computed = c.lo().compareTo(c.hi()) == 0 ? c.lo().stripTrailingZeros().toPlainString() + "%"
                : "约" + c.lo().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        StringBuilder msg = new StringBuilder("“" + rateQuote + "”，而同段称" + numName + "、" + baseName
                + "：" + num.value() + "÷" + base.value() + "为" + computed + "，印为" + m.group(2) + "%");
        if (totals.size() > 1) {
            msg.append("（其他总数");
            for (Count d : totals) if (d != base) msg.append(" ").append(d.value()).append(d.counter());
            msg.append(" 亦不合）");
        }
        ctx.report(COUNT_RATIO, msg.toString(), first.explain(m.group(2) + "%"),
                List.of(ctx.text().evidence(p, rateQuote), ctx.text().evidence(p, numName)));
    }
}
