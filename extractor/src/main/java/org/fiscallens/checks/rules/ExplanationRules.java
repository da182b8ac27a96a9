package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Interval;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.checks.text.Numbers;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "卫生健康支出339.30万元…主要是用于为本单位职工缴纳职工医疗保险单位部分": an explanation that an amount went
 * mainly to items whose own amounts, printed in the 基本支出 明细表 (经济分类 项), make up only a small fraction
 * of it. Every part of the explanation must name such an item (else the rest may be spent on what the
 * table does not show), and together they must come to less than a quarter of the amount explained.
 */
public final class ExplanationRules implements Rule {
    public static final RuleInfo MAINLY_FOR = new RuleInfo("narr.mainly_for", NarrativeTableRules.CAT, Severity.WARNING,
            "“X万元，主要用于Y”：Y 在基本支出明细表中的金额不足 X 的四分之一",
            "用途说明与金额结构不符，读者会误解资金主要去向；明细表只含基本支出，口径可能不同，故为警告",
            "卫生健康支出339.30万元，主要是用于为本单位职工缴纳职工医疗保险单位部分（职工基本医疗保险缴费19.34万元，5.70%）");

    private static final Pattern MAINLY = Pattern.compile("主要(?:是)?(?:用于|用在|为)");
    private static final Pattern ITEM_SUFFIX = Pattern.compile("(缴费|支出|费用|经费|费)$");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    @Override
    public List<RuleInfo> rules() { return List.of(MAINLY_FOR); }

    /** An item of the 基本支出 明细表 with its amount. */
    record Item(String name, Amount amount, TableView table, TableRow row, String column) {}

