package org.fiscallens.checks.text;

import org.fiscallens.facts.Vocabulary;
import org.fiscallens.layout.Regexes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Roles of the figures of a sentence: a level (X支出Y万元) or a change (增加Y万元). */
public final class Clauses {
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(" + Vocabulary.CHANGE + "|增|减|多|少|超出|相差|差额|变动|追加)(了)?[（(]?[^）)]{0,3}[）)]?\\s*$");

    private Clauses() {}

    /** True when the figure starting at {@code start} states a change (增加1822.77万元), not a level. */
    public static boolean isChange(String text, int start) {
        String before = text.substring(Math.max(0, start - 8), start);
        return CHANGE_BEFORE.matcher(before).find();
    }

    /** "单价100万元（含）以上设备": a threshold, not an amount spent. */
    public static boolean isThreshold(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 6));
        return Regexes.matches(after, "^(（含）|\\(含\\))?(及)?(以上|以下|以内).*");
    }

    /** The money figures of the text that state levels. */
    public static List<Numbers.Num> levels(String text) {
        List<Numbers.Num> out = new ArrayList<>();
        for (Numbers.Num n : Numbers.money(text)) if (!isChange(text, n.start()) && !isThreshold(text, n.end())) out.add(n);
        return out;
    }

    /** Bracket depth before each position of the text (（ and ( open, ） and ) close; never below 0). */
    public static int[] depths(String text) {
        int[] d = new int[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            d[i] = depth;
            char c = text.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && depth > 0) depth--;
        }
        d[text.length()] = depth;
        return d;
    }

    /**
     * True when the figure starting at {@code start} sits in a bracket that closes before {@code pos} (a breakdown
     * or aside: "费112.08万元（购置费18.2万元；运行维护费93.88万元）比上年减少…" — the 93.88 is inside, the 112.08 not).
     */
    public static boolean enclosedBefore(int[] depths, int start, int pos) {
        int min = depths[start];
        for (int i = start; i <= pos && i < depths.length; i++) min = Math.min(min, depths[i]);
        return min < depths[start];
    }

    /**
     * What a change stated at {@code changeStart} (增加/减少 X万元) is about: the last level figure before it in the
     * same bracket level (a bracketed breakdown in between is skipped). When that figure is an item of a list
     * (…A万元，其中：B万元、C万元，较上年增加…) whose list word follows another level figure, the list's head is a second
     * candidate, since the change may be about the whole; {@code certain} is false then.
     */
    public record Subject(List<Numbers.Num> candidates, boolean certain) {}

    private static final Pattern LIST_WORD = Pattern.compile("其中|主要包括|包括|具体为|具体包括|分别为|主要有");

    public static Subject subjectOfChange(String text, int changeStart) {
        int[] d = depths(text);
        List<Numbers.Num> eligible = new ArrayList<>();
        for (Numbers.Num n : levels(text)) {
            if (n.end() > changeStart) break;
            if (!enclosedBefore(d, n.start(), changeStart)) eligible.add(n);
        }
        if (eligible.isEmpty()) return new Subject(List.of(), false);
        Numbers.Num nearest = eligible.get(eligible.size() - 1);
        List<Numbers.Num> out = new ArrayList<>(List.of(nearest));
        // a change opening a sentence of its own (…支出3894.09万元，主要用于…。与上年相比增加…) is about the figure before
        boolean certain = true;
        // a list word between an earlier level figure and the nearest one: the nearest is an item, the earlier the
        // head; when earlier items of the list carry no change of their own (A万元、B万元，较上年增加…), the change may
        // be about the whole list
        java.util.regex.Matcher lw = LIST_WORD.matcher(text.substring(0, nearest.start()));
        int listAt = -1;
        while (lw.find()) listAt = lw.start();
        if (listAt >= 0) {
            Numbers.Num head = null;
            for (Numbers.Num n : eligible) if (n.end() <= listAt) head = n;
            String span = text.substring(listAt, nearest.start());
            boolean earlierItems = false;
            for (Numbers.Num n : eligible) if (n.start() > listAt && n.end() <= nearest.start()) earlierItems = true;
            boolean itemsWithChanges = false;
            for (Numbers.Num n : Numbers.money(span)) if (isChange(span, n.start())) itemsWithChanges = true;
            if (head != null && earlierItems && !itemsWithChanges && span.indexOf('。') < 0
                    && !LIST_WORD.matcher(text.substring(head.end(), listAt)).find() && sentenceGap(text, head.end(), listAt) <= 1) {
                out.add(head);
                certain = false;
            }
        }
        return new Subject(out, certain);
    }

    /** The whole a list item belongs to: the head figure before the list word, and the name printed before it. */
    public record Head(Numbers.Num figure, String name) {}

    /**
     * The head of the list the text at {@code pos} is an item of: the last list word before it in the same sentence,
     * and the last level figure before that word (in that sentence or the one before) with its name; null when
     * {@code pos} is in no list.
     */
    public static Head listHead(String text, int pos) {
        java.util.regex.Matcher lw = LIST_WORD.matcher(text.substring(0, pos));
        int listAt = -1;
        while (lw.find()) listAt = lw.start();
        if (listAt < 0 || text.substring(listAt, pos).indexOf('。') >= 0) return null;
        Numbers.Num head = null;
        for (Numbers.Num n : levels(text)) if (n.end() <= listAt) head = n;
        if (head == null || sentenceGap(text, head.end(), listAt) > 1) return null;
        int from = 0;
        for (int k = head.start() - 1; k >= 0; k--) if ("，,；;。：:".indexOf(text.charAt(k)) >= 0) { from = k + 1; break; }
        return new Head(head, text.substring(from, head.start()).strip());
    }

    private static int sentenceGap(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '。') n++;
        return n;
    }

    /** The last level figure that ends at or before {@code pos}, or null. */
    public static Numbers.Num lastLevelBefore(String text, int pos) {
        Numbers.Num best = null;
        for (Numbers.Num n : levels(text)) if (n.end() <= pos) best = n;
        return best;
    }
}
