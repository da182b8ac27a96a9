package org.fiscallens.ocr;

import org.fiscallens.layout.Chars;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where Tesseract's usual confusions of Chinese punctuation are undone in a line it read:
 * a dash or quote mark before a Chinese character or 、 is 一 (the one-stroke character: 一、, 一般), a line
 * that starts with 、 lost its 一; 士 inside a leading list number is 十 (二士一、); parentheses and angle
 * brackets paired with a full-width parenthesis or beside Chinese are the full-width （）; a colon after Chinese
 * is ：; a list number read with a comma (1，一般…) is 1.; in a line of numbered options, 口 and 回 closing an option
 * are its check box (□, ☑). Figures are never touched: a dash before a digit
 * stays a minus sign.
 */
public final class OcrText {
    private static final String DASHES = "-—－_‐―–~“\"'‘";
    private static final Pattern LIST_NUMBER_TEN = Pattern.compile("^([一二三四五六七八九十士]*士[一二三四五六七八九十士]*)(、)");
    /** A box OCR read as 口 (empty) or 回 (ticked), stray quote marks around it, before the next option or the end. */
    private static final Pattern CHECKBOX = Pattern.compile("(?<=[\\p{IsHan}）])[“”\"'‘’]*([口回□☑])[“”\"'‘’]*(?=\\d{1,2}、|$)");
    private static final Pattern OPTION = Pattern.compile("\\d{1,2}、");
    private static final Pattern LIST_NUMBER_COMMA = Pattern.compile("^(\\d{1,2})[，,](?=\\p{IsHan})");

    private OcrText() {}

    public static String normalise(String text) {
        String s = Chars.normalize(text);
        if (s.isEmpty()) return s;
        StringBuilder h = new StringBuilder(s);
        for (int i = 0; i + 1 < h.length(); i++) {
            char c = h.charAt(i), n = h.charAt(i + 1);
            boolean dashLike = DASHES.indexOf(c) >= 0;
            // a quote mark is 一 only at the start of a list number (“、 → 一、), a dash before any Chinese character
            boolean quote = "“\"'‘".indexOf(c) >= 0;
            if (dashLike && (n == '、' || !quote && Chars.isCjk(n)) && (i == 0 || !Character.isDigit(h.charAt(i - 1)))) h.setCharAt(i, '一');
        }
        s = h.toString();
        if (s.startsWith("、")) s = "一" + s;
        Matcher ten = LIST_NUMBER_TEN.matcher(s);
        if (ten.find()) s = ten.group(1).replace('士', '十') + s.substring(ten.end(1));
        s = LIST_NUMBER_COMMA.matcher(s).replaceFirst("$1.");
        s = brackets(s);
        s = checkboxes(s);
        StringBuilder colon = new StringBuilder(s);
        for (int i = 1; i < colon.length(); i++) if (colon.charAt(i) == ':' && Chars.isCjk(colon.charAt(i - 1))) colon.setCharAt(i, '：');
        return colon.toString();
    }

    /**
     * In a line of numbered options (1、部门预算项目 ☑ 2、市直专项 □ …: at least two), a 口 or 回 after an option and
     * before the next option or the end of the line is its box: □ empty, ☑ ticked, when one of them at least reads as
     * a box (回, or with stray marks around it). 口 elsewhere (人口, 口径) stays.
     */
    static String checkboxes(String s) {
        Matcher o = OPTION.matcher(s);
        int options = 0;
        while (o.find()) options++;
        if (options < 2) return s;
        // one box of the line at least must look like one (回 for the tick, or stray marks around it): 人口 … 出口 stays
        Matcher any = CHECKBOX.matcher(s);
        boolean boxes = false;
        while (any.find()) boxes |= any.group(1).charAt(0) != '口' || any.group().length() > 1;
        if (!boxes) return s;
        Matcher m = CHECKBOX.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            char box = m.group(1).charAt(0);
            m.appendReplacement(sb, box == '口' || box == '□' ? "□" : "☑");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** ( 〈 《 opening a pair closed by ）, or beside Chinese, are （; their closers likewise ）. */
    private static String brackets(String s) {
        if (s.chars().noneMatch(c -> "()〈〉《》".indexOf(c) >= 0)) return s;
        StringBuilder sb = new StringBuilder(s);
        boolean openWide = false; // the last opening bracket was set full-width: its closing one is too
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (c == '（') { openWide = true; continue; }
            boolean opener = c == '(' || c == '〈' || c == '《', closer = c == ')' || c == '〉' || c == '》';
            if (!opener && !closer) continue;
            boolean cjk = i > 0 && Chars.isCjk(sb.charAt(i - 1)) || i + 1 < sb.length() && Chars.isCjk(sb.charAt(i + 1));
            if (opener) {
                // 《…》 is a book title when closed by 》; a 〈 or 《 closed by ） is a misread （
                int close = closerAfter(sb, i);
                boolean wide = c == '(' ? cjk : close >= 0 && (sb.charAt(close) == '）' || sb.charAt(close) == ')');
                openWide = wide;
                if (wide) sb.setCharAt(i, '（');
            } else if (c == ')' ? cjk || openWide : openWide) {
                sb.setCharAt(i, '）');
                openWide = false;
            }
        }
        String out = sb.toString();
        // two openers read for one (《〈室）): one
        while (out.contains("（（") && out.chars().filter(c -> c == '（').count() > out.chars().filter(c -> c == '）').count()) out = out.replaceFirst("（（", "（");
        return out;
    }

    private static int closerAfter(CharSequence s, int from) {
        for (int k = from + 1; k < s.length(); k++) if (")）〉》".indexOf(s.charAt(k)) >= 0) return k;
        return -1;
    }
}
