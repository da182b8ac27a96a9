package org.fiscallens.checks.tables;

import org.fiscallens.layout.Regexes;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalised row and column names: NFKC (full-width brackets and digits to half-width), no whitespace,
 * 其它 = 其他, without a leading list number (一、 （一） 1. 1、) or a trailing （类）/（款）/（项）, and with the
 * variants SPEC lists merged (公务用车运行费 = 公务用车运行维护费, 购置及运行费 = 购置及运行维护费).
 */
public final class Names {
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十\\d]+\\)|\\d+[、.]|[①-⑳])");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("\\((?:类|款|项)\\)$");

    private Names() {}

    public static String norm(String s) {
        if (s == null) return "";
        String t = Regexes.replaceAll(Normalizer.normalize(s, Normalizer.Form.NFKC), "\\s+", "");
        t = t.replace('其', '其').replace("其它", "其他").replace('“', '"').replace('”', '"');
        t = LEADING_NUMBER.matcher(t).replaceFirst("");
        t = LEVEL_SUFFIX.matcher(t).replaceFirst("");
        t = t.replace("运行维护费", "运行费").replace("其中:", "");
        return t;
    }

    public static boolean same(String a, String b) { return norm(a).equals(norm(b)); }
}
