package org.fiscallens.checks.text;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level figures the narrative states about the report year (收入支出总计, 本年收入合计, 财政拨款收入支出总计,
 * 一般公共预算财政拨款支出 …), read from the sentences themselves. A small internal reader meant to be replaced by
 * the model's {@code facts[]} when that stage lands: it keys figures the same way (by what they measure).
 * A figure qualified by another year (上年…, 2023年度… in a 2024 report) is not taken.
 */
public final class Figures {

    /** What a figure measures, with the phrase that introduces it. */
    public enum Key {
        TOTAL("收入支出总计", "(?<!财政拨款)(?<!拨款)(?:收入支出总计|收、支总计|收支总计)"),
        INCOME_TOTAL("本年收入合计", "(?:本年收入合计|(?<![入出拨款])收入合计)"),
        EXPENSE_TOTAL("本年支出合计", "(?:本年支出合计|(?<![入出拨款基本目])支出合计)"),
        APPROPRIATION_TOTAL("财政拨款收入支出总计", "财政拨款(?:收入支出总计|收、支总计|收支总计)"),
        APPROPRIATION_INCOME("财政拨款收入", "(?<![预算])财政拨款收入(?!支出)"),
        GENERAL_BUDGET_EXPENSE("一般公共预算财政拨款支出", "一般公共预算财政拨款支出(?:决算)?"),
        BASIC("基本支出", "(?<![拨款])基本支出"),
        PROJECT("项目支出", "(?<![拨款])项目支出"),
        GENERAL_BUDGET_BASIC("一般公共预算财政拨款基本支出", "一般公共预算财政拨款基本支出"),
        PERSONNEL("人员经费", "人员经费"),
        PUBLIC("公用经费", "(?<!日常)公用经费"),
        OFFICE_RUNNING("机关运行经费", "机关运行经费(?:支出)?");

        public final String label;
        final Pattern pattern;
        /** The same statement in a budget's words: 基本支出预算19170.50万元. */
        final Pattern budgetPattern;

        Key(String label, String phrase) {
            this.label = label;
            this.pattern = Pattern.compile(phrase + "(?:决算数|决算)?(?:均为|共计|合计|为|是|达)?[：:]?\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");
            this.budgetPattern = Pattern.compile(phrase + "(?:预算数|预算)?(?:均为|共计|合计|为|是|达)?[：:]?\\s*" + Numbers.NUM + "\\s*(亿元|万元|元)");
        }
    }

    /**
     * Which funds a figure covers: the department's all funds, or only the 一般公共预算 / 政府性基金 / 国有资本经营
     * 预算 appropriation, or the 财政拨款 (appropriations of every kind). A 基本支出 stated in "一般公共预算财政拨款支出X万元。
     * 其中：基本支出Y万元" is the general budget's, not the department's all-funds 基本支出.
     */
    public enum Scope { ALL, APPROPRIATION, GENERAL_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL }

    /** A figure, where it stands, the quote stating it and the funds it covers. */
    public record Figure(Key key, Amount amount, Passage passage, String quote, Scope scope) {
        public Figure(Key key, Amount amount, Passage passage, String quote) { this(key, amount, passage, quote, Scope.ALL); }
    }

    /**
     * The funds the figure at {@code pos} covers: the nearest fund word before it, looked for in the section titles,
     * then the head of the list it is an item of (…财政拨款支出X万元，其中：基本支出…), then its own sentence; the
     * nearer wins. A word already part of the key's own phrase (the figure's name) counts too.
     */
    static Scope scope(Passage p, String s, int pos) {
        StringBuilder ctx = new StringBuilder();
        for (String t : p.path()) ctx.append(t).append('|');
        Clauses.Head h = Clauses.listHead(s, pos);
        if (h != null) ctx.append(h.name()).append('|');
        int from = 0;
        for (int k = pos - 1; k >= 0; k--) if (s.charAt(k) == '。') { from = k + 1; break; }
        ctx.append(s, from, pos);
        // the one reading of fund words (facts stage); the nearest wins, 一般公共预算财政拨款 stays the general budget
        org.fiscallens.model.Claim.Fund f = org.fiscallens.facts.ClaimReader.nearestFund(ctx);
        return f == null ? Scope.ALL : Scope.valueOf(f.name());
    }

