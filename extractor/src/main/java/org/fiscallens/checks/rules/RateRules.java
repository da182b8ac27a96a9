package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.text.Clauses;
import org.fiscallens.checks.text.Numbers;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rates stated in the narrative against their operands, under exact interval tolerance: growth
 * (增加A万元，增长P%), completion (年初预算A、决算B、完成P%), shares (B万元，占P%), and the words of direction.
 */
public final class RateRules implements Rule {
    static final String CAT = "rate";
    public static final RuleInfo GROWTH = new RuleInfo("rate.growth", CAT, Severity.ERROR,
            "增减率与增减额、本年数不符：增长率 = 增减额 ÷ (本年数 − 增减额) × 100，区间运算",
            "常见错误是把本年数÷上年数（比率）当作增长率，或沿用旧数字",
            "收、支总计各增加1822.77万元，增长420.89%（本年2390.8万元：实际增长320.89%）");
    public static final RuleInfo COMPLETION = new RuleInfo("rate.completion", CAT, Severity.ERROR,
            "完成率、执行率与预算数、决算数不符：完成率 = 决算 ÷ 预算 × 100",
            "比率与其所依据的两个数字必须能同时成立",
            "年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%（一致）");
    public static final RuleInfo SHARE = new RuleInfo("rate.share", CAT, Severity.ERROR,
            "占比与分项金额、总额不符：占比 = 分项 ÷ 总额 × 100（总额为列举前的合计或“占…的”所指的数）",
            "占比错误会误导对支出结构的判断",
            "一般公共服务支出（类）2106.66万元，占71.73%（总额2940.05万元：实际71.65%）");
    public static final RuleInfo SHARES_SUM = new RuleInfo("rate.shares_sum", CAT, Severity.ERROR,
            "同一总额下列举的各项占比之和超过100%（容差为各占比舍入半单位之和）",
            "各部分之和不可能超过整体",
            "占71.73%；占11.11%；占2.07%；占15.16%（合计100.07%）");
    public static final RuleInfo UNDEFINED = new RuleInfo("rate.undefined", CAT, Severity.WARNING,
            "比率的分母为0（或可能为0），比率无定义，却印出了数值",
            "预算为0时“完成预算的0%”没有意义，应改为说明无此项预算",
            "全年预算为0万元，支出决算为0万元，完成全年预算的0%");
    public static final RuleInfo DIRECTION = new RuleInfo("rate.direction", CAT, Severity.ERROR,
            "增减方向词自相矛盾：“增加”与“下降”、“减少”与“增长”同句描述同一变化",
            "方向相反的两个词不可能同时成立",
            "比上年减少5.00万元，增长3.20%");

    private static final String N = Numbers.NUM;
    private static final Pattern GROWTH_P = Pattern.compile(
            "(增加|减少|增长|下降|上升|降低)(?:[（(](增加|减少|增长|下降)[）)])?\\s*" + N + "\\s*(亿元|万元|元)[，,、]?\\s*"
                    + "(?:同比)?(增长|下降|增幅|降幅|上升|降低|增长率|下降率)(?:[（(](增长|下降)[）)])?(?:为|了)?\\s*" + N + "\\s*[%％]");
    private static final Pattern RATE_P = Pattern.compile(
            "完成(?:了)?(?:年初|全年|调整后)?预算(?:数)?(?:的)?\\s*" + N + "\\s*[%％]|(?:预算)?执行率(?:为|达)?\\s*" + N + "\\s*[%％]");
    private static final Pattern BUDGET_P = Pattern.compile(
            "(年初预算|全年预算|调整后预算|预算数|预算)(?:数)?(?:为|是)?\\s*" + N + "\\s*(亿元|万元|元)");
    private static final Pattern ACTUAL_P = Pattern.compile(
            "(支出决算|决算数|决算|执行数|实际支出|实际执行)(?:数)?(?:为|是)?\\s*" + N + "\\s*(亿元|万元|元)");
    private static final Pattern SHARE_P = Pattern.compile("占(?:([^，。；、%％\\d]{1,16}?)的?)?\\s*" + N + "\\s*[%％]");
    private static final Pattern LIST_OPEN = Pattern.compile("(其中|主要包括|包括|具体为|分别为)[：:]");
    private static final Pattern LIST_START = Pattern.compile("其中|主要用于|主要包括|包括|具体为|分别为");

