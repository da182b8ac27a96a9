package org.fiscallens.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a "paragraph" is really a table row or a run of table cells that reached the body flow (a table
 * without rulings): several bare numbers and hardly any sentence punctuation.
 */
final class TableLike {
    private TableLike() {}

    private static final Pattern BARE = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\d%％万元人个])");

    static boolean is(String text) {
        String t = NumberScanner.fold(text);
        Matcher m = BARE.matcher(t);
        int bare = 0;
        while (m.find()) bare++;
        long punct = t.chars().filter(c -> "，。；：、".indexOf(c) >= 0).count();
        return bare >= 3 && punct <= bare / 3;
    }
}
