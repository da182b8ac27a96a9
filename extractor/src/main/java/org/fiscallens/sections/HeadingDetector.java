package org.fiscallens.sections;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;

import java.util.regex.Pattern;

/**
 * Decides whether a numbered paragraph is a heading (a title line standing alone) or a numbered
 * paragraph / list item of body text. A heading is short, carries no amounts, has no table-like gaps,
 * and does not read as a sentence, unless it is set in a heavier or larger face than the body or its
 * title names a part of the report (…情况, …说明, …概况).
 */
public final class HeadingDetector {
    static final int MAX_TITLE = 42;
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d+|\\d+\\s*(万元|元|亿元|%|％)");
    private static final Pattern SECTION_WORD = Pattern.compile(
            ".*(情况|说明|概况|解释|职能|职责|构成|设置|简介|附件|附表|预算表|决算表|总表|明细表|支出表|收入表)$");

    private final double bodySize;
    private final boolean bodyBold;
    private final String bodyFont;

    /**
     * @param bodySize the most common font size of body text
     * @param bodyBold whether body text is mostly bold
     * @param bodyFont the font most body Chinese text is set in (headings often use another face: 黑体, 楷体)
     */
    public HeadingDetector(double bodySize, boolean bodyBold, String bodyFont) {
        this.bodySize = bodySize;
        this.bodyBold = bodyBold;
        this.bodyFont = bodyFont;
    }

    /** A heading recognised in a paragraph; {@code face} is its font and size, which tells nesting levels apart. */
    public record Heading(HeadingPattern.Numbered numbered, String title, Paragraph paragraph, String face, String body) {}

    /** Whether the paragraph is set apart from body text by weight, size or typeface. */
    public boolean emphasized(Paragraph p) {
        TextLine first = p.firstLine();
        String font = first.leadingCjkFont();
        return (first.isBold() && !bodyBold) || first.fontSize() > bodySize + 0.9
                || (font != null && bodyFont != null && !font.equals(bodyFont));
    }

    /**
     * An unnumbered title standing alone in larger type (a chapter title such as 名词解释 or 部门预算编制说明):
     * it ends the numbered sections before it.
     */
    public boolean isUnnumberedTitle(Paragraph p) {
        if (p.lines().size() > 2 || HeadingPattern.match(p.text()) != null) return false;
        String t = p.text().strip();
        if (t.length() > 30 || Regexes.matches(t, ".*[。，；,;：:].*") || AMOUNT.matcher(t).find()) return false;
        // A title has words: at least four Chinese characters (not a table number such as 公开02表).
        if (t.codePoints().filter(Chars::isCjk).count() < 4) return false;
        return p.firstLine().fontSize() >= bodySize + 1.5;
    }

    /** Whether a title names a part of the report (…情况, …说明, …预算表) rather than a thing (a unit, an office). */
    public static boolean namesPart(String title) {
        return SECTION_WORD.matcher(title).matches();
    }

    /** The typeface and size of a paragraph's first line, as a heading's {@code face} is written. */
    public static String face(Paragraph p) {
        TextLine first = p.firstLine();
        return first.leadingCjkFont() + "@" + Math.round(first.fontSize());
    }

    public Heading detect(Paragraph p) {
        HeadingPattern.Numbered n = HeadingPattern.match(p.text());
        if (n == null) return null;
        boolean emphasized = emphasized(p);
        String rest = n.title();
        String body = "";
        int stop = rest.indexOf('。');
        if (stop > 0 && stop < rest.length() - 1 && emphasized) {
            // A run-in heading (in its own face) ends at its full stop; the body text follows on the same line.
            body = rest.substring(stop + 1).strip();
            rest = rest.substring(0, stop);
        } else if (stop > 0 && stop < rest.length() - 1) {
            return null;
        }
        String title = cleanTitle(rest);
        TextLine first = p.firstLine();
        String face = face(p);
        if (n.style().equals("part")) {
            return title.length() <= 60 && p.lines().size() <= 2 ? new Heading(n, title, p, face, body) : null;
        }
        if (title.isEmpty() || title.length() > MAX_TITLE) return null;
        if (p.lines().size() > 2 && !emphasized) return null;
        if (AMOUNT.matcher(title).find() && !emphasized) return null;
        if (hasWideGap(first)) return null;
        String raw = rest.strip();
        boolean sentence = raw.endsWith("。") || raw.endsWith("；") || raw.endsWith(";");
        boolean namesPart = SECTION_WORD.matcher(title).matches();
        if (sentence && !emphasized && !namesPart) return null;
        if (!emphasized && !namesPart && (title.contains("，") || title.contains(",")) && title.length() > 16) return null;
        // A run-in definition or statement (一、财政拨款：指…) is not a heading, whatever its face.
        int colon = Math.max(rest.indexOf('：'), rest.indexOf(':'));
        if (colon > 0 && rest.strip().length() - colon > 3) return null;
        return new Heading(n, title, p, face, body);
    }

    /** Title text as the model keeps it: spaces between Chinese characters removed, trailing 。：; dropped. */
    public static String cleanTitle(String t) {
        String s = Regexes.replaceAll(t.strip(), "(?<=[^\\x00-\\x7F])\\s+|\\s+(?=[^\\x00-\\x7F])", "");
        s = Regexes.replaceAll(s, "\\s{2,}", " ");
        while (!s.isEmpty() && "。：:；;，,、".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        return s.strip();
    }

    private static boolean hasWideGap(TextLine line) {
        Word prev = null;
        for (Word w : line.words()) {
            if (prev != null) {
                double gap = w.box().x0() - prev.box().x1();
                if (gap > 3.0 * Math.max(6, Math.min(w.size(), prev.size()))) return true;
            }
            prev = w;
        }
        return false;
    }
}