    @Override
    public List<RuleInfo> rules() { return List.of(GROWTH, COMPLETION, SHARE, SHARES_SUM, UNDEFINED, DIRECTION); }

    @Override
    public void apply(CheckContext ctx) {
        java.util.Set<String> tied = TiedRates.report(ctx);
        List<Passage> ps = ctx.text().passages();
        List<ShareItem> items = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i);
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            growth(ctx, p, tied);
            completion(ctx, p, tied);
            shares(ctx, ps, i, items, tied);
        }
        judgeShares(ctx, items);
    }

    /**
     * A rate the tie-out has judged against its operands (a fact of that value whose clause is where the passage's
     * rate is): the tie's finding stands for it, the passage's own reading is not repeated.
     */
    private static boolean tied(java.util.Set<String> tied, Passage p, String digits, int at) {
        String v = TiedRates.valueKey(Numbers.parse(digits));
        String text = null;
        int pos = -1;
        for (String k : tied) {
            String[] x = k.split("\\|", 3);
            if (!x[1].equals(v) || x[2].isEmpty()) continue;
            if (text == null) {
                text = org.fiscallens.checks.text.DocText.norm(p.text());
                pos = org.fiscallens.checks.text.DocText.norm(p.text().substring(0, at)).length();
            }
            // the fact's clause is where the passage's rate is
            for (int q = text.indexOf(x[2]); q >= 0; q = text.indexOf(x[2], q + 1)) {
                if (q <= pos && pos < q + x[2].length()) return true;
            }
        }
        return false;
    }

    private static void growth(CheckContext ctx, Passage p, java.util.Set<String> tiedRates) {
        String t = p.text();
        Matcher m = GROWTH_P.matcher(t);
        while (m.find()) {
            if (tied(tiedRates, p, m.group(7), m.start(7))) continue;
            String q = Snip.around(t, m.start(), m.end(), 80);
            boolean residue = m.group(2) != null || m.group(6) != null;
            String w1 = m.group(1), w2 = m.group(5);
            boolean up1 = w1.equals("增加") || w1.equals("增长") || w1.equals("上升");
            boolean up2 = w2.startsWith("增") || w2.equals("上升");
            if (!residue && up1 != up2) {
                ctx.report(DIRECTION, "增减额用“" + w1 + "”而增减率用“" + w2 + "”，方向矛盾", null, List.of(ctx.text().evidence(p, q)));
                continue;
            }
            Amount change = Amount.of(Numbers.parse(m.group(3)), Unit.parse(m.group(4)));
            Clauses.Subject subject = Clauses.subjectOfChange(t, m.start());
            // a previous year's figure given as an aside just before the change (与2016年度相比（2016年度…为X万元），增加…)
            // is the base itself
            Numbers.Num last = Clauses.lastLevelBefore(t, m.start());
            if (last != null && previousYear(t, last.start(), ctx.fiscalYear()) && !subject.candidates().contains(last)) {
                List<Numbers.Num> c = new ArrayList<>(List.of(last));
                c.addAll(subject.candidates());
                subject = new Clauses.Subject(c, subject.certain());
            }
            if (subject.candidates().isEmpty()) continue;
            if (!up1) change = new Amount(change.value().negate(), change.decimals(), change.unit());
            BigDecimal pct = Numbers.parse(m.group(7));
            if (!up2) pct = pct.negate();
            // the rate against each figure the change may be about; one that fits settles it
            Verdict v = null;
            Numbers.Num cur = null;
            for (Numbers.Num c : subject.candidates()) {
                Verdict cv = growthVerdict(t, c, change, pct, ctx.fiscalYear());
                if (v == null) { v = cv; cur = c; }
                if (!cv.inconsistent() && !cv.undefined()) { v = cv; cur = c; break; }
            }
            String printed = m.group(7) + "%";
            if (v.undefined()) {
                ctx.report(UNDEFINED, "上年数为 " + cur.value().toPlainString() + " − " + change.value().toPlainString()
                        + "，可能为0，增长率无定义，却印为" + printed, v.explain(printed), List.of(ctx.text().evidence(p, q)));
            } else if (v.inconsistent() && !residue && v.consistentIfTruncated(pct)) {
                ctx.report(GROWTH, Severity.INFO, "增减率印为" + printed + "，四舍五入应在" + v.computed() + "%之间；与截断取值一致",
                        v.explain((up2 ? "" : "−") + printed), List.of(ctx.text().evidence(p, q)));
            } else if (v.inconsistent() && !residue) {
                // a subject read from a list or from the sentence before is not certain: a warning, not an error
                ctx.report(GROWTH, subject.certain() ? Severity.ERROR : Severity.WARNING,
                        "增减率印为" + (up2 ? "" : "−") + printed + "，按本年数" + cur.value().toPlainString()
                        + "与增减额" + change.value().abs().toPlainString() + "计算应在" + v.computed() + "%之间"
                        + (subject.certain() ? "" : "（增减所指的本年数不能确定）"),
                        v.explain((up2 ? "" : "−") + printed), List.of(ctx.text().evidence(p, q)));
            }
        }
    }

    private static Verdict growthVerdict(String t, Numbers.Num cur, Amount change, BigDecimal pct, Integer fy) {
        if (previousYear(t, cur.start(), fy))
            return Verdict.of(org.fiscallens.checks.interval.Interval.printed(pct),
                    Calc.percent(change.in(Unit.YUAN), cur.amount().in(Unit.YUAN)),
                    change.value().toPlainString() + " ÷ " + cur.value().toPlainString() + "（上年数）× 100");
        return Calc.growthRate(pct, change, cur.amount(), cur.amount().unit());
    }

    private static void completion(CheckContext ctx, Passage p, java.util.Set<String> tiedRates) {
        String t = p.text();
        Matcher m = RATE_P.matcher(t);
        int prevEnd = 0;
        while (m.find()) {
            String window = t.substring(prevEnd, m.start());
            int sentenceStart = Math.max(window.lastIndexOf('。'), 0);
            window = window.substring(sentenceStart);
            int base = prevEnd + sentenceStart;
            prevEnd = m.end();
            Matcher b = BUDGET_P.matcher(window), a = ACTUAL_P.matcher(window);
            Amount budget = null, actual = null;
            int from = Integer.MAX_VALUE;
            while (b.find()) { budget = Amount.of(Numbers.parse(b.group(2)), Unit.parse(b.group(3))); from = Math.min(from, b.start()); }
            while (a.find()) {
                if (a.group(1).equals("决算") && window.substring(Math.max(0, a.start() - 2), a.start()).contains("预算")) continue;
                actual = Amount.of(Numbers.parse(a.group(2)), Unit.parse(a.group(3)));
            }
            String digits = m.group(1) != null ? m.group(1) : m.group(2);
            if (budget == null || tied(tiedRates, p, digits, m.start(m.group(1) != null ? 1 : 2))) continue;
            if (actual == null) {
                if (budget.in(Unit.YUAN).containsZero()) actual = Amount.of(BigDecimal.ZERO, budget.unit());
                else continue;
            }
            BigDecimal pct = Numbers.parse(digits);
            Verdict v = Calc.share(pct, actual, budget, Unit.YUAN);
            String q = Snip.around(t, base + Math.min(from, window.length()), m.end(), 120);
            if (v.undefined()) {
                ctx.report(UNDEFINED, "预算数为" + budget + "，完成率无定义，却印为" + digits + "%", v.explain(digits + "%"),
                        List.of(ctx.text().evidence(p, q)));
            } else if (v.inconsistent() && v.consistentIfTruncated(pct)) {
                ctx.report(COMPLETION, Severity.INFO, "完成率印为" + digits + "%，四舍五入应在" + v.computed() + "%之间；与截断取值一致",
                        v.explain(digits + "%"), List.of(ctx.text().evidence(p, q)));
            } else if (v.inconsistent()) {
                ctx.report(COMPLETION, "完成率印为" + digits + "%，按决算" + actual + "÷预算" + budget + "应在" + v.computed() + "%之间",
                        v.explain(digits + "%"), List.of(ctx.text().evidence(p, q)));
            }
        }
    }

    /** One printed share with its operands and the total it is a share of. */
    record ShareItem(Passage p, String quote, BigDecimal pct, String printed, Amount part, Amount base, Verdict v, String anchor) {}

    /** Shares in a paragraph: the base is the named total (占本年支出合计的…) or the total before the list. */
    private static void shares(CheckContext ctx, List<Passage> ps, int i, List<ShareItem> items, java.util.Set<String> tiedRates) {
        Passage p = ps.get(i);
        String t = p.text();
        Matcher m = SHARE_P.matcher(t);
        while (m.find()) {
            if (tied(tiedRates, p, m.group(2), m.start(2))) continue;
            int clauseStart = Math.max(Math.max(t.lastIndexOf('；', m.start()), t.lastIndexOf('。', m.start() - 1)), 0);
            Numbers.Num part = null;
            for (Numbers.Num n : Numbers.money(t)) if (n.end() <= m.start() && n.start() >= clauseStart) part = n;
            if (part == null || Clauses.isChange(t, part.start())) continue;
            String baseName = m.group(1) == null ? null : m.group(1).strip();
            Amount base;
            String anchorKey;
            if (baseName != null && !baseName.isEmpty()) {
                base = namedBase(ctx, baseName);
                anchorKey = null;
            } else {
                Anchor a = anchor(ps, i, part.start());
                base = a == null ? null : a.amount;
                anchorKey = a == null ? null : System.identityHashCode(a.passage) + ":" + a.pos;
            }
            if (base == null) continue;
            BigDecimal pct = Numbers.parse(m.group(2));
            Verdict v = Calc.share(pct, part.amount(), base, Unit.YUAN);
            items.add(new ShareItem(p, Snip.around(t, part.start(), m.end(), 80), pct, m.group(2) + "%", part.amount(), base, v, anchorKey));
        }
    }

    /**
     * Verdicts on the shares, by list: a share off only by what makes the printed list add to exactly 100 (the
     * publisher adjusted one item, within the others' rounding) or by truncation is an observation, not an error.
     */
    private static void judgeShares(CheckContext ctx, List<ShareItem> items) {
        java.util.Map<String, List<ShareItem>> lists = new java.util.LinkedHashMap<>();
        for (ShareItem it : items) if (it.anchor() != null) lists.computeIfAbsent(it.anchor(), k -> new ArrayList<>()).add(it);
        for (ShareItem it : items) {
            Verdict v = it.v();
            Evidence ev = ctx.text().evidence(it.p(), it.quote());
            if (v.undefined()) {
                if (it.pct().signum() != 0 || !it.part().isZero())
                    ctx.report(UNDEFINED, "总额为" + it.base() + "，占比无定义，却印为" + it.printed(), v.explain(it.printed()), List.of(ev));
                continue;
            }
            if (!v.inconsistent()) continue;
            List<ShareItem> list = it.anchor() == null ? List.of(it) : lists.get(it.anchor());
            String msg = "占比印为" + it.printed() + "，按" + it.part() + "÷" + it.base() + "应在" + v.computed() + "%之间";
            if (plugged(list, it)) {
                ctx.report(SHARE, Severity.INFO, msg + "；各项占比合计恰为100%，此项为凑整调整", v.explain(it.printed()), List.of(ev));
            } else if (v.consistentIfTruncated(it.pct())) {
                ctx.report(SHARE, Severity.INFO, msg + "；与截断取值一致", v.explain(it.printed()), List.of(ev));
            } else {
                ctx.report(SHARE, msg, v.explain(it.printed()), List.of(ev));
            }
        }
        for (List<ShareItem> list : lists.values()) {
            if (list.size() < 2) continue;
            Verdict v = Calc.sharesTo100(list.stream().map(ShareItem::pct).toList());
            if (v.computed().above(v.stated())) {
                ctx.report(SHARES_SUM, "各项占比之和超过100%", v.explain("100%"),
                        List.of(ctx.text().evidence(list.get(0).p(), list.get(0).quote())));
            }
        }
    }

    /** The list's printed shares add to exactly 100 and this one is off by no more than the others' rounding. */
    private static boolean plugged(List<ShareItem> list, ShareItem it) {
        if (list.size() < 2) return false;
        BigDecimal sum = BigDecimal.ZERO, slack = BigDecimal.ZERO;
        for (ShareItem x : list) {
            sum = sum.add(x.pct());
            if (x != it) slack = slack.add(org.fiscallens.checks.interval.Interval.halfUlp(Math.max(0, x.pct().scale())));
        }
        return sum.compareTo(BigDecimal.valueOf(100)) == 0 && it.v().gap().compareTo(slack) <= 0;
    }

    /** The level figure at {@code pos} is qualified as another year's (上年…, （2016年度…为…）). */
    static boolean previousYear(String t, int pos, Integer fy) {
        // the words that qualify the figure itself: back to the previous clause mark (a "比上年…；" of an earlier
        // clause is another figure's comparison)
        String before = t.substring(Math.max(0, pos - 20), pos);
        int cut = -1;
        for (int i = before.length() - 1; i >= 0 && cut < 0; i--) if ("，。；;：:、".indexOf(before.charAt(i)) >= 0) cut = i;
        String clause = cut >= 0 ? before.substring(cut + 1) : before;
        if (Regexes.matches(clause, ".*(上年|上一年|去年|上年度).*")) return true;
        Matcher y = Pattern.compile("(\\d{4})\\s*年").matcher(clause);
        while (y.find()) if (fy != null && Integer.parseInt(y.group(1)) < fy) return true;
        return false;
    }

    private static Amount namedBase(CheckContext ctx, String name) {
        String n = name.replace("的", "");
        String k = null;
        if (Regexes.matches(n, "本年收入(合计)?|收入合计|本年收入总额")) k = "income_total";
        else if (Regexes.matches(n, "本年支出(合计)?|支出合计|本年支出总额")) k = "expenditure_total";
        if (k == null) return null;
        List<Integer> own = NarrativeInternalRules.own(ctx, k);
        return own.isEmpty() ? null : org.fiscallens.tieout.Relations.amount(ctx.doc().facts().get(own.get(0)));
    }

    /**
     * The total a list is a part of: the last level figure before the list word (其中/主要用于/包括) in this
     * paragraph, or, when the paragraph is an item of a list introduced by an earlier paragraph ending in
     * "：", that paragraph's figure.
     */
    record Anchor(Amount amount, Passage passage, int pos) {}

    static Anchor anchor(List<Passage> ps, int i, int partStart) {
        Passage p = ps.get(i);
        String t = p.text();
        Matcher l = LIST_START.matcher(t);
        int listAt = -1;
        while (l.find() && l.start() < partStart) listAt = l.start();
        if (listAt >= 0) {
            Numbers.Num n = Clauses.lastLevelBefore(t, listAt);
            return n == null ? null : new Anchor(n.amount(), p, n.start());
        }
        for (int j = i - 1; j >= 0; j--) {
            Passage prev = ps.get(j);
            if (prev.kind() != Passage.Kind.PARAGRAPH || prev.section() != p.section()) return null;
            String pt = prev.text().strip();
            if (pt.endsWith("：") || pt.endsWith(":")) {
                Numbers.Num n = Clauses.lastLevelBefore(pt, pt.length());
                return n == null ? null : new Anchor(n.amount(), prev, n.start());
            }
            // an earlier item of the same list ("…，其中：A万元，占x%；" then "B万元，占y%；")
            if (pt.endsWith("；") || pt.endsWith(";")) {
                Matcher pl = LIST_OPEN.matcher(pt);
                int at = -1;
                while (pl.find()) at = pl.start();
                if (at >= 0) {
                    Numbers.Num n = Clauses.lastLevelBefore(pt, at);
                    return n == null ? null : new Anchor(n.amount(), prev, n.start());
                }
            }
        }
        return null;
    }
}
