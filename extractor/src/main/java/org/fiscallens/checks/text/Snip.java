package org.fiscallens.checks.text;

/**
 * Verbatim quotes cut from a passage around a match: the clause it sits in, and as many neighbouring clauses of
 * its sentence as fit in a few dozen characters. A quote is cut only at a clause boundary (after ，；：, or
 * before one), never inside a number or a name; a single clause longer than the budget is cut where a word
 * surely ends (before a figure, after its unit, at 、 or a bracket), or kept whole.
 */
public final class Snip {
    private Snip() {}

    /** Ends a sentence: the quote never runs past it. */
    private static boolean stop(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
    }

    /** Ends a clause within a sentence (a comma between digits is a thousands separator, not a clause mark). */
    private static boolean clauseMark(String t, int i) {
        char c = t.charAt(i);
        if (c == '，' || c == '：' || c == ':') return true;
        if (c == ',') return !(i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1)));
        return false;
    }

    private static boolean numeric(char c) {
        return Character.isDigit(c) || c == '.' || c == ',' || c == '%' || c == '％' || c == '-' || c == '−';
    }

    /**
     * Whether a cut between {@code t[i-1]} and {@code t[i]} leaves every word whole though no clause mark is
     * there: just before a figure that follows text, just after a unit that ends a figure (万元, 元, %, 人 …), or
     * at 、, a space or a bracket.
     */
    static boolean wordBoundary(String t, int i) {
        if (i <= 0 || i >= t.length()) return true;
        char a = t.charAt(i - 1), b = t.charAt(i);
        if (a == '、' || b == '、' || Character.isWhitespace(a) || Character.isWhitespace(b)) return true;
        if (a == '）' || a == ')' || b == '（' || b == '(' || a == '”' || b == '“') return true;
        if (numeric(a) && numeric(b)) return false;
        if (Character.isDigit(b) && !numeric(a)) return true;          // text | 2390.8
        if (a == '%' || a == '％') return !numeric(b);                  // 420.89% | 主要
        if (i >= 2 && (a == '元' || a == '人' || a == '次' || a == '个' || a == '辆' || a == '项')) {
            int j = i - 1;
            if (a == '元' && j > 0 && (t.charAt(j - 1) == '万' || t.charAt(j - 1) == '亿')) j--;
            return j > 0 && Character.isDigit(t.charAt(j - 1));        // 1822.77万元 | 增长
        }
        return false;
    }

    /**
     * The sentence around [start, end) when it fits in {@code max} characters; else the clauses around the match
     * that fit (at least the match's own clause), never cut inside a word.
     */
    public static String around(String text, int start, int end, int max) {
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        int sl = start, sr = end;
        while (sl > 0 && !stop(text.charAt(sl - 1))) sl--;
        while (sr < text.length() && !stop(text.charAt(sr))) sr++;
        int sentenceEnd = sr < text.length() && (text.charAt(sr) == '。' || text.charAt(sr) == '；') ? sr + 1 : sr;
        if (sentenceEnd - sl <= max) return text.substring(sl, sentenceEnd).strip();
        // the match's own clause
        int l = start, r = end;
        while (l > sl && !clauseMark(text, l - 1)) l--;
        while (r < sr && !clauseMark(text, r)) r++;
        if (r - l > max) return cutInClause(text, l, r, start, end, max);
        // add whole clauses on either side while they fit, the preceding one first
        while (true) {
            int nl = l, nr = r;
            if (l > sl) { nl = l - 1; while (nl > sl && !clauseMark(text, nl - 1)) nl--; }
            if (r < sr) { nr = r + 1; while (nr < sr && !clauseMark(text, nr)) nr++; }
            boolean left = nl < l && r - nl <= max, right = nr > r && nr - l <= max;
            if (left) {                                                // what a figure is about precedes it
                l = nl;
            } else if (right) {
                r = nr;
            } else {
                break;
            }
        }
        if (r == sr) r = sentenceEnd;
        return text.substring(l, r).strip();
    }

    /** A clause longer than {@code max}: cut at word boundaries around the match, centred on it, or kept whole. */
    private static String cutInClause(String text, int l, int r, int start, int end, int max) {
        int room = Math.max(0, max - (end - start));
        int a = Math.max(l, start - room / 2);
        int b = Math.min(r, Math.max(end, a + max));
        a = Math.min(start, Math.max(l, b - max));
        while (a > l && !wordBoundary(text, a)) a--;                  // widen to a word's start, never narrow into it
        while (b < r && !wordBoundary(text, b)) b++;
        return text.substring(a, b).strip();
    }

    /** The text from {@code start} to {@code end}, widened by {@code pad} characters each side within the text. */
    public static String pad(String text, int start, int end, int pad) {
        int a = Math.max(0, start - pad), b = Math.min(text.length(), end + pad);
        while (a > 0 && a < start && !wordBoundary(text, a)) a--;
        while (b < text.length() && b > end && !wordBoundary(text, b)) b++;
        return text.substring(a, b).strip();
    }
}
