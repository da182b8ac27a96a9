package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Interval;
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

/** The narrative against itself: lists against their totals, totals against their parts, stated directions, restatements. */
public final class NarrativeInternalRules implements Rule {
    static final String CAT = "narrative_internal";
    public static final RuleInfo PARTS_SUM = new RuleInfo("narr.parts_sum", CAT, Severity.ERROR,
            "“其中/主要包括”列举的分项金额或数量之和与总数不符（区间求和）",
            "分项之和大于总数必错；“其中”列举含“其他…”项时视为穷尽，之和小于总数也必错；否则只作提示",
            "年初预算为2390.8万元…其中：2378.14万元、372.86万元、17万元（之和2768.00万元）");
    public static final RuleInfo TOTAL_ORDER = new RuleInfo("narr.total_order", CAT, Severity.ERROR,
            "说明中的总量关系：收入支出总计 ≥ 本年收入/支出合计；财政拨款收支总计 ≥ 一般公共预算财政拨款支出、财政拨款收入；本年支出合计 ≥ 基本支出、项目支出",
            "总计包含合计，合计包含其分项，违背即至少一个数字错误",
            "财政拨款收入支出总计0.3万元（一般公共预算财政拨款支出2940.05万元）");
    public static final RuleInfo DIRECTION = new RuleInfo("narr.direction", CAT, Severity.ERROR,
            "“决算数大于/小于/等于预算数”与同一项的年初预算、支出决算数字不符",
            "说明的方向与数字相反，原因解释也随之失真",
            "年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因…");
    public static final RuleInfo RESTATED = new RuleInfo("narr.restated", CAT, Severity.ERROR,
            "同一总量（如一般公共预算财政拨款支出、本年支出合计）在说明中多处出现而数值不一致",
            "同一事实只能有一个数值",
            "一般公共预算财政拨款支出2940.05万元 … 一般公共预算财政拨款支出2904.05万元");

    /** Quantities that are not money: a list mixing them is an inventory, not a sum. */
    private static final Pattern NOT_MONEY_LIST = Pattern.compile("平方米|\\d\\s*(辆|台|套|人|个|件|户|宗|亩)");
    private static final Pattern STYLE_ARABIC = Pattern.compile("^\\s*\\d{1,2}\\s*[、.．]");
    private static final Pattern STYLE_PAREN_ARABIC = Pattern.compile("^\\s*[（(]\\s*\\d{1,2}\\s*[）)]");
    private static final Pattern STYLE_CJK = Pattern.compile("^\\s*[一二三四五六七八九十]{1,3}\\s*、");
    private static final Pattern STYLE_PAREN_CJK = Pattern.compile("^\\s*[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]");

    static String listStyle(String t) {
        if (STYLE_ARABIC.matcher(t).find()) return "arabic";
        if (STYLE_PAREN_ARABIC.matcher(t).find()) return "paren_arabic";
        if (STYLE_CJK.matcher(t).find()) return "cjk";
        if (STYLE_PAREN_CJK.matcher(t).find()) return "paren_cjk";
        return "none";
    }

    private static final Pattern LIST_START = Pattern.compile("(其中|主要包括|包括)[：:，,]?");
    private static final Pattern AMOUNT_KEY = Pattern.compile("([\\u4e00-\\u9fa5]{2,4})(?:为|是)\\s*$");
    private static final String[] COUNTERS = {"件", "辆", "个", "人次", "台（套）", "台(套)", "项", "家", "批次"};
    private static final Pattern DIRECTION_P = Pattern.compile(
            "(?:支出)?(决算数?|预算数?)(?:与(?:年初)?(?:预算|决算)数?)?(大于|小于|等于|高于|低于|超过|多于|少于|持平)(?:年初|全年)?(预算数?|决算数?)?");

    @Override
    public List<RuleInfo> rules() { return List.of(PARTS_SUM, TOTAL_ORDER, DIRECTION, RESTATED); }

