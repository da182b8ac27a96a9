package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.facts.Vocabulary;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year's budget told in two parts of one 决算: the 一般公共预算财政拨款 年初预算 of the narrative (and the
 * 年初预算 of its 类/项 lines) against the department's whole budget stated elsewhere (the 整体绩效评价 of an
 * annex: "2023年预算安排2,240.37万元…调整后预算数2,526.87万元"). 一般公共预算财政拨款 is part of the whole
 * budget, so its 年初预算 cannot exceed the whole 年初预算, nor the whole 调整后预算 when that was raised.
 * A warning: the scope of the whole figure is read from its wording (a sentence that opens its paragraph
 * with the year and no other qualifier), which a report may use loosely.
 */
public final class BudgetScopeRules implements Rule {
    public static final RuleInfo BUDGET_SCOPE = new RuleInfo("narr.budget_scope", NarrativeInternalRules.CAT, Severity.WARNING,
            "同一年度的预算数在文件不同部分口径矛盾：一般公共预算财政拨款年初预算（或其各类、各项年初预算之和）大于部门整体的年初预算（预算安排），或大于上调后的调整后预算；同一口径的年初预算前后数值不同",
            "一般公共预算财政拨款是部门预算的一部分，部分大于整体必有一处数字错误；整体口径由措辞判断，故为警告",
            "一般公共预算财政拨款支出年初预算为2390.8万元 vs 附件一“2023年预算安排2,240.37万元”（调整后预算数2,526.87万元）");

    private static final String N = NumberScanner.NUM;
    /** 年初 budget words and 调整后 budget words, each followed by the figure. */
    private static final Pattern INITIAL = Pattern.compile("(?:" + Vocabulary.INITIAL_BUDGET + ")(?:为|是|共|共计)?\\s*" + N + "\\s*(亿元|万元|元)");
    private static final Pattern ADJUSTED = Pattern.compile("(?:" + Vocabulary.ADJUSTED_BUDGET + ")(?:为|是|共|共计)?\\s*" + N + "\\s*(亿元|万元|元)");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(\\d{4})\\s*年(?:度)?");
    /** After the year: the whole department, nothing narrower. */
    private static final Pattern WHOLE_QUALIFIER = Pattern.compile("^(?:本?单位|本?部门|部门整体|单位整体|全年|整体)?(?:的)?$");
    private static final Pattern GENERAL_QUALIFIER = Pattern.compile("^(?:本?单位|本?部门)?(?:的)?一般公共预算财政拨款(?:支出)?(?:的)?$");
    private static final Pattern RAISED = Pattern.compile("调增|追加");

    @Override
    public List<RuleInfo> rules() { return List.of(BUDGET_SCOPE); }

    enum Scope { WHOLE, GENERAL_BUDGET }

    /** A stated budget figure: its scope, whether 年初 or 调整后, the amount and where it is printed. */
    record Stated(Scope scope, boolean adjusted, Amount amount, Interval yuan, Passage passage, String quote, boolean raised) {}

