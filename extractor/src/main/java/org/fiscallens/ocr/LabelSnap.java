package org.fiscallens.ocr;

import org.fiscallens.domain.DomainTables;
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
 * tables (SPEC §1, §4), all read through {@link DomainTables}. An OCR reading of a label cell that is not in
 * the vocabulary is snapped to an entry when
 * <ul>
 *   <li>the row's code names that entry and the reading is within a third of the entry's length of it, or</li>
 *   <li>one entry alone is nearest and near enough: at most 1 edit for 4–6 characters (and only when Tesseract is
 *       unsure of the reading), 2 for 7–10, 3 beyond (readings of 3 characters or fewer are never snapped without
 *       a code), and no other entry is as near.</li>
 * </ul>
 * A list number (一、 （一） 1.) and a 其中： before the name are kept as read. A reading holding a digit is a
 * figure or a code and is never snapped. The snapped cell keeps the raw reading ({@code Cell.ocrText}).
 */
public final class LabelSnap {
    /** A snapped label: the vocabulary text (with the reading's list number) and the raw reading. */
    public record Snapped(String text, String raw) {}

    private static final Pattern PREFIX = Pattern.compile(
            "^((?:其中[：:])?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．]|[①-⑳])?(?:其中[：:])?)");

    /**
     * Characters Tesseract's chi_sim model gives for others in these tables, as (read, printed) pairs, seen in
     * {@code fiscal bench ocr}: 支 → 文, 决 → 诀. They break ties between equally near titles.
     */
    static final String CONFUSIONS = "文支 诀决";

    private static final Set<String> NAMES = new LinkedHashSet<>();
    private static final List<String> TITLES = new java.util.ArrayList<>();
    private static final Map<String, String> BY_CODE = new HashMap<>();

    static {
        for (String[] r : DomainTables.rows(DomainTables.FUNCTION)) add(r[0], r[1]);
        for (String[] r : DomainTables.rows(DomainTables.RENAMES)) { add(null, r[1]); add(null, r[2]); }
        for (String[] r : DomainTables.rows(DomainTables.ECONOMIC_DEPT)) add(r[0], r[1]);
        for (String[] r : DomainTables.rows(DomainTables.ECONOMIC_GOV)) add(r[0], r[1]);
        for (String[] r : DomainTables.rows(DomainTables.TABLE_WORDS)) add(null, r[0]);
        for (String[] r : DomainTables.rows(DomainTables.TABLE_TITLES)) TITLES.add(Chars.compact(r[0]));
        TITLES.sort((a, b) -> b.length() - a.length());
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
        return snap(reading, rowCode, 0);
    }

    /** Below this Tesseract confidence (0–100) a short label (4–6 characters) may be snapped without a code. */
    static final double SHORT_SURE = 90;

    /**
     * The same, with Tesseract's confidence in the reading (0–100): a short label read with confidence of
     * {@link #SHORT_SURE} or more is taken as printed unless its row's code says otherwise (当年收入 is a real
     * variant of 本年收入, one character away).
     */
    public static Snapped snap(String reading, String rowCode, double confidence) {
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
        int limit = len <= 3 || len <= 6 && confidence >= SHORT_SURE ? 0 : len <= 6 ? 1 : len <= 10 ? 2 : 3;
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

    /**
     * A line read by OCR with a standard table's title in it, one or two characters misread, corrected: only
     * substitutions (the line keeps its length, so its glyph boxes stay). A title of 7 characters or more may differ
     * by 1 (by 2 from 11 characters) anywhere in the line; a shorter one by 1 only at the end of a short line (a title
     * line, not a sentence); the last character (表) must be read as printed. The longest title that fits wins; two different corrections of the same length and
     * distance leave the line as read (unless only one of them undoes known confusions), as does a line that
     * already holds a title.
     */
    public static String title(String line) {
        if (line == null || line.length() < 4) return line;
        for (String t : TITLES) if (line.contains(t)) return line;
        String best = null;
        int bestLen = 0, bestD = Integer.MAX_VALUE;
        boolean tie = false, bestKnown = false;
        for (String t : TITLES) {
            int l = t.length();
            if (l < bestLen) break;
            int limit = l >= 11 ? 2 : 1;
            int from = l >= 7 ? 0 : line.length() - l, to = line.length() - l;
            if (l < 7 && line.length() > l + 12) continue;
            for (int at = Math.max(0, from); at <= to; at++) {
                if (line.charAt(at + l - 1) != t.charAt(l - 1)) continue; // the last character (表) as printed
                int d = 0;
                for (int i = 0; i < l && d <= limit; i++) if (line.charAt(at + i) != t.charAt(i)) d++;
                if (d > limit) continue;
                String fixed = line.substring(0, at) + t + line.substring(at + l);
                boolean known = true; // every substitution one of Tesseract's known confusions
                for (int i = 0; i < l; i++) {
                    char r = line.charAt(at + i), c = t.charAt(i);
                    if (r != c && CONFUSIONS.indexOf("" + r + c) < 0) known = false;
                }
                if (d < bestD || l > bestLen) { best = fixed; bestD = d; bestLen = l; tie = false; bestKnown = known; }
                else if (d == bestD && !fixed.equals(best)) {
                    if (known && !bestKnown) { best = fixed; bestKnown = true; tie = false; }
                    else if (known == bestKnown) tie = true;
                }
            }
        }
        return best == null || tie ? line : best;
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