    @Override
    public void apply(CheckContext ctx) {
        List<Item> items = items(ctx);
        if (items.isEmpty()) return;
        org.fiscallens.checks.text.FactPlaces pl = ctx.places();
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH || pl.in(p).isEmpty()) continue;
            String t = org.fiscallens.checks.text.FactPlaces.compact(p.text());
            Matcher m = MAINLY.matcher(t);
            while (m.find()) judge(ctx, p, t, m, items);
        }
    }

    private static List<Item> items(CheckContext ctx) {
        List<Item> out = new ArrayList<>();
        for (TableView t : ctx.tables().ofKind("general_budget_basic_expenditure")) {
            for (TableRow r : t.rows()) {
                // 经济分类 款 rows (5-digit codes: 30110 职工基本医疗保险缴费)
                if (r.code() == null || !Regexes.matches(r.code(), "\\d{5}") || r.name() == null) continue;
                String col = t.onlyColumn(r.block());
                if (col == null) col = t.column(r.block(), "决算数", "合计", "金额");
                Amount a = t.value(r, col);
                if (a != null) out.add(new Item(Names.norm(r.name()), a, t, r, col));
            }
        }
        return out;
    }

    private static void judge(CheckContext ctx, Passage p, String t, Matcher m, List<Item> items) {
        int end = m.end();
        while (end < t.length() && "。；;".indexOf(t.charAt(end)) < 0) end++;
        String what = Regexes.replaceFirst(t.substring(m.end(), end), "^[：:]", "");
        if (what.isBlank() || what.contains("等") && what.indexOf("等") < what.length() - 2) return;
        // the amount explained: the last level figure (facts[]) before, in this sentence or the one before
        org.fiscallens.checks.text.FactPlaces pl = ctx.places();
        int amountAt = -1, amountStart = -1, amountEnd = -1;
        for (int i : pl.in(p)) {
            org.fiscallens.model.Fact f = ctx.doc().facts().get(i);
            int fs = pl.figureStart(i), fe = pl.figureEnd(i);
            if (fs < 0 || fe > m.start()) continue;
            if (f.claim() == null || f.claim().relation() != org.fiscallens.model.Claim.Relation.LEVEL || !org.fiscallens.tieout.Relations.money(f)
                    || f.key() != null && f.key().endsWith(".threshold")) continue;
            amountAt = i; amountStart = fs; amountEnd = fe;
        }
        if (amountAt < 0 || sentences(t, amountEnd, m.start()) > 1) return;
        Amount stated = org.fiscallens.tieout.Relations.amount(ctx.doc().facts().get(amountAt));
        if (stated.isZero()) return;
        Numbers.Num amount = new Numbers.Num(stated, amountStart, amountEnd);
        List<Item> matched = new ArrayList<>();
        for (String part : Regexes.split(Regexes.replaceAll(what, "等$", ""), "[、及，,]|以及")) {
            if (part.isBlank()) continue;
            Item best = null;
            for (Item it : items) if (names(part, it.name())) { best = it; break; }
            if (best == null) return; // a part the table does not show: the rest may go there
            if (!matched.contains(best)) matched.add(best);
        }
        if (matched.isEmpty()) return;
        int subject = amount.start();
        while (subject > 0 && "，,。；;：:“".indexOf(t.charAt(subject - 1)) < 0 && amount.start() - subject < 60) subject--;
        String subjectName = t.substring(subject, amount.start());
        // "职业年金缴费支出（项）887.36万元，主要用于缴纳职业年金支出": the explanation restates the line's own name;
        // its amount against the table is narr.table_classes' business
        for (Item it : matched) if (names(subjectName, it.name())) return;
        Interval sum = Interval.sum(matched.stream().map(i -> i.amount().in(Unit.YUAN)).toList());
        Interval whole = amount.amount().in(Unit.YUAN);
        if (sum.hi().compareTo(whole.lo().multiply(QUARTER)) >= 0) return;
        Interval share = Calc.percent(sum, whole);
        StringBuilder names = new StringBuilder();
        List<Evidence> ev = new ArrayList<>();
        String quote = Snip.pad(t, subject, end, 0);
        if (quote.length() > 120) quote = Snip.pad(t, m.start(), end, 0);
        ev.add(ctx.text().evidence(p, quote));
        for (Item it : matched) {
            if (names.length() > 0) names.append("、");
            names.append("“").append(it.row().name()).append("”").append(it.amount().value().toPlainString()).append(it.table().unit().label());
            ev.add(it.table().evidence(it.row(), it.column()));
        }
        // what the sentence allows: an amount mainly for the items is at most four times what they add to
        Verdict v = Verdict.of(whole, new Interval(BigDecimal.ZERO.min(whole.lo()), sum.hi().multiply(BigDecimal.valueOf(4))),
                "(" + String.join(" + ", matched.stream().map(i -> i.amount().toString()).toList()) + ") × 4（所列项目至少占 25%）")
                .shownIn(Unit.YUAN, amount.amount().unit());
        ctx.report(MAINLY_FOR, "说明称“" + Snip.pad(t, subject, amount.end(), 0) + "”" + m.group() + "“" + what + "”，而《" + matched.get(0).table().label() + "》中" + names
                        + "，仅占" + share.widenTo(2) + "%",
                v.explain(amount.amount().value().toPlainString()), ev);
    }

    private static int sentences(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (t.charAt(i) == '。') n++;
        return n;
    }

    /**
     * The explanation part names the item: the item name verbatim, or (for a name of four or more characters
     * without its 缴费/费/支出 ending) a common run of at least four characters that, with the other common
     * runs of two or more, covers three quarters of the name (职工医疗保险 ~ 职工基本医疗保险).
     */
    static boolean names(String part, String itemName) {
        String p = Names.norm(part), full = Names.norm(itemName);
        if (p.contains(full)) return true;
        String core = ITEM_SUFFIX.matcher(full).replaceAll("");
        if (core.length() < 4) return false;
        boolean[] covered = new boolean[core.length()];
        int longest = 0;
        for (int i = 0; i < core.length(); i++) {
            for (int j = core.length(); j >= i + 2; j--) {
                if (p.contains(core.substring(i, j))) {
                    longest = Math.max(longest, j - i);
                    for (int k = i; k < j; k++) covered[k] = true;
                    break;
                }
            }
        }
        int c = 0;
        for (boolean b : covered) if (b) c++;
        return longest >= 4 && c * 4 >= core.length() * 3;
    }
}
