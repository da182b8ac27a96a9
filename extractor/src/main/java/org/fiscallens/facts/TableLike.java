package org.fiscallens.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a "paragraph" is really a table row or a run of table cells that reached the body flow (a table
 * without rulings): several numbers standing alone (followed by a blank, another number or the end, not by a
 * unit or a word) and hardly any sentence punctuation.
 */
final class TableLike {
    private TableLike() {}

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?");

    static boolean is(String text) {
        String t = NumberScanner.fold(text);
        Matcher m = NUMBER.matcher(t);
        int bare = 0;
        while (m.find()) {
            int e = m.end();
            if (e >= t.length() || t.charAt(e) == ' ' && (e + 1 >= t.length() || Character.isDigit(t.charAt(e + 1)) || t.charAt(e + 1) == ' ')) bare++;
        }
        long punct = t.chars().filter(c -> "，。；：、".indexOf(c) >= 0).count();
        return bare >= 3 && punct <= bare / 3;
    }
}
