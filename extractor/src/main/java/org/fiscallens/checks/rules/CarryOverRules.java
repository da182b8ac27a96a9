package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.TableRow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 决算 whose narrative (typically the 整体绩效评价 of an annex) states that money of the year was carried
 * over ("结转结余率为5.38%", "结转结余资金136.07万元") while its 收入支出决算总表 (or 财政拨款收入支出决算总表)
 * prints no 年末结转和结余 at all. Soft: the unspent budget may have lapsed back to the treasury, which the
 * report should then say, but a positive 结转结余 cannot stand beside a zero 年末结转和结余.
 */
public final class CarryOverRules implements Rule {
    public static final RuleInfo CARRYOVER = new RuleInfo("narr.carryover_vs_tables", NarrativeTableRules.CAT, Severity.WARNING,
            "说明称本年有结转结余（结转结余率大于0、结转结余金额大于0），而收入支出决算总表（或财政拨款收入支出决算总表）年末结转和结余为0",
            "有结转结余就应在总表“年末结转和结余”中反映；若未执行的预算已被收回，报告应说明，否则两处说法矛盾；口径可能不同，故为警告",
            "“结转结余率为5.38%（1-预算总执行率94.62%）”而收入支出决算总表年末结转和结余为空");

    /** "结转结余率为5.38%", "结转结余资金136.07万元"; not 年初结转和结余 (last year's). */
    private static final Pattern STATED = Pattern.compile(
            "(?<!年初)(?<!上年)结转(?:和)?结余(?:率(?:为|是|达)?\\s*" + NumberScanner.NUM + "\\s*[%％]|(?:资金|金额|数)?(?:为|是|共|共计)?\\s*"
                    + NumberScanner.NUM + "\\s*(亿元|万元|元))");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern RETURNED = Pattern.compile("上缴|收回|缴回|交回|注销");

    @Override
    public List<RuleInfo> rules() { return List.of(CARRYOVER); }

    @Override
    public void apply(CheckContext ctx) {
        if (!ctx.isFinalAccounts()) return;
        Evidence zero = zeroCarryOver(ctx, "income_expenditure_summary");
        if (zero == null) zero = zeroCarryOver(ctx, "appropriation_summary");
        if (zero == null) return;
        for (Passage p : ctx.text().passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            String t = p.text();
            Matcher m = STATED.matcher(t);
            while (m.find()) {
                if (!positive(m) || !thisYear(t, m.start(), ctx.fiscalYear())) continue;
                // a definition (名词解释) or a rule ("结转结余资金…应当") is not a statement about this year's money
                String sentence = Snip.around(t, m.start(), m.end(), 60);
                if (sentence.contains("指") && sentence.indexOf("指") < sentence.indexOf("结转")) continue;
                // money handed back (结转结余资金20万元已上缴财政) is not carried over
                if (RETURNED.matcher(sentence).find()) continue;
                String quote = Snip.pad(t, m.start(), m.end(), 0);
                ctx.report(CARRYOVER, "说明称“" + quote + "”，而" + zero.table() + "“年末结转和结余”为0：本年未执行的资金去向不明",
                        null, List.of(ctx.text().evidence(p, quote), zero));
                return;
            }
        }
    }

    private static boolean positive(Matcher m) {
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return NumberScanner.value(digits).signum() > 0;
    }

    /** The clause names no other year than the report year (上年 and an earlier year exclude it). */
    private static boolean thisYear(String t, int pos, Integer fy) {
        int s = pos;
        while (s > 0 && "。；;".indexOf(t.charAt(s - 1)) < 0 && pos - s < 60) s--;
        String before = t.substring(s, pos);
        if (Regexes.matches(before, ".*(上年|上一年|去年|以前年度|往年).*")) return false;
        Matcher y = YEAR.matcher(before);
        while (y.find()) if (fy != null && Integer.parseInt(y.group(1)) != fy) return false;
        return true;
    }

    /** The table's 年末结转和结余 row when it reads 0 in every column (blank cells read 0); null otherwise. */
    private static Evidence zeroCarryOver(CheckContext ctx, String kind) {
        TableView t = ctx.tables().one(kind);
        if (t == null) return null;
        TableRow row = t.find(null, r -> Regexes.replaceAll(Names.norm(r.name()), "^[一二三四五六七八九十]+、", "").equals("年末结转和结余"));
        if (row == null) return null;
        List<String> cols = t.columns(row.block());
        if (cols.isEmpty()) return null;
        for (String c : cols) {
            Amount a = t.value(row, c);
            if (a == null || a.value().signum() != 0) return null;
        }
        // the blank must be a printed zero, not a cell the reader missed: the block's 总计 equals its 本年支出合计
        TableRow spent = t.find(row.block(), r -> Regexes.matches(Names.norm(r.name()), "本年支出合计|支出合计"));
        TableRow total = t.find(row.block(), r -> Regexes.matches(Names.norm(r.name()), "总计|支出总计"));
        if (spent == null || total == null) return null;
        for (String c : cols) {
            Amount s = t.value(spent, c), g = t.value(total, c);
            if (s == null || g == null || s.isZero() || !s.in(Unit.YUAN).intersects(g.in(Unit.YUAN))) return null;
        }
        return t.evidence(row, cols.get(0));
    }
}
