package org.fiscallens.checks.text;

import org.fiscallens.layout.Regexes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Roles of the figures of a sentence: a level (X支出Y万元) or a change (增加Y万元). */
public final class Clauses {
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(增加|减少|增长|下降|上升|降低|增|减|多|少|节约|超支|超出|相差|差额|变动|调增|调减|追加)(了)?[（(]?[^）)]{0,3}[）)]?\\s*$");

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

    /** The last level figure that ends at or before {@code pos}, or null. */
    public static Numbers.Num lastLevelBefore(String text, int pos) {
        Numbers.Num best = null;
        for (Numbers.Num n : levels(text)) if (n.end() <= pos) best = n;
        return best;
    }
}
