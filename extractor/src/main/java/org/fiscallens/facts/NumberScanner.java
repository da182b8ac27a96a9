package org.fiscallens.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of running Chinese text: amounts with thousands separators, full-width digits, blanks
 * between number and unit ("2390.8  万元", "420.89   %"), 亿元/万元/元, percentages, counts with their measure
 * word (人, 人次, 辆, 个, 台（套） …) and approximate counts (800余人, 1.4万余个). Years (2023年), dates (12月31日),
 * classification codes (2080505, （208类）), list numbers (1. 1、 (1)) and ordinals (第1季度) are not figures.
 * A bare number is a figure only where a percentage is expected (占…, 增长…, …率为): it is then kept without
 * unit and flagged {@code missing_unit}. Counts in Chinese numerals are read by {@link ChineseCounts}.
 */
public final class NumberScanner {
    private NumberScanner() {}

    /** Measure words, longest first; a 万/亿 multiplier may stand before them. */
    private static final String[] UNITS = {
            "个百分点", "百分点", "平方公里", "平方米", "个月", "人次", "批次", "场次", "台（套）", "台(套)", "台套", "小时",
            "公里", "千米", "元", "%", "人", "辆", "个", "件", "家", "笔", "台", "套", "批", "项", "次", "场", "期",
            "户", "名", "份", "篇", "条", "所", "处", "天", "年", "分", "㎡", "吨", "册", "张", "本", "座", "栋",
            "间", "亩", "倍", "岁", "周", "类", "款", "首", "部", "支", "队", "起", "宗"};

    /** A digit, ASCII or full-width. */
    private static final String D = "[0-9０-９]";
    /**
     * The integer part of a printed number: thousands separated by "," (2,940) or by a blank (2 940, only before a
     * decimal part: a blank between integers separates two numbers), else a run of digits.
     */
    private static final String INT = D + "{1,3}(?:,"  + D + "{3})+|" + D + "{1,3}(?: " + D + "{3})+(?= ?[.．] ?" + D + ")|" + D + "+";
    /** The decimal part; a line wrapped at the point leaves a blank on either side of it (2940. 05). */
    private static final String FRAC = " ?[.．] ?" + D + "+";

    /**
     * A number as this scanner reads it, for the patterns that find a figure after its phrase
     * (调整后预算为 + NUM + 万元): one capturing group; read the matched text with {@link #value}, never with a parser
     * of one's own, so that a figure reads the same in facts and in checks.
     */
    public static final String NUM = "(?<![0-9０-９.．,])((?:" + INT + ")(?:" + FRAC + ")?)(?![0-9０-９])";

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(-)?(" + INT + ")(" + FRAC + ")?(?![\\d])");

    /** The value of a number matched by {@link #NUM} (or printed alone), its printed scale kept; null when it is none. */
    public static java.math.BigDecimal value(String printed) {
        if (printed == null) return null;
        String s = fold(printed).replace(",", "").replace(" ", "").strip();
        if (!s.matches("-?\\d+(\\.\\d+)?")) return null;
        return new BigDecimal(s);
    }

    private static final Pattern SHARED_UNIT = Pattern.compile("\\s*[、和及与至到~～\\-－—]\\s*(\\d)");

    /** Context before a bare number that says a percentage is meant. */
    private static final Pattern RATE_CONTEXT = Pattern.compile(
            "(占[^，。；,;：:]{0,30}|增长|下降|上升|降低|完成[^，。；,;]{0,12}的|率为|率达|率|比重为?|比例为?)\\s*$");

