package org.fiscallens.facts;

import org.fiscallens.layout.Regexes;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normaliser of names and phrases, for facts, tables and checks alike. {@link #fold} is the base every
 * comparison of printed words shares: no whitespace, quotation marks of every kind as ", full-width brackets as
 * ( ), 其它 = 其他, 收、支 = 收支. {@link #norm} is a row or column name for equality: NFKC (full-width digits and
 * punctuation to half-width) over the fold, without a leading list number (一、 （一） 1. 1、), a trailing
 * （类）/（款）/（项） or a 其中: prefix, and with the variants SPEC lists merged (公务用车运行费 = 公务用车运行维护费,
 * 购置及运行费 = 购置及运行维护费).
 */
public final class Names {
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.]|[①-⑳])");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("\\((?:类|款|项)\\)$");
    private static final Pattern QUOTES = Pattern.compile("[“”'‘’「」]");

    private Names() {}

    /** Printed words with blanks, quotation marks, bracket widths and the 其它/收、支 variants folded. */
    public static String fold(String s) {
        if (s == null) return "";
        String t = Regexes.replaceAll(s, "\\s+", "");
        return QUOTES.matcher(t).replaceAll("\"")
                .replace('（', '(').replace('）', ')').replace("其它", "其他").replace("收、支", "收支");
    }

    /** A row or column name for equality (see the class comment). */
    public static String norm(String s) {
        if (s == null) return "";
        String t = fold(Normalizer.normalize(s, Normalizer.Form.NFKC));
        t = LEADING_NUMBER.matcher(t).replaceFirst("");
        t = LEVEL_SUFFIX.matcher(t).replaceFirst("");
        t = t.replace("运行维护费", "运行费").replace("其中:", "");
        return t;
    }

    public static boolean same(String a, String b) { return norm(a).equals(norm(b)); }

    /**
     * The characters of a normalised name, sorted, quotation marks aside: two names with the same letters are one name
     * with its words in another order (就业创业服务补贴 and 创业就业服务补贴).
     */
    public static String letters(String s) {
        int[] cp = norm(s).replace("\"", "").codePoints().sorted().toArray();
        return new String(cp, 0, cp.length);
    }
}
