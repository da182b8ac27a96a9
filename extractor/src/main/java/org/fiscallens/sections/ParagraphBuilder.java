package org.fiscallens.sections;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.PageLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-joins hard-wrapped body lines into paragraphs. A line continues the paragraph when the previous
 * line ran to the right margin, this one is not indented, no heading starts here and the spacing is
 * ordinary; a paragraph may run on across a page break. Chinese text is joined without a space.
 */
public final class ParagraphBuilder {
    private ParagraphBuilder() {}

    /** Lines of the body flow, in reading order, grouped per page. */
    public static List<Paragraph> build(List<PageLayout> pages, java.util.function.Predicate<TextLine> include) {
        List<Paragraph> out = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        TextLine prev = null;
        PageMetrics prevMetrics = null;
        for (PageLayout page : pages) {
            List<TextLine> lines = page.bodyLines().stream().filter(include).toList();
            if (lines.isEmpty()) continue;
            PageMetrics m = PageMetrics.of(lines);
            for (TextLine line : lines) {
                boolean cont = prev != null && continues(prev, prevMetrics, line, m);
                if (!cont) {
                    flush(current, out);
                }
                current.add(line);
                prev = line;
                prevMetrics = m;
            }
        }
        flush(current, out);
        return out;
    }

    private static boolean continues(TextLine prev, PageMetrics pm, TextLine line, PageMetrics m) {
        double size = Math.max(6, line.fontSize());
        String text = line.text().strip();
        if (text.isEmpty()) return false;
        if (HeadingPattern.match(text) != null) return false;
        if (HeadingPattern.match(prev.text().strip()) != null && prev.box().x1() < pm.right - 2.5 * size) return false;
        if (Math.abs(prev.fontSize() - line.fontSize()) > 1.5) return false;
        if (prev.isBold() != line.isBold()) return false;
        boolean samePage = prev.page() == line.page();
        if (samePage) {
            double gap = line.box().top() - prev.box().bottom();
            if (gap > Math.max(1.2 * size, 2.2 * m.medianGap + 2)) return false;
            if (gap < -0.5 * size) return false; // overlapping: another column or a table row
        }
        // The previous line must reach (nearly) the right margin of its page.
        if (prev.box().x1() < pm.right - 1.8 * Math.max(6, prev.fontSize())) return false;
        // This line must not be indented.
        if (line.box().x0() > m.left + 1.2 * size) return false;
        // A line that ends a sentence at the margin may still be a paragraph end; the indentation of the
        // next line decides, as checked above.
        return true;
    }

    private static void flush(List<TextLine> lines, List<Paragraph> out) {
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        org.fiscallens.model.Box box = null;
        for (TextLine l : lines) {
            String t = l.text().strip();
            if (sb.length() > 0 && Chars.needsSpace(sb.toString(), t)) {
                // Latin/digits across a wrap: a hyphen-free wrap of an English word or a number split by the wrap.
                char last = sb.charAt(sb.length() - 1);
                if (!(Character.isDigit(last) && Character.isDigit(t.charAt(0)))) sb.append(' ');
            }
            sb.append(t);
            if (box == null || l.page() == lines.get(0).page()) box = box == null ? l.box() : box.union(l.box());
        }
        out.add(new Paragraph(sb.toString(), lines, lines.get(0).page(), box));
        lines.clear();
    }

    /** Left and right text margins and typical inter-line gap of a page's body lines. */
    record PageMetrics(double left, double right, double medianGap) {
        static PageMetrics of(List<TextLine> lines) {
            double[] x0 = lines.stream().mapToDouble(l -> l.box().x0()).sorted().toArray();
            double[] x1 = lines.stream().mapToDouble(l -> l.box().x1()).sorted().toArray();
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                double g = lines.get(i).box().top() - lines.get(i - 1).box().bottom();
                if (g >= 0) gaps.add(g);
            }
            double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new PageMetrics(percentile(x0, 0.1), percentile(x1, 0.9), g.length == 0 ? 4 : g[g.length / 2]);
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) return 0;
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }

    static String[] split(String s) { return Arrays.stream(s.split("\n")).toArray(String[]::new); }
}