    /** Maps full-width digits, ％, ． and full-width blanks to ASCII, keeping every offset. */
    public static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') c = (char) ('0' + (c - '０'));
            else if (c == '％') c = '%';
            else if (c == '．') c = '.';
            else if (c == '\u3000' || c == '\u00a0') c = ' ';
            b.append(c);
        }
        return b.toString();
    }

    public static List<Figure> scan(String text) {
        String s = fold(text);
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            int start = m.start(), numEnd = m.end();
            String intPart = m.group(2), frac = m.group(3) == null ? null : m.group(3).replace(" ", "");
            // A sign only after a non-digit and not as a range or formula dash ("1-预算").
            if (m.group(1) != null && start > 0 && !isSignContext(s.charAt(start - 1))) start++;
            String digits = (m.group(1) != null && start == m.start() ? "-" : "") + intPart.replace(",", "").replace(" ", "") + (frac == null ? "" : frac);
            int after = skipBlanks(s, numEnd);
            if (isExcluded(s, start, numEnd, after, intPart, frac)) continue;
            List<String> flags = new ArrayList<>();
            int pos = after;
            String multiplier = "";
            if (pos < s.length() && (s.charAt(pos) == '万' || s.charAt(pos) == '亿')) {
                multiplier = String.valueOf(s.charAt(pos));
                pos = skipBlanks(s, pos + 1);
            }
            if (pos < s.length() && (s.charAt(pos) == '余' || s.charAt(pos) == '多')) {
                flags.add("approximate");
                pos = skipBlanks(s, pos + 1);
            }
            String unit = null;
            int unitEnd = pos;
            for (String u : UNITS) {
                int e = matchSpaced(s, pos, u);
                if (e > 0) { unit = u; unitEnd = e; break; }
            }
            if (unit != null && !unitAllowed(s, unit, unitEnd, intPart, frac)) unit = null;
            if (unit == null && !multiplier.isEmpty()) {
                unit = multiplier; multiplier = "";
            }
            if (unit != null) unit = normaliseUnit(multiplier + unit);
            if (unit == null) {
                // "分别完成221、133笔": the first of an enumeration shares the last one's unit.
                Matcher shared = SHARED_UNIT.matcher(s).region(after, Math.min(s.length(), after + 40));
                if (shared.lookingAt()) {
                    List<Figure> next = scan(s.substring(shared.start(1)));
                    if (!next.isEmpty() && next.get(0).start() == 0 && next.get(0).unit() != null && !next.get(0).flags().contains("missing_unit")) {
                        out.add(new Figure(start, numEnd, numEnd, new BigDecimal(digits), next.get(0).unit(), flags));
                        continue;
                    }
                }
                if (!RATE_CONTEXT.matcher(s.substring(Math.max(0, start - 40), start)).find()) continue;
                if (frac == null && intPart.length() > 3) continue;
                flags.add("missing_unit");
                unitEnd = numEnd;
            }
            out.add(new Figure(start, unitEnd, numEnd, new BigDecimal(digits), unit, flags));
        }
        // Counts in Chinese numerals ("三所高校"), where no Arabic figure is.
        for (Figure c : ChineseCounts.scan(s)) {
            if (out.stream().noneMatch(f -> c.start() < f.end() && f.start() < c.end())) out.add(c);
        }
        out.sort(java.util.Comparator.comparingInt(Figure::start));
        return out;
    }

    private static boolean isSignContext(char c) {
        return !(Character.isLetterOrDigit(c) || c == ')' || c == '）');
    }

    private static boolean isExcluded(String s, int start, int numEnd, int after, String intPart, String frac) {
        char next = after < s.length() ? s.charAt(after) : '\0';
        char prev = start > 0 ? s.charAt(start - 1) : '\0';
        int prevNonBlank = start - 1;
        while (prevNonBlank >= 0 && s.charAt(prevNonBlank) == ' ') prevNonBlank--;
        char pnb = prevNonBlank >= 0 ? s.charAt(prevNonBlank) : '\0';
        boolean integer = frac == null && !intPart.contains(",");
        // Years and dates.
        if (integer && intPart.length() == 4 && (next == '年' || next == '-' && after + 1 < s.length() && Character.isDigit(s.charAt(after + 1)))) {
            int y = Integer.parseInt(intPart);
            if (y >= 1900 && y <= 2100) return true;
        }
        if (integer && (next == '月' || next == '日' || next == '号' || next == '时' && !startsWith(s, after, "时间"))) return true;
        if (integer && intPart.length() == 4 && (pnb == '【' || pnb == '〔' || pnb == '[' || pnb == '(' || pnb == '（')) {
            int y = Integer.parseInt(intPart);
            if (y >= 1900 && y <= 2100) return true;
        }
        // A list number before a year, "4.2025年部门…表" (not 4.2025 年).
        String fracDigits = frac == null ? "" : frac.replace(".", "");
        if (fracDigits.length() == 4 && intPart.length() <= 2 && next == '年' && !intPart.contains(",")) {
            int y = Integer.parseInt(fracDigits);
            if (y >= 1900 && y <= 2100) return true;
        }
        // Ordinals.
        if (pnb == '第') return true;
        // Classification codes: 7-digit, （208类）, 2080505 written alone.
        if (integer && intPart.length() >= 5 && !(after < s.length() && "元人个户家件笔次辆台套万亿".indexOf(next) >= 0)) return true;
        if (integer && (intPart.length() == 3 || intPart.length() == 5 || intPart.length() == 7) && intPart.charAt(0) == '2'
                && (next == '类' || next == '款' || next == '项') && (pnb == '(' || pnb == '（')) return true;
        // List numbers: "1." "1、" at the start or after a break, "(1)" "（1）" "①".
        if (integer && intPart.length() <= 2) {
            boolean lineStart = prevNonBlank < 0 || "。；;：:\n，,)）".indexOf(pnb) >= 0;
            if (lineStart && (next == '.' || next == '、' || next == '．') && !(after + 1 < s.length() && Character.isDigit(s.charAt(after + 1)))) return true;
            if ((pnb == '(' || pnb == '（') && (next == ')' || next == '）')) return true;
        }
        // Versions, model numbers and formula parts: "1-" immediately followed by a CJK rate name.
        if (integer && next == '-' && prev == '(' ) return true;
        if (integer && (pnb == '(' || pnb == '（') && next == '-') return true;
        return false;
    }

    private static boolean unitAllowed(String s, String unit, int unitEnd, String intPart, String frac) {
        char next = unitEnd < s.length() ? s.charAt(unitEnd) : '\0';
        switch (unit) {
            case "分": return next != '钟' && next != '别' && next != '之' && next != '配' && next != '管' && next != '类' && next != '析' && next != '为' && next != '解';
            case "年": return frac != null || intPart.length() <= 2;
            case "类", "款": return next != '）' && next != ')';
            case "次": return true;
            case "所": return next != '属' && next != '在' && next != '得';
            case "处": return next != '理' && next != '置' && next != '室' && next != '长' && next != '级';
            case "部": return next != '门' && next != '分' && next != '署' && next != '级';
            case "支": return next != '出' && next != '付' && next != '持';
            case "本": return next != '年' && next != '级' && next != '单' && next != '部';
            case "条": return next != '件' && next != '例';
            case "期": return next != '间' && next != '末' && next != '初';
            case "周": return next != '年' && next != '期';
            case "座": return next != '谈';
            case "首": return next != '问' && next != '要';
            case "队": return next != '伍';
            case "起": return next != '诉' && next != '草' && next != '来' && next != '步' && next != '点' && next != '始' && next != '到' && next != '止';
            case "宗": return next != '旨' && next != '教';
            case "张": return true;
            case "间": return false;
            default: return true;
        }
    }

    private static String normaliseUnit(String u) {
        return switch (u) {
            case "台(套)", "台套" -> "台（套）";
            case "个百分点" -> "百分点";
            default -> u;
        };
    }

    /** Matches {@code unit} at {@code pos} allowing blanks between its characters; returns the end or -1. */
    private static int matchSpaced(String s, int pos, String unit) {
        int i = pos;
        for (int k = 0; k < unit.length(); k++) {
            if (k > 0) i = skipBlanks(s, i);
            if (i >= s.length() || s.charAt(i) != unit.charAt(k)) return -1;
            i++;
        }
        return i;
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    private static boolean startsWith(String s, int i, String p) {
        return s.startsWith(p, i);
    }
}
