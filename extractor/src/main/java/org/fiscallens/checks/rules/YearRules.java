package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.text.Numbers;
import org.fiscallens.checks.text.Passage;
import org.fiscallens.checks.text.Snip;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Severity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years that must be the fiscal year: headings and table titles, the asset cut-off date, and statements
 * about the report year's own figures. A 决算 compares with the year before; a budget cites the previous
 * year's execution and an asset cut-off in the previous year; both are allowed.
 */
public final class YearRules implements Rule {
    static final String CAT = "year_reference";
    public static final RuleInfo HEADING = new RuleInfo("year.heading", CAT, Severity.ERROR,
            "标题（部分标题、表名、封面）中的“YYYY年（度）部门决算/预算”年份与报告年度不符",
            "标题年份错误说明文本由上年报告改写而来却未改全，读者会误认所属年度",
            "第三部分 上海市普陀区财政局2023年度部门决算情况说明（2024年度决算）");
    public static final RuleInfo CUTOFF = new RuleInfo("year.cutoff", CAT, Severity.ERROR,
            "资产统计截止日“截至X年12月31日”的年份：决算须为报告年度；预算为上一年度或本年度",
            "决算的国有资产占用情况按报告年度末统计，年份不符即数据口径错误或未更新",
            "截至2022年12月31日，部门共有车辆0辆（2023年度决算）");
    public static final RuleInfo STATEMENT = new RuleInfo("year.statement", CAT, Severity.ERROR,
            "决算说明中陈述本年数字的句子写成了其他年度（句中没有与上年比较的措辞）",
            "本年的数字被标成别的年度，读者无法判断数字所属期间",
            "本部门2022年度政府采购支出总额0万元，跟年初预算保持一致。（2023年度决算）");
    public static final RuleInfo BASE = new RuleInfo("year.base", CAT, Severity.ERROR,
            "增减比较的基期年份：与所述年度本身相比（自比），或与上一年度以外的年份相比而未说明为多年比较（决算为错误，预算为提示）",
            "同比增减须以上一年度为基期；基期写成本年或更早年度，多为套用往年模板未改全，增减额和增幅的含义随之错误",
            "2023年预算安排65.69万元，比2021年预算执行数增加8.56%。（2023年预算）");

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*年度?\\s*[^，。；0-9]{0,20}?(部门|单位)?(决算|预算)(情况说明|表|公开|编制说明)?");
    /** Words a title never carries: comparisons, amounts, clause punctuation, dates. */
    private static final Pattern NOT_TITLE = Pattern.compile("执行|上年|比|较|与|相比|持平|增加|减少|万元|元|，|。|；|日");
    private static final Pattern CUTOFF_DATE = Pattern.compile("截至\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern YEAR_SUBJECT = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\s*年度?\\s*(?:[^，。；\\d]{0,16}?)(支出|收入|采购|经费|决算|结转|结余)");
    private static final Pattern COMPARISON = Pattern.compile(
            "相比|比|较|同比|上年|上一年|去年|以前|历年|以来|起|开始|期间|截至|截止|月|至|到|—|－|~|～|延续|结转|跨年|计划|目标|规划|预计|下一年|明年");

    private static final Pattern MEASURE_AFTER = Pattern.compile("\\s*(数|额|金额|执行|完成|安排|资金|收入|支出|拨款)");
    /** "不存在2018年…", "无2018年决算数": a year named as absent, not as the figures' year. */
    private static final Pattern NEGATED_YEAR = Pattern.compile("(无|没有|不存在|未有|并无)\\s*$");

    @Override
    public List<RuleInfo> rules() { return List.of(HEADING, CUTOFF, STATEMENT, BASE); }

    /** The text names the year {@code fy} itself (2026年, 2026年度). */
    static boolean namesYear(String t, int fy) {
        Matcher y = Pattern.compile("(?<!\\d)(\\d{4})\\s*年").matcher(t);
        while (y.find()) if (Integer.parseInt(y.group(1)) == fy) return true;
        return false;
    }