    @Override
    public void apply(CheckContext ctx) {
        List<Passage> ps = ctx.text().passages();
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i);
            if (p.kind() != Passage.Kind.PARAGRAPH) continue;
            moneyLists(ctx, ps, i);
            countLists(ctx, p);
        }
        directions(ctx);
        totalOrder(ctx);
        restated(ctx);
        restatedParts(ctx);
    }

    // ---- lists ------------------------------------------------------------------------------------

    /** A list of reasons (主要原因包括：…) explains a change; its figures are not parts of a level. */
    private static final Pattern REASON_BEFORE = Pattern.compile("(原因|因素|理由)(主要)?$");
    /** A figure named as what another is compared with (比2025年初预算数X万元, 较上年预算X万元): not a part. */
    private static final Pattern COMPARED_WITH = Pattern.compile("(比|较|相比|同比|对比|相较)[^，,；;。、：:]*$");
    /** A residual item (其他收入, 其他支出, 其他): it makes a 其中 list exhaustive. */
    private static final Pattern RESIDUAL_ITEM = Pattern.compile("^(其他|其它)[\\u4e00-\\u9fa5]{0,4}$");

    /**
     * Inline lists: a total, a list word (其中/主要包括/包括) and items with amounts. What the sentence means decides
     * which figures are parts: the list inside a bracket ends with the bracket; a list without a colon ends with its
     * clause (“；”); a colon list whose first “；” piece holds several items ends there too (the “；” closes the list),
     * otherwise each “；” piece is an item, until a piece states the other flow (the total is income, the piece
     * speaks of expenditure: a parallel statement, not a part). Within the list, a figure in brackets (a breakdown of
     * an item), after a nested list word (an item's own parts), named as a comparison (比上年预算数X万元), or stating a
     * change is not a part. A list whose first item carries no amount lists things, not money.
     */
    private static void moneyLists(CheckContext ctx, List<Passage> ps, int i) {
        Passage p = ps.get(i);
        String t = p.text();
        int[] depth = Clauses.depths(t);
        Matcher m = LIST_START.matcher(t);
        while (m.find()) {
            boolean exhaustiveWord = m.group(1).equals("其中");
            String rest = t.substring(m.end()).strip();
            if (rest.isEmpty()) {
                paragraphList(ctx, ps, i, m, exhaustiveWord);
                continue;
            }
            if (REASON_BEFORE.matcher(t.substring(Math.max(0, m.start() - 6), m.start())).find()) continue;
            Numbers.Num total = null, lastMoney = null;
            for (Numbers.Num n : Numbers.money(t)) {
                if (n.end() > m.start()) break;
                if (Clauses.enclosedBefore(depth, n.start(), m.start())) continue;
                lastMoney = n;
                if (!Clauses.isChange(t, n.start()) && !Clauses.isThreshold(t, n.end())) total = n;
            }
            if (total == null) continue;
            // the figure just before the list word is a change (较上年增加X万元，主要包括…): the list explains the change
            if (lastMoney != total) continue;
            // the figure before the list word is itself an item of an enumeration (…：A万元、B万元；其中… or
            // 收入包括：…、C万元。支出包括：…) and a clause break stands between: the list belongs to another whole
            if (enumerationItem(t, total.start()) && Regexes.matches(t.substring(total.end(), m.start()), "(?s).*[；;。].*")) continue;
            // the list word has a subject of its own naming the other flow (…收入X万元。支出包括：…)
            String subject = t.substring(clauseStart(t, m.start()), m.start());
            String subjectFlow = flow(subject), wholeFlow = flow(t.substring(clauseStart(t, total.start()), total.start()));
            if (subjectFlow != null && wholeFlow != null && !subjectFlow.equals(wholeFlow)) continue;
            int end = listEnd(t, depth, m);
            String list = t.substring(m.end(), end);
            if (NOT_MONEY_LIST.matcher(list).find() || list.contains("总计")) continue;
            List<Amount> parts = new ArrayList<>();
            boolean other = false;
            int[] d = Clauses.depths(list);
            int base = d[0];
            String totalFlow = flow(t.substring(clauseStart(t, total.start()), total.start()));
            List<int[]> pieces = pieces(list, d, base, m.group().endsWith("：") || m.group().endsWith(":"));
            boolean things = false, parallel = false;
            for (int j = 0; j < pieces.size() && !things && !parallel; j++) {
                int[] pc = pieces.get(j);
                String piece = list.substring(pc[0], pc[1]);
                int[] pd = java.util.Arrays.copyOfRange(d, pc[0], pc[1] + 1);
                boolean any = false;
                for (Numbers.Num n : itemFigures(piece, pd, base)) {
                    String name = itemName(piece, n.start());
                    if (j == 0 && !any && n.start() > firstSeparator(piece)) { things = true; break; }
                    String f = flow(name);
                    if (j > 0 && !any && totalFlow != null && f != null && !f.equals(totalFlow)) { parallel = true; break; }
                    parts.add(n.amount());
                    any = true;
                    if (RESIDUAL_ITEM.matcher(name).find()) other = true;
                }
            }
            if (things) continue;
            if (parts.size() < 2) continue;
            if (sentenceOf(t, total.start()) < sentenceOf(t, m.start()) - 1) continue;
            // a list that ends with 等 (…等) names examples, never all the parts
            boolean etc = Regexes.matches(list.strip(), ".*等[。；;，,]?$");
            // 其中主要…/其中重点…: the list names the main items, not all of them
            if (Regexes.matches(list.strip(), "^[：:，,]?\\s*(主要|重点|部分|大部分|较大)(?s).*")) etc = true;
            String q = Snip.pad(t, total.start(), Math.min(t.length(), end + 1), 0);
            verdict(ctx, p, total.amount(), parts, exhaustiveWord && other && !etc, exhaustiveWord, q);
        }
    }

    /** Where the list opened at {@code m} ends: its bracket's close, its sentence's end, or its clause's end. */
    private static int listEnd(String t, int[] depth, Matcher m) {
        int level = depth[m.start()];
        boolean colon = m.group().endsWith("：") || m.group().endsWith(":");
        for (int k = m.end(); k < t.length(); k++) {
            if (depth[k + 1] < level) return k;                       // the bracket the list sits in closes
            if (depth[k] != level) continue;
            char c = t.charAt(k);
            if (c == '。') return k;
            if ((c == '；' || c == ';') && !colon) return k;
        }
        return t.length();
    }

    /**
     * The items of a list text as [start, end) spans: “；” pieces when the list has a colon and its first piece holds
     * at most one amount; otherwise the text up to the first “；” as one span (items separated by “，”/“、”).
     */
    private static List<int[]> pieces(String list, int[] d, int base, boolean colon) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < list.length(); k++) {
            char c = list.charAt(k);
            if (d[k] == base && (c == '；' || c == ';')) { out.add(new int[]{from, k}); from = k + 1; }
        }
        out.add(new int[]{from, list.length()});
        if (out.size() > 1) {
            String firstPiece = list.substring(out.get(0)[0], out.get(0)[1]);
            int amounts = 0;
            int[] fd = java.util.Arrays.copyOfRange(d, out.get(0)[0], out.get(0)[1] + 1);
            amounts = itemFigures(firstPiece, fd, base).size();
            if (!colon || amounts > 1) return List.of(out.get(0));
        }
        return out;
    }

    /**
     * The figures of a list piece that can be parts: at the list's bracket level, before a nested list word, not a
     * change, a threshold or a figure named as what something is compared with.
     */
    private static List<Numbers.Num> itemFigures(String piece, int[] pd, int base) {
        Matcher nested = LIST_START.matcher(piece);
        int nestedAt = nested.find() ? nested.start() : piece.length();
        // a colon right after an item's amount (…504.98万元：货物480.50万元、…) opens that item's own breakdown
        for (Numbers.Num n : Numbers.money(piece)) {
            if (n.end() >= nestedAt) break;
            if (Regexes.matches(piece.substring(n.end()), "^\\s*[：:](?s).*")) { nestedAt = n.end(); break; }
        }
        List<Numbers.Num> out = new ArrayList<>();
        for (Numbers.Num n : Numbers.money(piece)) {
            if (n.start() >= nestedAt) break;
            if (pd[n.start()] > base || Clauses.isChange(piece, n.start()) || Clauses.isThreshold(piece, n.end())) continue;
            String before = piece.substring(Math.max(0, n.start() - 12), n.start());
            if (before.contains("以上") || before.contains("以下")) continue;
            if (COMPARED_WITH.matcher(piece.substring(previousMark(piece, n.start()), n.start())).find()) continue;
            out.add(n);
        }
        return out;
    }

    /** The first item separator of a piece (，、；), or its length. */
    private static int firstSeparator(String piece) {
        for (int k = 0; k < piece.length(); k++) if ("，,、；;".indexOf(piece.charAt(k)) >= 0) return k;
        return piece.length();
    }

    private static int previousMark(String s, int pos) {
        for (int k = pos - 1; k >= 0; k--) if ("，,；;。、：:".indexOf(s.charAt(k)) >= 0) return k + 1;
        return 0;
    }

    /** The figure at {@code pos} is an item of an enumeration: its clause opens with “、” after an earlier item. */
    static boolean enumerationItem(String t, int pos) {
        int k = previousMark(t, pos) - 1;
        return k >= 0 && t.charAt(k) == '、' || Clauses.listHead(t, pos) != null;
    }

    private static int clauseStart(String t, int pos) {
        for (int k = pos - 1; k >= 0; k--) if ("，,；;。：:".indexOf(t.charAt(k)) >= 0) return k + 1;
        return 0;
    }

    /** Whether a name speaks of income or expenditure (the later word wins: 收入安排的支出 is expenditure), or null. */
    static String flow(String name) {
        int in = name.lastIndexOf("收入");
        int out = name.lastIndexOf("支出");
        if (in < 0 && out < 0) return null;
        return in > out ? "收入" : "支出";
    }

    /** "…基本支出374.56万元，其中：" with the items in the following paragraphs of the section. */
    private static void paragraphList(CheckContext ctx, List<Passage> ps, int i, Matcher m, boolean exhaustiveWord) {
        Passage p = ps.get(i);
        String t = p.text();
        String head = t.substring(0, m.start());
        List<Numbers.Num> totals = Clauses.levels(head);
        if (totals.isEmpty()) return;
        // the items: the following paragraphs of the section numbered in the first item's style (sub-items
        // in another style are skipped); unnumbered items when the first is unnumbered
        List<Passage> items = new ArrayList<>();
        String style = null;
        String headStyle = listStyle(t);
        for (int j = i + 1; j < ps.size(); j++) {
            Passage q = ps.get(j);
            if (q.kind() != Passage.Kind.PARAGRAPH || q.section() != p.section()) break;
            String st = listStyle(q.text());
            // a sibling of the head (1. … 2. …), or a paragraph outside the items' numbering that opens a list of its
            // own (the next statement with its 其中：), ends this list; an item with its own 其中： stays an item
            if (!headStyle.equals("none") && st.equals(headStyle)) break;
            if (opensList(q.text()) && (style == null ? st.equals("none") : !st.equals(style))) break;
            if (style == null) style = st;
            if (st.equals(style)) items.add(q);
        }
        if (items.size() < 2) return;
        for (Passage it : items) if (it.text().contains("总计") || NOT_MONEY_LIST.matcher(it.text()).find()) return;
        for (Numbers.Num total : totals) {
            Matcher k = AMOUNT_KEY.matcher(head.substring(0, total.start()));
            String key = k.find() ? k.group(1) + "为" : null;
            if (key == null && total != totals.get(0)) continue;
            List<Amount> parts = new ArrayList<>();
            boolean complete = true;
            for (String s : items.stream().flatMap(it -> itemPieces(it.text()).stream()).toList()) {
                Numbers.Num found = null;
                for (Numbers.Num n : Clauses.levels(s)) {
                    if (key == null || s.substring(0, n.start()).endsWith(key)) { found = n; break; }
                }
                if (found == null) { complete = false; break; }
                parts.add(found.amount());
            }
            if (!complete) continue;
            String q = Snip.around(t, total.start(), total.end(), 80);
            verdict(ctx, p, total.amount(), parts, false, exhaustiveWord, q);
        }
    }

    /** A paragraph that ends with a list word and a colon (…支出5,093.76万元，其中：) heads a list of its own. */
    private static boolean opensList(String t) {
        return Regexes.matches(t.strip(), ".*(其中|主要包括|包括|具体为|分别为|主要用于)[：:]$");
    }

    /**
     * The items of one item paragraph: unnumbered items strung together with “；” on one paragraph (“政府性基金预算收入
     * 0万元，占0%；财政专户管理资金0万元，占0%；其他资金80万元，占0.79%；”) are one item per piece, when every piece
     * carries an amount and none opens a sub-list; otherwise the paragraph is one item.
     */
    static List<String> itemPieces(String t) {
        if (!listStyle(t).equals("none")) return List.of(t);
        List<String> pieces = new ArrayList<>();
        for (String x : Regexes.split(t, "[；;]")) if (!x.isBlank()) pieces.add(x);
        if (pieces.size() < 2) return List.of(t);
        for (String x : pieces) {
            if (Clauses.levels(x).isEmpty() || LIST_START.matcher(x).find()) return List.of(t);
        }
        return pieces;
    }

    private static void verdict(CheckContext ctx, Passage p, Amount total, List<Amount> parts, boolean exhaustive,
                                boolean qijong, String quote) {
        Verdict v = Calc.sum(total, parts, Unit.YUAN);
        if (!v.inconsistent()) return;
        Interval sumWan = Interval.sum(parts.stream().map(a -> a.in(Unit.WAN)).toList());
        String msg;
        Severity sev;
        if (v.computed().above(v.stated())) {
            msg = "所列分项之和大于总数" + total + "（分项之和约" + mid(sumWan) + "万元）";
            sev = Severity.ERROR;
        } else if (exhaustive) {
            msg = "所列分项（含“其他”项）之和小于总数" + total + "（分项之和约" + mid(sumWan) + "万元）";
            sev = Severity.ERROR;
        } else if (qijong) {
            msg = "“其中”所列分项之和小于总数" + total + "（分项之和约" + mid(sumWan) + "万元），分项可能不全";
            sev = Severity.INFO;
        } else {
            return;
        }
        ctx.report(PARTS_SUM, sev, msg, v.explain(total.toString()).replace("印 ", "总数 "), List.of(ctx.text().evidence(p, quote)));
    }

    private static String mid(Interval i) {
        return i.lo().add(i.hi()).divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
    }

    private static String itemName(String list, int numStart) {
        int s = numStart;
        while (s > 0 && "，、；：,;:".indexOf(list.charAt(s - 1)) < 0) s--;
        return list.substring(s, numStart).strip();
    }

    private static int sentenceOf(String t, int pos) {
        int n = 0;
        for (int i = 0; i < pos && i < t.length(); i++) if (t.charAt(i) == '。') n++;
        return n;
    }

    private static void countLists(CheckContext ctx, Passage p) {
        String t = p.text();
        Matcher m = LIST_START.matcher(t);
        while (m.find()) {
            if (!m.group(1).equals("其中")) continue;
            // the list runs to the end of the sentence or of the parenthesis it sits in
            int end = t.length(), depth = 0;
            for (int k = m.end(); k < t.length(); k++) {
                char ch = t.charAt(k);
                if (ch == '（' || ch == '(') depth++;
                if ((ch == '）' || ch == ')') && depth-- == 0) { end = k; break; }
                if (ch == '。') { end = k; break; }
            }
            String list = t.substring(m.end(), end);
            String head = t.substring(Math.max(0, t.lastIndexOf('。', m.start() - 1) + 1), m.start());
            for (String c : COUNTERS) {
                List<Numbers.Num> totals = Numbers.counts(head, c);
                List<Numbers.Num> parts = Numbers.counts(list, c);
                if (totals.isEmpty() || parts.size() < 2) continue;
                Numbers.Num total = totals.get(totals.size() - 1);
                long sum = 0;
                boolean other = false;
                for (Numbers.Num n : parts) {
                    sum += n.value().longValueExact();
                    if (itemName(list, n.start()).startsWith("其他")) other = true;
                }
                long tot = total.value().longValueExact();
                if (sum == tot) continue;
                Severity sev = sum > tot || other ? Severity.ERROR : Severity.WARNING;
                String q = Snip.pad(t, t.lastIndexOf('。', m.start() - 1) + 1, end, 0);
                if (q.length() > 160) q = Snip.around(t, m.start(), m.end(), 120);
                ctx.report(PARTS_SUM, sev, "“其中”所列各项之和为" + sum + c + "，总数为" + tot + c,
                        "总数 " + tot + "；分项 " + parts.stream().map(n -> n.value().toPlainString()).reduce((a, b) -> a + " + " + b).orElse("")
                                + " = " + sum + "（计数为整数，无舍入）", List.of(ctx.text().evidence(p, q)));
            }
        }
    }

    // ---- directions --------------------------------------------------------------------------------

    /**
     * "决算数大于预算数" against the figures stated before it (since the previous such phrase) in its paragraph: the last
     * budget (年初预算, 全年预算, 预算数 …) and the last actual (支出决算, 决算数, 执行数 …) as the facts stage read them
     * (facts[]: their claims' measures); the phrase's words are read from the paragraph.
     */
    private static void directions(CheckContext ctx) {
        List<org.fiscallens.model.Fact> facts = ctx.doc().facts();
        org.fiscallens.checks.text.FactPlaces pl = ctx.places();
        for (Passage p : ctx.text().passages()) {
            List<Integer> in = pl.in(p);
            if (in.isEmpty()) continue;
            String t = org.fiscallens.checks.text.FactPlaces.compact(p.text());
            Matcher m = DIRECTION_P.matcher(t);
            int prevEnd = 0;
            while (m.find()) {
                if (m.group(2).equals("持平") && t.substring(Math.max(0, m.start() - 2), m.start() + m.group().length()).contains("基本")) {
                    prevEnd = m.end();
                    continue;
                }
                int from = prevEnd;
                prevEnd = m.end();
                org.fiscallens.model.Fact budget = null, actual = null;
                for (int i : in) {
                    int end = pl.end(i);
                    if (end <= from || end > m.start()) continue;
                    org.fiscallens.model.Fact f = facts.get(i);
                    if (f.claim() == null || f.claim().relation() != org.fiscallens.model.Claim.Relation.LEVEL || f.value() == null
                            || f.unit() == null || !f.unit().endsWith("元")) continue;
                    switch (f.claim().measure()) {
                        case INITIAL_BUDGET, ADJUSTED_BUDGET, BUDGET -> budget = f;
                        case ACTUAL -> actual = f;
                        default -> { }
                    }
                }
                if (budget == null || actual == null) continue;
                boolean actualFirst = m.group(1).startsWith("决算");
                if (m.group(3) != null && m.group(3).startsWith("决算") == actualFirst && !m.group(2).equals("持平")) continue;
                Amount ba = org.fiscallens.tieout.Relations.amount(budget), aa = org.fiscallens.tieout.Relations.amount(actual);
                Interval a = aa.in(Unit.YUAN), b = ba.in(Unit.YUAN);
                Interval left = actualFirst ? a : b, right = actualFirst ? b : a;
                String word = m.group(2);
                boolean wrong = switch (word) {
                    case "大于", "高于", "超过", "多于" -> left.hi().compareTo(right.lo()) <= 0;
                    case "小于", "低于", "少于" -> left.lo().compareTo(right.hi()) >= 0;
                    case "等于", "持平" -> !left.intersects(right);
                    default -> false;
                };
                if (!wrong) continue;
                String q = Snip.pad(t, Math.max(from, m.start() - 70), m.end(), 0);
                List<Evidence> ev = List.of(ctx.text().evidence(p, q), Evidence.text(budget.page(), budget.quote(), budget.box()),
                        Evidence.text(actual.page(), actual.quote(), actual.box()));
                ctx.report(DIRECTION, word.equals("持平") ? Severity.WARNING : Severity.ERROR,
                        "说明称“" + m.group() + "”，但年初预算为" + ba + "、支出决算为" + aa,
                        compared("决算 " + aa.value().toPlainString() + " ∈ " + aa.interval() + "；预算 " + ba.value().toPlainString()
                                + " ∈ " + ba.interval(), aa, "年初预算 " + ba, ba), ev);
            }
        }
    }

    // ---- totals ------------------------------------------------------------------------------------

    /** The department's aggregates ordered by inclusion: a whole (its subject, the stem of its key) and its part. */
    private static final String[][] ORDER = {
            {"total", "income_total"}, {"total", "expenditure_total"}, {"total", "appropriation_total"},
            {"appropriation_total", "general_budget.expenditure"}, {"appropriation_total", "income.appropriation"},
            {"income_total", "income.appropriation"}, {"expenditure_total", "general_budget.expenditure"},
            {"expenditure_total", "expenditure.basic"}, {"expenditure_total", "expenditure.project"},
            {"general_budget.basic", "basic.personnel"}, {"general_budget.basic", "basic.public"}};

    /** The names of the aggregates in messages. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("total", "收入支出总计"), java.util.Map.entry("income_total", "本年收入合计"),
            java.util.Map.entry("expenditure_total", "本年支出合计"), java.util.Map.entry("appropriation_total", "财政拨款收入支出总计"),
            java.util.Map.entry("income.appropriation", "财政拨款收入"), java.util.Map.entry("general_budget.expenditure", "一般公共预算财政拨款支出"),
            java.util.Map.entry("expenditure.basic", "基本支出"), java.util.Map.entry("expenditure.project", "项目支出"),
            java.util.Map.entry("general_budget.basic", "一般公共预算财政拨款基本支出"), java.util.Map.entry("basic.personnel", "人员经费"),
            java.util.Map.entry("basic.public", "公用经费"));

    /**
     * The department's own statements of an aggregate for the report's year (facts[]: the claim's subject, the report's
     * own measure, stated in the narrative proper and not under a narrower whole), in document order.
     */
    static List<Integer> own(CheckContext ctx, String subject) {
        List<org.fiscallens.model.Fact> facts = ctx.doc().facts();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            org.fiscallens.model.Fact f = facts.get(i);
            if (f.claim() == null || !subject.equals(f.claim().subject())) continue;
            if (ctx.places().departmentOwn(i, ctx.fiscalYear(), ctx.kind())) out.add(i);
        }
        return out;
    }

    /** Whether the funds {@code whole} covers include those {@code part} covers (all ⊇ 财政拨款 ⊇ each appropriation). */
    static boolean covers(org.fiscallens.model.Claim.Fund whole, org.fiscallens.model.Claim.Fund part) {
        if (whole == null || whole == part || whole == org.fiscallens.model.Claim.Fund.ALL) return true;
        return whole == org.fiscallens.model.Claim.Fund.APPROPRIATION && part != org.fiscallens.model.Claim.Fund.ALL;
    }

    /**
     * The arithmetic of an ordering (a total below its part, 决算 against 预算 contrary to the stated direction) as data:
     * the printed figure and its interval, the figure it is compared with and its interval in the printed figure's
     * unit, and the distance between the two intervals (0 when they meet).
     */
    static org.fiscallens.checks.interval.Explanation compared(String text, Amount printed, String other, Amount with) {
        Interval p = printed.interval(), o = with.in(printed.unit());
        java.math.BigDecimal gap = o.lo().subtract(p.hi()).max(p.lo().subtract(o.hi())).max(java.math.BigDecimal.ZERO);
        return new org.fiscallens.checks.interval.Explanation(text, new org.fiscallens.model.Calculation(printed.value(),
                List.of(p.lo(), p.hi()), other, List.of(o.lo(), o.hi()), gap, printed.unit().label()));
    }

    private static void totalOrder(CheckContext ctx) {
        List<org.fiscallens.model.Fact> facts = ctx.doc().facts();
        for (String[] pair : ORDER) {
            List<Integer> bigs = own(ctx, pair[0]), smalls = own(ctx, pair[1]);
            if (bigs.isEmpty() || smalls.isEmpty()) continue;
            org.fiscallens.model.Fact big = facts.get(bigs.get(0)), small = null;
            for (int k : smalls) if (covers(big.claim().fund(), facts.get(k).claim().fund())) { small = facts.get(k); break; }
            if (small == null) continue;
            Amount ba = org.fiscallens.tieout.Relations.amount(big), sa = org.fiscallens.tieout.Relations.amount(small);
            Interval b = ba.in(Unit.YUAN), s = sa.in(Unit.YUAN);
            if (!b.below(s)) continue;
            String bl = LABELS.get(pair[0]), sl = LABELS.get(pair[1]);
            List<Evidence> ev = List.of(Evidence.text(big.page(), big.quote(), big.box()), Evidence.text(small.page(), small.quote(), small.box()));
            ctx.report(TOTAL_ORDER, "“" + bl + "”为" + ba + "，小于其组成部分“" + sl + "”" + sa,
                    compared(bl + " " + ba.value().toPlainString() + " ∈ " + ba.interval() + " < "
                            + sl + " " + sa.value().toPlainString() + " ∈ " + sa.interval(),
                            ba, "组成部分 " + sl + " " + sa + "（总额不应小于它）", sa), ev);
        }
    }

    /**
     * The same aggregate, measure, funds and year stated twice with different values: read from the tie-out (each later
     * statement tied to the first, facts[].tie fact sources). One finding per subject, the other statements attached.
     */
    private static void restated(CheckContext ctx) {
        List<org.fiscallens.model.Fact> facts = ctx.doc().facts();
        java.util.Map<Integer, List<Integer>> byFirst = new java.util.LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            org.fiscallens.model.Fact f = facts.get(i);
            if (f.tie() == null) continue;
            for (org.fiscallens.model.TieSource s : f.tie().sources()) {
                if (s instanceof org.fiscallens.model.TieSource.FactRef r && !r.agrees() && r.index() < i) {
                    byFirst.computeIfAbsent(r.index(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (java.util.Map.Entry<Integer, List<Integer>> e : byFirst.entrySet()) {
            org.fiscallens.model.Fact first = facts.get(e.getKey());
            org.fiscallens.model.Fact o = facts.get(e.getValue().get(0));
            Amount a = org.fiscallens.tieout.Relations.amount(first), b = org.fiscallens.tieout.Relations.amount(o);
            Verdict v = Calc.equal(b, a, Unit.YUAN);
            String name = first.label() == null ? first.subject() : first.label();
            StringBuilder msg = new StringBuilder("“" + name + "”前后两处数值不同：" + a + " 与 " + b);
            for (int k : e.getValue().subList(1, e.getValue().size())) msg.append("；另一处为").append(org.fiscallens.tieout.Relations.amount(facts.get(k)));
            List<Evidence> ev = new ArrayList<>();
            ev.add(Evidence.text(first.page(), first.quote(), first.box()));
            for (int k : e.getValue()) ev.add(Evidence.text(facts.get(k).page(), facts.get(k).quote(), facts.get(k).box()));
            ctx.report(RESTATED, msg.toString(), v.explain(b.toString()), ev);
        }
    }
    /**
     * The department's own 基本支出, 人员经费 and 公用经费 stated twice with different values (facts[]: the tie-out restates
     * the totals only; a unit's or a classification line's figures are not the department's, see
     * {@link org.fiscallens.checks.text.FactPlaces#departmentOwn}).
     */
    private static void restatedParts(CheckContext ctx) {
        List<org.fiscallens.model.Fact> facts = ctx.doc().facts();
        for (String k : new String[]{"general_budget.basic", "basic.personnel", "basic.public"}) {
            List<Integer> l = own(ctx, k);
            if (l.size() < 2) continue;
            org.fiscallens.model.Fact first = facts.get(l.get(0));
            Amount a = org.fiscallens.tieout.Relations.amount(first);
            for (int j : l.subList(1, l.size())) {
                org.fiscallens.model.Fact o = facts.get(j);
                Amount b = org.fiscallens.tieout.Relations.amount(o);
                Verdict v = Calc.equal(b, a, Unit.YUAN);
                if (!v.inconsistent()) continue;
                ctx.report(RESTATED, "“" + LABELS.get(k) + "”前后两处数值不同：" + a + " 与 " + b, v.explain(b.toString()),
                        List.of(Evidence.text(first.page(), first.quote(), first.box()), Evidence.text(o.page(), o.quote(), o.box())));
                break;
            }
        }
    }
}
