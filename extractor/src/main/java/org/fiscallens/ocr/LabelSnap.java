package org.fiscallens.ocr;

import org.fiscallens.checks.tables.Classifications;
import org.fiscallens.layout.Chars;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Row labels and header words of the standard tables come from a closed vocabulary: the names of the 支出功能分类
 * (with their former names) and of both 经济分类 lists, and the header words and fixed row labels of the standard
 * tables (SPEC §1, §4), all read through {@link Classifications}. An OCR reading of a label cell that is not in
 * the vocabulary is snapped to an entry when
 * <ul>
 *   <li>the row's code names that entry and the reading is within a third of the entry's length of it, or</li>
 *   <li>one entry alone is nearest and near enough: at most 1 edit for 4–6 characters, 2 for 7–10, 3 beyond
 *       (readings of 3 characters or fewer are never snapped without a code), and no other entry is as near.</li>
 * </ul>
 * A list number (一、 （一） 1.) and a 其中： before the name are kept as read. A reading holding a digit is a
 * figure or a code and is never snapped. The snapped cell keeps the raw reading ({@code Cell.ocrText}).
 */
public final class LabelSnap {
    /** A snapped label: the vocabulary text (with the reading's list number) and the raw reading. */
    public record Snapped(String text, String raw) {}

    private static final Pattern PREFIX = Pattern.compile(
            "^((?:其中[：:])?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．]|[①-⑳])?(?:其中[：:])?)");

    private static final Set<String> NAMES = new LinkedHashSet<>();
    private static final Map<String, String> BY_CODE = new HashMap<>();

    static {
        for (String[] r : Classifications.rows(Classifications.FUNCTION)) add(r[0], r[1]);
        for (String[] r : Classifications.rows(Classifications.RENAMES)) { add(null, r[1]); add(null, r[2]); }
        for (String[] r : Classifications.rows(Classifications.ECONOMIC_DEPT)) add(r[0], r[1]);
        for (String[] r : Classifications.rows(Classifications.ECONOMIC_GOV)) add(r[0], r[1]);
        for (String[] r : Classifications.rows(Classifications.TABLE_WORDS)) add(null, r[0]);
    }

    private static void add(String code, String name) {
        String n = Chars.compact(name);
        if (n.isEmpty()) return;
        NAMES.add(n);
        if (code != null && code.matches("\\d{3}(\\d{2}){0,2}")) BY_CODE.putIfAbsent(code, n);
    }

    private LabelSnap() {}

    /** Whether the text (blanks removed, list number kept) is a vocabulary entry. */
    public static boolean known(String text) {
        String t = Chars.compact(text);
        Matcher m = PREFIX.matcher(t);
        return NAMES.contains(m.find() ? t.substring(m.end()) : t);
    }

    /**
     * The reading snapped to the vocabulary, or null when it is known, holds a digit, or is not near exactly one
     * entry. {@code rowCode} is the classification code read in the same row (3, 5 or 7 digits), or null.
     */
    public static Snapped snap(String reading, String rowCode) {
        if (reading == null) return null;
        String t = Chars.compact(reading);
        if (t.isEmpty() || t.chars().anyMatch(Character::isDigit) && !PREFIX.matcher(t).lookingAt()) return null;
        Matcher m = PREFIX.matcher(t);
        String prefix = m.find() ? m.group(1) : "";
        String core = t.substring(prefix.length());
        if (core.isEmpty() || core.chars().anyMatch(Character::isDigit) || NAMES.contains(core)) return null;
        int len = core.codePointCount(0, core.length());
        if (rowCode != null) {
            String byCode = BY_CODE.get(rowCode);
            if (byCode != null) {
                int d = distance(core, byCode);
                if (d > 0 && d <= Math.max(1, byCode.codePointCount(0, byCode.length()) / 3)) return new Snapped(prefix + byCode, t);
            }
        }
        int limit = len <= 3 ? 0 : len <= 6 ? 1 : len <= 10 ? 2 : 3;
        if (limit == 0) return null;
        String best = null;
        int bestD = Integer.MAX_VALUE, ties = 0;
        for (String n : NAMES) {
            int nl = n.codePointCount(0, n.length());
            if (Math.abs(nl - len) > limit) continue;
            int d = distance(core, n);
            if (d < bestD) { bestD = d; best = n; ties = 1; }
            else if (d == bestD) ties++;
        }
        if (best == null || bestD > limit || ties > 1) return null;
        int bl = best.codePointCount(0, best.length());
        if (bestD > (bl <= 6 ? 1 : bl <= 10 ? 2 : 3)) return null;
        return new Snapped(prefix + best, t);
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1], cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] tmp = prev; prev = cur; cur = tmp;
        }
        return prev[y.length];
    }
}
