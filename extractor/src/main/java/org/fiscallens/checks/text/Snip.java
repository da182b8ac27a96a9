package org.fiscallens.checks.text;

/** Verbatim quotes cut from a passage around a match: the clause it sits in, at most a few dozen characters. */
public final class Snip {
    private Snip() {}

    private static boolean stop(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n';
    }

    /** The sentence around [start, end), trimmed to {@code max} characters centred on the match. */
    public static String around(String text, int start, int end, int max) {
        int s = start, e = end;
        while (s > 0 && !stop(text.charAt(s - 1)) && start - s < max / 2) s--;
        while (e < text.length() && !stop(text.charAt(e)) && e - end < max / 2) e++;
        if (e < text.length() && (text.charAt(e) == '。' || text.charAt(e) == '；')) e++;
        return text.substring(s, e).strip();
    }

    /** The text from {@code start} to {@code end}, widened by {@code pad} characters each side within the text. */
    public static String pad(String text, int start, int end, int pad) {
        return text.substring(Math.max(0, start - pad), Math.min(text.length(), end + pad)).strip();
    }
}
