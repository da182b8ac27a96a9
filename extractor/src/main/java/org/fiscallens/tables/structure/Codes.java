package org.fiscallens.tables.structure;

import org.fiscallens.layout.Regexes;

/** 科目编码: classification codes and their level. */
public final class Codes {
    private Codes() {}

    /** Whether the text is a code part: digits only (a whole code, or a 类/款/项 piece such as "05"). */
    public static boolean isCodePart(String text) {
        return Regexes.matches(text, "\\d{2,7}");
    }

    /** Whether the text looks like a whole classification code (3, 5 or 7 digits). */
    public static boolean isWholeCode(String text) {
        return Regexes.matches(text, "\\d{3}|\\d{5}|\\d{7}");
    }

    /**
     * 类/款/项 for a 支出功能分类 code (2xx: 3/5/7 digits), 类/款 for an economic code (3xx: 3/5 digits),
     * else null.
     */
    public static String level(String code) {
        if (code == null || code.isEmpty()) return null;
        char first = code.charAt(0);
        int n = code.length();
        if (first == '2' || first == '1') {
            return n == 3 ? "类" : n == 5 ? "款" : n == 7 ? "项" : null;
        }
        if (first == '3' || first == '5') {
            return n == 3 ? "类" : n == 5 ? "款" : null;
        }
        return null;
    }
}
