package org.fiscallens.sections;

import org.fiscallens.layout.Regexes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering styles of Chinese official documents: 第X部分, 附件一、, 一、, （一）, 1. / 1、, (1), ①.
 * {@link #match} recognises a numbered line and splits number from title; whether the line is a
 * heading at all is decided by {@link HeadingDetector}.
 */
public final class HeadingPattern {

    /** A numbered line: its style id, the number as printed (without decoration) and the rest. */
    public record Numbered(String style, String number, String title) {}

    private static final String CJK_NUM = "[一二三四五六七八九十百零〇]+";
    private static final List<Object[]> STYLES = List.of(
            new Object[]{"part", Pattern.compile("^第\\s*(" + CJK_NUM + "|\\d{1,2})\\s*部\\s*分\\s*[、:：.．]?\\s*(.*)$")},
            // 附件一、…报告 / 附件2：…; not the label of an attached table (附件2-1)
            new Object[]{"attachment", Pattern.compile("^附\\s*件\\s*(" + CJK_NUM + "|\\d{1,2})(?![-－—–\\d])\\s*[、:：.．]?\\s*(.+)$")},
            new Object[]{"cjk", Pattern.compile("^(" + CJK_NUM + ")\\s*[、．.，,]\\s*(.+)$")},
            new Object[]{"paren_cjk", Pattern.compile("^[（(]\\s*(" + CJK_NUM + ")\\s*[）)]\\s*[、．.]?\\s*(.+)$")},
            new Object[]{"arabic", Pattern.compile("^(\\d{1,2})\\s*(?:[、．]|\\.(?!\\d))\\s*(.+)$")},
            new Object[]{"paren_arabic", Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[）)]\\s*[、．.]?\\s*(.+)$")},
            new Object[]{"circled", Pattern.compile("^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*(.+)$")});

    private HeadingPattern() {}

    public static Numbered match(String line) {
        String s = line.strip();
        for (Object[] st : STYLES) {
            Matcher m = ((Pattern) st[1]).matcher(s);
            if (m.matches()) {
                return new Numbered((String) st[0], Regexes.replaceAll(m.group(1), "\\s+", ""), m.group(2).strip());
            }
        }
        return null;
    }

    /** The value of a CJK or Arabic section number (一 → 1, 十二 → 12, 3 → 3, ② → 2), or -1. */
    public static int value(String number) {
        if (number == null || number.isEmpty()) return -1;
        if (number.chars().allMatch(Character::isDigit)) return Integer.parseInt(number);
        int cp = number.codePointAt(0);
        if (cp >= '①' && cp <= '⑳') return cp - '①' + 1;
        int total = 0, digit = 0;
        for (char c : number.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') d = 0;
            if (d >= 0) { digit = d; continue; }
            if (c == '十') { total += (digit == 0 ? 1 : digit) * 10; digit = 0; }
            else if (c == '百') { total += (digit == 0 ? 1 : digit) * 100; digit = 0; }
            else return -1;
        }
        return total + digit;
    }
}
