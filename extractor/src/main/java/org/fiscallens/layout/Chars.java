package org.fiscallens.layout;

/** Character classes used when joining glyphs into words and lines into text. */
public final class Chars {
    private Chars() {}

    /** Han ideographs, CJK punctuation and full-width forms: no space is ever inserted next to these. */
    public static boolean isCjk(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026)
                || b == Character.UnicodeBlock.KANGXI_RADICALS
                || b == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                || b == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS
                || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS;
    }

    public static boolean startsCjk(String s) { return !s.isEmpty() && isCjk(s.codePointAt(0)); }

    public static boolean endsCjk(String s) { return !s.isEmpty() && isCjk(s.codePointBefore(s.length())); }

    /** Whether two text pieces laid side by side need a space between them (only Latin/digits on both sides). */
    public static boolean needsSpace(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) return false;
        return !endsCjk(left) && !startsCjk(right);
    }

    /**
     * Folds the Kangxi radicals and CJK compatibility ideographs that some PDF fonts map Chinese
     * characters to (⽀ U+2F40 for 支, ⾦ for 金 …) back to the unified ideographs, via NFKC, and
     * full-width digits/letters to ASCII. Chinese punctuation is kept.
     */
    /** The text with every blank (space, tab, line break, ideographic space) removed. */
    public static String compact(String s) {
        return Regexes.replaceAll(s, "\\s+", "");
    }

    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (b == Character.UnicodeBlock.KANGXI_RADICALS || b == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT
                    || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                    || (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)
                    || cp == 0xFF0E || cp == 0xFF05 || cp == 0xFF0B || cp == 0x3000) {
                out.append(java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC));
            } else if (cp == 0x00A0) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
