package org.fiscallens.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list numbers of a column of labels (一、 二、 … 二十三、) count up one by one; OCR often loses a stroke of
 * them (二 → 一, 十一 → 上一, 三 → :). A label's list number that breaks the count is set to the number the count
 * expects when one of the next two numbered labels confirms the count (it holds the number the count gives it);
 * a list that restarts at 一 (收入 then 支出 in one column) is confirmed by the labels after it and kept.
 * Labels without a list number of this kind are passed over; a number is never invented for them.
 */
public final class ListNumbers {
    /** One to three characters before 、 that are not Arabic digits: a Chinese list number as read. */
    private static final Pattern NUMBER = Pattern.compile("^([^\\d、\\s]{1,3})、");
    private static final String DIGITS = "一二三四五六七八九";

    private ListNumbers() {}

    /** The labels of one column, top to bottom, with their list numbers repaired where the count says so. */
    public static List<String> repair(List<String> labels) {
        List<Integer> items = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Matcher m = labels.get(i) == null ? null : NUMBER.matcher(labels.get(i));
            if (m == null || !m.find()) continue;
            items.add(i);
            values.add(value(m.group(1)));
        }
        List<String> out = new ArrayList<>(labels);
        Integer prev = null;
        for (int k = 0; k < items.size(); k++) {
            Integer v = values.get(k), next = k + 1 < items.size() ? values.get(k + 1) : null;
            int expected = prev == null ? 1 : prev + 1;
            Integer fixed = null;
            boolean nextGoesOn = next != null && v != null && next == v + 1;
            if (v == null) {
                // not a number at all: after the previous one (or before the next, when a label without a number lies between)
                if (prev == null) fixed = next != null && next > 1 ? next - 1 : null;
                else fixed = next != null && next > expected ? next - 1 : expected;
            } else if (v != expected && prev != null) {
                boolean confirmed = false;
                for (int d = 1; d <= 2 && k + d < items.size(); d++) {
                    Integer after = values.get(k + d);
                    if (after != null && after == expected + d) { confirmed = true; break; }
                }
                // the same number twice running, or a step back that is not a new count from 一, is a misread unless the
                // next number goes on from it; a step forward is kept (labels without numbers may lie between)
                if (confirmed || !nextGoesOn && (v.equals(prev) || v < expected && v != 1)) fixed = expected;
            }
            if (fixed != null && !fixed.equals(v)) {
                String label = out.get(items.get(k));
                Matcher m = NUMBER.matcher(label);
                m.find();
                out.set(items.get(k), chinese(fixed) + label.substring(m.end(1)));
                v = fixed;
            }
            prev = v;
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
