package org.fiscallens.sections;

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
            ".*(情况|说明|概况|解释|职能|职责|构成|设置|简介|事项|附件|附表|预算表|决算表|总表|明细表|支出表|收入表)$");

    private final double bodySize;
    private final boolean bodyBold;

    public HeadingDetector(double bodySize, boolean bodyBold) {
        this.bodySize = bodySize;
        this.bodyBold = bodyBold;
    }

    /** A heading recognised in a paragraph. */
    public record Heading(HeadingPattern.Numbered numbered, String title, Paragraph paragraph) {}

    public Heading detect(Paragraph p) {
        HeadingPattern.Numbered n = HeadingPattern.match(p.text());
        if (n == null) return null;
        String title = cleanTitle(n.title());
        TextLine first = p.firstLine();
        boolean emphasized = (first.isBold() && !bodyBold) || first.fontSize() > bodySize + 0.9;
        if (n.style().equals("part")) {
            return title.length() <= 60 && p.lines().size() <= 2 ? new Heading(n, title, p) : null;
        }
        if (p.lines().size() > 2 || title.isEmpty() || title.length() > MAX_TITLE) return null;
        if (AMOUNT.matcher(title).find()) return null;
        if (hasWideGap(first)) return null;
        String raw = n.title().strip();
        boolean sentence = raw.endsWith("。") || raw.endsWith("；") || raw.endsWith(";");
        boolean namesPart = SECTION_WORD.matcher(title).matches();
        if (sentence && !emphasized && !namesPart) return null;
        if (!emphasized && !namesPart && (title.contains("，") || title.contains(",")) && title.length() > 16) return null;
        return new Heading(n, title, p);
    }

    /** Title text as the model keeps it: spaces between Chinese characters removed, trailing 。：; dropped. */
    public static String cleanTitle(String t) {
        String s = t.strip().replaceAll("(?<=[^\\x00-\\x7F])\\s+|\\s+(?=[^\\x00-\\x7F])", "");
        s = s.replaceAll("\\s{2,}", " ");
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
