package org.fiscallens.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list numbers of a column of labels (一、 二、 … 二十三、) count up one by one; OCR often loses a stroke of
 * them (二 → 一, 十一 → 上一, 三 → :). A label's number is set to the one its numbered neighbours give it when two
 * of them (up to two rows away on either side, with no unnumbered label between) agree on it: 九、 ? 十一、 makes the
 * middle 十、. Anything less leaves the reading as it is: a new count from 一, a continuation page, labels without a
 * number between (a lost 、 makes one), neighbours that disagree. Numbers are never invented for unnumbered labels.
 */
public final class ListNumbers {
    /** One to three characters before 、 that are not Arabic digits: a Chinese list number as read. */
    private static final Pattern NUMBER = Pattern.compile("^([^\\d、\\s]{1,3})、");
    private static final String DIGITS = "一二三四五六七八九";

    private ListNumbers() {}

    /** The labels of one column, top to bottom, with their list numbers repaired where the count says so. */
    public static List<String> repair(List<String> labels) {
        int n = labels.size();
        boolean[] item = new boolean[n];
        Integer[] values = new Integer[n];
        for (int i = 0; i < n; i++) {
            Matcher m = labels.get(i) == null ? null : NUMBER.matcher(labels.get(i));
            if (m == null || !m.find()) continue;
            item[i] = true;
            values[i] = value(m.group(1));
        }
        List<String> out = new ArrayList<>(labels);
        for (int i = 0; i < n; i++) {
            if (!item[i]) continue;
            // the number each numbered neighbour (up to two away, with no unnumbered label between) gives this label
            java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
            for (int dir = -1; dir <= 1; dir += 2) {
                for (int d = 1; d <= 2; d++) {
                    int j = i + dir * d;
                    if (j < 0 || j >= n || !item[j]) break;
                    if (values[j] != null && values[j] - dir * d >= 1) votes.merge(values[j] - dir * d, 1, Integer::sum);
                }
            }
            Integer agreed = null;
            for (java.util.Map.Entry<Integer, Integer> e : votes.entrySet()) {
                if (e.getValue() < 2) continue;
                if (agreed != null) { agreed = null; break; }
                agreed = e.getKey();
            }
            if (agreed == null || agreed.equals(values[i])) continue;
            Matcher m = NUMBER.matcher(out.get(i));
            m.find();
            out.set(i, chinese(agreed) + out.get(i).substring(m.end(1)));
        }
        return out;
    }

    /** 一 … 九十九, or null when the characters are not a Chinese number. */
    static Integer value(String s) {
        if (s.length() == 1 && DIGITS.indexOf(s.charAt(0)) >= 0) return DIGITS.indexOf(s.charAt(0)) + 1;
        if (s.equals("十")) return 10;
        if (s.length() == 2 && s.charAt(0) == '十' && DIGITS.indexOf(s.charAt(1)) >= 0) return 10 + DIGITS.indexOf(s.charAt(1)) + 1;
        if (s.length() == 2 && s.charAt(1) == '十' && DIGITS.indexOf(s.charAt(0)) >= 1) return 10 * (DIGITS.indexOf(s.charAt(0)) + 1);
        if (s.length() == 3 && s.charAt(1) == '十' && DIGITS.indexOf(s.charAt(0)) >= 1 && DIGITS.indexOf(s.charAt(2)) >= 0)
            return 10 * (DIGITS.indexOf(s.charAt(0)) + 1) + DIGITS.indexOf(s.charAt(2)) + 1;
        return null;
    }

    static String chinese(int n) {
        if (n < 10) return String.valueOf(DIGITS.charAt(n - 1));
        int tens = n / 10, ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens - 1))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones - 1)));
    }
}
