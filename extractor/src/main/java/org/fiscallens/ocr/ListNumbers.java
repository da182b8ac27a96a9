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
        chains(out, item, values);
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

    /** What Tesseract reads for a lone 十 (its arms light or cut). */
    private static final String TEN_READ_AS = "十上士干千+tT|";

    /**
     * From two numbered labels in a row that count on (n, n + 1), the count goes on along the column, down and up,
     * through labels whose number as read ends as the expected one does (十二 read 三二, 二二 or 上上二; 十六 read 六;
     * 二十 read 一十; 十 read 上): such a number is set to the count. The count stops at the first label that is not
     * numbered or whose number ends otherwise.
     */
    private static void chains(List<String> out, boolean[] item, Integer[] values) {
        int n = out.size();
        for (int i = 0; i + 1 < n; i++) {
            if (!item[i] || !item[i + 1] || values[i] == null || values[i + 1] == null || values[i + 1] != values[i] + 1) continue;
            for (int k = i + 2, want = values[i + 1] + 1; k < n && item[k] && endsAs(out.get(k), want); k++, want++) set(out, values, k, want);
            for (int k = i - 1, want = values[i] - 1; k >= 0 && want >= 1 && item[k] && endsAs(out.get(k), want); k--, want--) set(out, values, k, want);
        }
    }

    private static boolean endsAs(String label, int want) {
        Matcher m = NUMBER.matcher(label);
        if (!m.find()) return false;
        String read = m.group(1), expected = chinese(want);
        char last = read.charAt(read.length() - 1), wantLast = expected.charAt(expected.length() - 1);
        return last == wantLast || wantLast == '十' && TEN_READ_AS.indexOf(last) >= 0;
    }

    private static void set(List<String> out, Integer[] values, int k, int value) {
        Matcher m = NUMBER.matcher(out.get(k));
        m.find();
        out.set(k, chinese(value) + out.get(k).substring(m.end(1)));
        values[k] = value;
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