    @Override
    public void apply(CheckContext ctx) {
        Integer fy = ctx.fiscalYear();
        if (fy == null) return;
        for (Passage p : ctx.text().all()) {
            String t = p.text();
            if (p.kind() != Passage.Kind.PARAGRAPH && t.length() <= 60 && !NOT_TITLE.matcher(t).find()) {
                // a line naming the report year beside another (2025年预算数 2026年预算数) compares the two years:
                // column headings, not a title
                if (namesYear(t, fy)) continue;
                // a line that is (part of) a header cell of a table on its page (2025年预算 / 数 wrapped in one cell):
                // a column's heading, not a title
                if (inHeaderCell(ctx, p)) continue;
                Matcher m = TITLE_YEAR.matcher(t);
                while (m.find()) {
                    int y = Integer.parseInt(m.group(1));
                    if (y == fy || m.group(3) == null) continue;
                    // 预算数/决算数/执行数: a measure (a column's heading), not the name of a report
                    if (m.group(4) == null && MEASURE_AFTER.matcher(t.substring(m.end())).lookingAt()) continue;
                    if (ctx.isBudget() && m.group(3).equals("决算")) continue;
                    if (ctx.isFinalAccounts() && m.group(3).equals("预算")) continue;
                    ctx.report(HEADING, "标题年份为" + y + "年，报告年度为" + fy + "年", null,
                            List.of(ctx.text().evidence(p, Snip.around(t, m.start(), m.end(), 60))));
                }
            }
            Matcher c = CUTOFF_DATE.matcher(t);
            while (c.find()) {
                int y = Integer.parseInt(c.group(1)), month = Integer.parseInt(c.group(2)), day = Integer.parseInt(c.group(3));
                String q = Snip.around(t, c.start(), c.end(), 50);
                if (ctx.isFinalAccounts() && month == 12 && day == 31 && y != fy) {
                    ctx.report(CUTOFF, "资产截止日为" + y + "年12月31日，" + fy + "年度决算应为" + fy + "年12月31日", null,
                            List.of(ctx.text().evidence(p, q)));
                } else if (ctx.isBudget() && y != fy - 1 && y != fy) {
                    ctx.report(CUTOFF, Severity.WARNING, "资产截止日为" + y + "年，" + fy + "年预算通常截至" + (fy - 1) + "年", null,
                            List.of(ctx.text().evidence(p, q)));
                }
            }
            if (ctx.isFinalAccounts() && p.kind() == Passage.Kind.PARAGRAPH && !p.under("附件") && !p.under("绩效")) statements(ctx, p, fy);
        }
        bases(ctx, fy);
    }

    /** A comparison with a year: 比/较/与/同/跟 2022年(度). */
    private static final Pattern COMPARED = Pattern.compile("(?:比|较|与|同|跟|对比|相较于?)\\s*(\\d{4})\\s*年");
    private static final Pattern NAMED_YEAR = Pattern.compile("(?<![\\d\\-—－~～至到])(\\d{4})\\s*年(?!\\s*[\\-—－~～至到]\\s*\\d{4})");
    /** Cues of a comparison over several years or up to a date: 近三年, 2021-2023年, 以来, 累计, 实施周期, 截至. */
    private static final Pattern MULTI_YEAR = Pattern.compile(
            "近[一二两三四五六七八九十\\d]+年|\\d{4}\\s*年?\\s*[\\-—－~～至到]\\s*\\d{4}|以来|累计|周期|截至|截止|期间|同期|历年");
    private static final java.util.Set<String> BUDGET_BASES = java.util.Set.of("budget", "initial_budget", "adjusted_budget");