    @Override
    public void apply(CheckContext ctx) {
        if (!ctx.isFinalAccounts()) return;
        List<Stated> all = new ArrayList<>();
        List<Passage> ps = ctx.text().passages();
        List<Stated> lineSums = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i);
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            int before = all.size();
            read(ctx, p, INITIAL, false, all);
            read(ctx, p, ADJUSTED, true, all);
            for (int k = before; k < all.size(); k++) {
                Stated s = all.get(k);
                if (s.scope() == Scope.GENERAL_BUDGET && !s.adjusted()) {
                    Stated sum = lineSum(ps, i, s);
                    if (sum != null) lineSums.add(sum);
                }
            }
        }
        Stated whole0 = first(all, Scope.WHOLE, false), whole1 = first(all, Scope.WHOLE, true);
        if (whole0 == null && whole1 == null) return;
        boolean raised = whole0 != null && whole1 != null && !whole1.yuan().below(whole0.yuan())
                || all.stream().anyMatch(Stated::raised);
        List<Stated> narrow = new ArrayList<>();
        Stated general = first(all, Scope.GENERAL_BUDGET, false);
        if (general != null) narrow.add(general);
        narrow.addAll(lineSums);
        for (Stated n : narrow) {
            Interval v = n.yuan();
            Stated over = null;
            if (whole1 != null && raised && v.above(whole1.yuan())) over = whole1;
            else if (whole0 != null && v.above(whole0.yuan())) over = whole0;
            if (over == null) continue;
            String what = n.quote().startsWith("Σ") ? "各类（项）年初预算之和" + n.amount() : "“" + n.quote() + "”";
            String overWhat = over.adjusted() ? "部门整体调整后预算" : "部门整体年初预算（预算安排）";
            String msg = "一般公共预算财政拨款" + what + "大于" + overWhat + "“" + over.quote() + "”"
                    + (over.adjusted() ? "（预算系调增，年初数只应更小）" : "") + "：部分不能大于整体";
            List<Evidence> ev = new ArrayList<>();
            ev.add(ctx.text().evidence(n.passage(), n.quote().startsWith("Σ") ? n.quote().substring(1) : n.quote()));
            ev.add(ctx.text().evidence(over.passage(), over.quote()));
            ctx.report(BUDGET_SCOPE, msg, org.fiscallens.checks.interval.Verdict.of(v, over.yuan(), over.amount().toString())
                    .shownIn(org.fiscallens.checks.interval.Unit.YUAN, n.amount().unit()).explain(n.amount().toString()), ev);
        }
        // the same scope told twice with different figures
        for (Scope sc : Scope.values()) {
            for (boolean adj : new boolean[]{false, true}) {
                Stated f = first(all, sc, adj);
                if (f == null) continue;
                for (Stated o : all) {
                    if (o.scope() != sc || o.adjusted() != adj || o == f) continue;
                    if (o.yuan().intersects(f.yuan())) continue;
                    ctx.report(BUDGET_SCOPE, "同一口径的" + (adj ? "调整后预算" : "年初预算") + "前后不同：“" + f.quote() + "”与“" + o.quote() + "”", null,
                            List.of(ctx.text().evidence(f.passage(), f.quote()), ctx.text().evidence(o.passage(), o.quote())));
                    break;
                }
            }
        }
    }

    private static Stated first(List<Stated> all, Scope sc, boolean adjusted) {
        for (Stated s : all) if (s.scope() == sc && s.adjusted() == adjusted) return s;
        return null;
    }

    private static void read(CheckContext ctx, Passage p, Pattern pat, boolean adjusted, List<Stated> out) {
        String t = p.text();
        Matcher m = pat.matcher(t);
        while (m.find()) {
            int sentence = Math.max(t.lastIndexOf('。', m.start() - 1), t.lastIndexOf('；', m.start() - 1)) + 1;
            String head = t.substring(sentence, m.start()).strip();
            Matcher y = YEAR_PREFIX.matcher(head);
            Scope scope = null;
            if (y.find()) {
                if (ctx.fiscalYear() != null && Integer.parseInt(y.group(1)) != ctx.fiscalYear()) continue;
                String rest = head.substring(y.end());
                // the whole department: the sentence opens its paragraph (a sentence after a 项 label is about that 项)
                if (WHOLE_QUALIFIER.matcher(rest).matches() && sentence == 0) scope = Scope.WHOLE;
                else if (GENERAL_QUALIFIER.matcher(rest).matches()) scope = Scope.GENERAL_BUDGET;
            } else if (GENERAL_QUALIFIER.matcher(head).matches()) {
                scope = Scope.GENERAL_BUDGET;
            }
            if (scope == null || adjusted && scope == Scope.GENERAL_BUDGET) continue;
            int end = t.indexOf('。', m.end());
            boolean raised = RAISED.matcher(t.substring(m.end(), end < 0 ? t.length() : end)).find();
            Amount a = Amount.of(NumberScanner.value(m.group(1)), Unit.parse(m.group(2)));
            out.add(new Stated(scope, adjusted, a, a.in(Unit.YUAN), p, Snip.pad(t, m.start(), m.end(), 0), raised));
        }
    }

    /**
     * The 年初预算 of the list that follows a 一般公共预算财政拨款 total ("…完成年初预算的100%。其中：" then "1.社会保障和
     * 就业支出。年初预算为2378.14万元…"): the sum of the first 年初预算 of each item paragraph numbered in the first
     * item's style, when there are at least two and each has one.
     */
    private static Stated lineSum(List<Passage> ps, int i, Stated total) {
        Passage p = ps.get(i);
        String t = p.text().strip();
        if (!t.endsWith("其中：") && !t.endsWith("其中:")) return null;
        List<Amount> parts = new ArrayList<>();
        String style = null;
        Passage firstItem = null;
        String firstQuote = null;
        for (int j = i + 1; j < ps.size(); j++) {
            Passage q = ps.get(j);
            if (q.kind() != Passage.Kind.PARAGRAPH || q.section() != p.section()) break;
            String st = NarrativeInternalRules.listStyle(q.text());
            if (style == null) {
                if (st.equals("none")) return null;
                style = st;
            }
            if (!st.equals(style)) continue;
            Matcher m = INITIAL.matcher(q.text());
            if (!m.find()) return null;
            parts.add(Amount.of(NumberScanner.value(m.group(1)), Unit.parse(m.group(2))));
            if (firstItem == null) { firstItem = q; firstQuote = Snip.pad(q.text(), m.start(), m.end(), 0); }
        }
        if (parts.size() < 2) return null;
        // the sum stands for the sum of the parts' intervals (17 with no decimals is [16.5, 17.5])
        Interval iv = Interval.sum(parts.stream().map(a -> a.in(Unit.YUAN)).toList());
        BigDecimal sum = BigDecimal.ZERO;
        int decimals = 0;
        for (Amount a : parts) {
            Interval x = a.in(total.amount().unit());
            sum = sum.add(x.lo().add(x.hi()).divide(BigDecimal.valueOf(2)));
            decimals = Math.max(decimals, a.decimals());
        }
        Amount s = new Amount(sum.setScale(decimals, RoundingMode.HALF_UP), decimals, total.amount().unit());
        return new Stated(Scope.GENERAL_BUDGET, false, s, iv, firstItem, "Σ" + firstQuote, false);
    }
}