    private static final Pattern OTHER_PERIOD = Pattern.compile("(上年|上一年|去年|上年度|同期|年初|预算|比|较)$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

    private final Map<Key, List<Figure>> byKey = new LinkedHashMap<>();

    private Figures() {}

    public static Figures of(DocText text, Integer fiscalYear) {
        return read(text, fiscalYear, false);
    }

    /**
     * The figures a budget states for its own year (基本支出预算19170.50万元, 项目支出预算…): the same keys read with
     * 预算 where a final account says 决算. Only for a budget: in a final account the 预算 figure is the budget
     * it is compared with, not the figure of its tables.
     */
    public static Figures ofBudget(DocText text, Integer fiscalYear) {
        return read(text, fiscalYear, true);
    }

    private static Figures read(DocText text, Integer fiscalYear, boolean budget) {
        Figures f = new Figures();
        for (Passage p : text.passages()) {
            if (p.kind() != Passage.Kind.PARAGRAPH || p.under("附件") || p.under("绩效") || underUnit(p)) continue;
            String s = p.text();
            for (Key k : Key.values()) {
                Matcher m = (budget ? k.budgetPattern : k.pattern).matcher(s);
                while (m.find()) {
                    String before = s.substring(Math.max(0, m.start() - 12), m.start());
                    String near = s.substring(Math.max(0, m.start() - 4), m.start());
                    if (OTHER_PERIOD.matcher(near).find()) continue;
                    Matcher y = YEAR.matcher(before);
                    boolean otherYear = false;
                    while (y.find()) if (fiscalYear != null && Integer.parseInt(y.group(1)) != fiscalYear) otherYear = true;
                    if (otherYear) continue;
                    if (narrowerWhole(s, m.start())) continue;
                    Amount a = Amount.of(Numbers.parse(m.group(1)), Unit.parse(m.group(2)));
                    f.byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new Figure(k, a, p, m.group(), scope(p, s, m.start())));
                }
            }
        }
        return f;
    }

    /** A classification code (（302）, （20508）, 类/款/项) or a part of the department named in a head. */
    private static final Pattern NARROW_NAME = Pattern.compile("[（(]\\s*\\d{3,7}\\s*[）)]|[（(][类款项][）)]|本级|单位|中心|项目");

    /**
     * The figure is an item of a list whose whole is narrower than the department: a unit (市建筑工务署本级预算X万元，
     * 包括在职人员经费…), a classification line (对个人和家庭的补助（303）X万元，其中：人员经费…) or a project. Such a
     * figure measures that whole's part, not the department's own total, so it is not keyed.
     */
    static boolean narrowerWhole(String s, int pos) {
        Clauses.Head h = Clauses.listHead(s, pos);
        if (h == null) return false;
        for (Key k : Key.values()) {
            Matcher km = k.pattern.matcher(s);
            km.region(Math.max(0, h.figure().start() - 40), h.figure().end());
            while (km.find()) if (km.end() == h.figure().end() && !NARROW_NAME.matcher(h.name()).find()) return false;
        }
        return true;
    }

    /** A section titled by an organisation's name alone (深圳市水务局（本级）, …管理中心, …监督站): one unit's part. */
    private static final Pattern ORG_TITLE = Pattern.compile(
            "^(?:[一二三四五六七八九十]+|\\d+|[（(][一二三四五六七八九十\\d]+[）)])?\\s*[\\u4e00-\\u9fa5（）()]{2,40}?"
                    + "(局|委员会|委|办公室|办|中心|院|所|站|队|处|馆|室|校|学校|厅|署|公司|社|团|宫|园)(（本级）|\\(本级\\)|本级)?"
                    + "(（[^）]{0,30}）)?$");
    private static final Pattern FISCAL_WORD = Pattern.compile("预算|决算|支出|收入|经费|情况|说明|采购|资产|绩效|名词|解释|概况|职能|构成|公开|表");

    /**
     * The passage sits in a section about one subordinate unit (a section titled by the unit's name, its figures the
     * unit's own): its 人员经费, 基本支出 … are not the department's.
     */
    static boolean underUnit(Passage p) {
        for (String t : p.path()) {
            String title = org.fiscallens.layout.Chars.compact(t);
            if (ORG_TITLE.matcher(title).matches() && !FISCAL_WORD.matcher(title).find()) return true;
        }
        return false;
    }

    public List<Figure> get(Key k) { return byKey.getOrDefault(k, List.of()); }

    /** The first figure of the key covering the given funds, or null. */
    public Figure first(Key k, Scope scope) {
        for (Figure f : get(k)) if (f.scope() == scope) return f;
        return null;
    }

    public Figure first(Key k) {
        List<Figure> l = get(k);
        return l.isEmpty() ? null : l.get(0);
    }
}