    /**
     * The base year of each stated change (claim.baseYear): a change is on the year before the year it speaks of (the
     * year named last before the comparison, else the fiscal year). A year compared with itself is an error, unless
     * the base is that year's budget outside a budget report's own year (决算数比年初预算); a base year before the
     * year before, with no cue of a comparison over several years, is a template slip: an error in a 决算, a warning
     * in a budget (which may cite an older 决算).
     */
    private static void bases(CheckContext ctx, int fy) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        // the comparisons the facts' claims stand for (page | sentence up to the comparison): read from the claims, not again
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (org.fiscallens.model.Fact f : ctx.doc().facts()) {
            org.fiscallens.model.Claim c = f.claim();
            if (c == null || c.baseYear() == null || f.quote() == null) continue;
            if (c.relation() != org.fiscallens.model.Claim.Relation.CHANGE && c.relation() != org.fiscallens.model.Claim.Relation.CHANGE_RATE) continue;
            if (f.basis() == null || !NAMED_YEAR.matcher(f.basis()).find()) continue; // a base year the reader supplied (上年), not printed
            // the whole sentence: a clause's quote may leave out the comparison it follows (与2022年度相比，收入…)
            Passage in = null;
            String q = f.quote();
            for (Passage p : ctx.text().all()) {
                int i = p.kind() == Passage.Kind.PARAGRAPH ? p.text().indexOf(f.quote()) : -1;
                if (i < 0) continue;
                for (int[] b : Numbers.sentences(p.text())) {
                    if (b[0] <= i && i < b[1]) { q = p.text().substring(b[0], Math.max(b[1], i + f.quote().length())); in = p; break; }
                }
                break;
            }
            int base = c.baseYear();
            // where the quote compares with that year; the year it speaks of is the one named last before
            Matcher m = COMPARED.matcher(q);
            int at = -1, end = -1;
            while (m.find()) if (Integer.parseInt(m.group(1)) == base) { at = m.start(); end = m.end(); break; }
            if (at < 0) continue;
            covered.add(f.page() + "|" + q.substring(0, end));
            if (MULTI_YEAR.matcher(q).find()) continue;
            Integer stated = null;
            // in the comparison's own clause: a year named in an earlier clause of a list (；) is another statement's
            String head = q.substring(0, at);
            Matcher y = NAMED_YEAR.matcher(head.substring(Math.max(head.lastIndexOf('；'), head.lastIndexOf(';')) + 1));
            while (y.find()) {
                int v = Integer.parseInt(y.group(1));
                if (v >= 1990 && v <= fy + 1) stated = v;
            }
            int year = stated != null ? stated : c.year() != null ? c.year() : fy;
            if (base == year - 1) continue;
            // the change and its rate are two facts of one comparison: one finding
            String key = f.page() + "|" + base + "|" + q.substring(0, end);
            if (!seen.add(key)) continue;
            List<org.fiscallens.model.Evidence> ev = List.of(in != null ? ctx.text().evidence(in, q)
                    : new org.fiscallens.model.Evidence(f.page(), q, f.box(), null, null, null));
            if (base == year) {
                // 决算数比（2023年）年初预算: a year's outcome against its own budget
                if (BUDGET_BASES.contains(c.base()) && !(ctx.isBudget() && year == fy)) continue;
                ctx.report(BASE, "增减以" + base + "年为基期，与所述" + year + "年度本身相比；上年应为" + (year - 1) + "年", null, ev);
            } else if (base > year) {
                ctx.report(BASE, "增减以" + base + "年为基期，晚于所述" + year + "年度；上年应为" + (year - 1) + "年", null, ev);
            } else {
                ctx.report(BASE, ctx.isFinalAccounts() ? Severity.ERROR : Severity.WARNING,
                        "增减以" + base + "年为基期，所述为" + year + "年度，上年应为" + (year - 1) + "年（未说明为多年比较）", null, ev);
            }
        }
        unstated(ctx, fy, covered, seen);
    }

    /** The base read as a budget (2024年预算, 年初预算数), not the year's outturn (预算执行数) or 决算. */
    private static final Pattern BUDGET_BASE = Pattern.compile("^\\s*度?\\s*(?:部门)?(?:年初|全年|调整后)?预算(?!执行)");
    /** The base read as an outturn: 2023年决算, 2023年预算执行数, 2023年实际支出. */
    private static final Pattern OUTTURN_BASE = Pattern.compile("^\\s*度?\\s*(?:部门)?(?:预算)?(?:决算|执行|实际)");
    /** Words that make 与/同/跟 + a year a comparison. */
    private static final Pattern COMPARES = Pattern.compile("相比|相较|比较|对比|持平|一致|相同|增|减|下降|上升|变化|变动");
    /** The year before, named as such: what a clause speaks of when it names no year (上年执行数比2023年…). */
    private static final Pattern LAST_YEAR = Pattern.compile("上年|上一年|去年");

    /**
     * Comparisons with a year that no fact's claim stands for: a change stated only in words (与2024年预算持平), a
     * reason (与2016年度相比增加的原因主要是…), a template's slot (比2023年度增加（减少）XXX万元). The same base-year
     * test as for the claims: the year spoken of is the one named last before the comparison in its sentence (上年:
     * the year before the fiscal year), else the fiscal year.
     */
    private static void unstated(CheckContext ctx, int fy, java.util.Set<String> covered, java.util.Set<String> seen) {
        for (Passage p : ctx.text().all()) {
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            String t = p.text();
            for (int[] b : Numbers.sentences(t)) {
                String q = t.substring(b[0], b[1]);
                if (MULTI_YEAR.matcher(q).find()) continue;
                Matcher m = COMPARED.matcher(q);
                while (m.find()) {
                    int base = Integer.parseInt(m.group(1));
                    if (base < 1990 || base > fy + 1) continue;
                    String upTo = q.substring(0, m.end());
                    if (covered.contains(p.page() + "|" + upTo)) continue;
                    // 与/同/跟 are "and" as well (2018年计划执行情况与2019年计划草案的报告): a comparison only where its
                    // clause compares (相比, 持平, 一致, 增, 减 …)
                    if (Regexes.matches(m.group(), "^(与|同|跟).*")) {
                        String rest = q.substring(m.end());
                        int ce = 0;
                        while (ce < rest.length() && "，,。；;".indexOf(rest.charAt(ce)) < 0) ce++;
                        if (!COMPARES.matcher(rest.substring(0, ce)).find()) continue;
                    }
                    String before = q.substring(0, m.start());
                    // the clause the comparison is in: a year named in an earlier clause of a list (；) is another statement's
                    int clause = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
                    Integer stated = null;
                    Matcher y = NAMED_YEAR.matcher(before.substring(clause));
                    while (y.find()) {
                        int v = Integer.parseInt(y.group(1));
                        if (v >= 1990 && v <= fy + 1) stated = v;
                    }
                    int year = stated != null ? stated : LAST_YEAR.matcher(before.substring(clause)).find() ? fy - 1 : fy;
                    if (base == year - 1) continue;
                    boolean budgetBase = BUDGET_BASE.matcher(q.substring(m.end())).lookingAt();
                    if (base == year && budgetBase && !(ctx.isBudget() && year == fy)) continue;
                    // a budget may cite the last final accounts (2023年决算) or a year's outturn before the year before
                    if (base < year && ctx.isBudget() && OUTTURN_BASE.matcher(q.substring(m.end())).lookingAt()) continue;
                    String key = p.page() + "|" + base + "|" + upTo;
                    if (!seen.add(key)) continue;
                    List<org.fiscallens.model.Evidence> ev = List.of(ctx.text().evidence(p, q.strip()));
                    if (base == year) {
                        ctx.report(BASE, "比较以" + base + "年为基期，与所述" + year + "年度本身相比；上年应为" + (year - 1) + "年", null, ev);
                    } else if (base > year) {
                        // a later base after a year named earlier in the clause may be that year's plan or budget
                        if (stated != null) continue;
                        ctx.report(BASE, "比较以" + base + "年为基期，晚于所述" + year + "年度；上年应为" + (year - 1) + "年", null, ev);
                    } else {
                        ctx.report(BASE, ctx.isFinalAccounts() ? Severity.ERROR : Severity.WARNING,
                                "比较以" + base + "年为基期，所述为" + year + "年度，上年应为" + (year - 1) + "年（未说明为多年比较）", null, ev);
                    }
                }
            }
        }
    }

    /** The line's text lies inside a cell of a table printed on the line's page (a header cell wrapped over lines). */
    static boolean inHeaderCell(CheckContext ctx, Passage p) {
        String line = org.fiscallens.layout.Chars.compact(p.text());
        if (line.isEmpty()) return false;
        for (org.fiscallens.model.Table t : ctx.doc().tables()) {
            if (t.cells() == null || !t.pages().contains(p.page())) continue;
            for (org.fiscallens.model.Cell c : t.cells()) {
                if (c.page() != p.page() || c.text() == null) continue;
                if (org.fiscallens.layout.Chars.compact(c.text()).contains(line)) return true;
            }
        }
        return false;
    }

    private static void statements(CheckContext ctx, Passage p, int fy) {
        String t = p.text();
        for (int[] s : Numbers.sentences(t)) {
            String sentence = t.substring(s[0], s[1]);
            if (COMPARISON.matcher(sentence).find()) continue;
            if (Numbers.money(sentence).isEmpty()) continue;
            // a sentence that names the report year as well speaks of both years (我局为2019年新成立单位，不存在2018年…)
            if (namesYear(sentence, fy)) continue;
            Matcher m = YEAR_SUBJECT.matcher(sentence);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                if (y == fy || y < 1990 || y > fy + 1 || y == fy + 1) continue;
                if (NEGATED_YEAR.matcher(sentence.substring(Math.max(0, m.start() - 4), m.start())).find()) continue;
                ctx.report(STATEMENT, "陈述本年数字的句子写作" + y + "年度，报告年度为" + fy + "年", null,
                        List.of(ctx.text().evidence(p, Snip.around(sentence, m.start(), m.end(), 60))));
            }
        }
    }
}
