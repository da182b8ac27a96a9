package org.fiscallens.sections;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.PageLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins hard-wrapped body lines into paragraphs. A line continues the paragraph when the previous
 * line ran to the right margin, this one is not indented, no heading starts here and the spacing is
 * ordinary; a paragraph may run on across a page break. Chinese text is joined without a space.
 */
public final class ParagraphBuilder {
    private ParagraphBuilder() {}

    /**
     * Lines of the body flow, in reading order. Lines that {@code include} rejects (tables, contents) are
     * left out of the text; a page whose lines were all rejected but has some still yields an empty
     * paragraph for each such page, so that sections know the pages they span.
     */
    public static List<Paragraph> build(List<PageLayout> pages, java.util.function.Predicate<TextLine> include,
                                        java.util.function.Predicate<TextLine> placeholder) {
        List<Paragraph> out = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        TextLine prev = null;
        PageMetrics prevMetrics = null;
        for (PageLayout page : pages) {
            List<TextLine> lines = page.bodyLines().stream().filter(include).toList();
            List<TextLine> held = page.bodyLines().stream().filter(placeholder).toList();
            if (!held.isEmpty()) {
                // Content of this page that is not flowing text (a table): an empty paragraph at its position.
                TextLine first = held.get(0);
                List<TextLine> before = lines.stream().filter(l -> l.box().top() < first.box().top()).toList();
                List<TextLine> after = lines.stream().filter(l -> l.box().top() >= first.box().top()).toList();
                PageMetrics bm = PageMetrics.of(lines.isEmpty() ? held : lines);
                for (TextLine line : before) {
                    if (!(prev != null && continues(prev, prevMetrics, line, bm))) flush(current, out);
                    current.add(line);
                    prev = line;
                    prevMetrics = bm;
                }
                flush(current, out);
                out.add(new Paragraph("", List.of(first), page.number(), first.box()));
                prev = null;
                lines = after;
                if (lines.isEmpty()) continue;
            }
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
        boolean samePage0 = prev.page() == line.page();
        // A part title (第二部分 …) wrapped onto a second short line in the same type is one title.
        HeadingPattern.Numbered prevNumbered = HeadingPattern.match(prev.text().strip());
        if (samePage0 && prevNumbered != null && prevNumbered.style().equals("part")
                && Math.abs(prev.fontSize() - line.fontSize()) < 0.5 && prev.isBold() == line.isBold()
                && text.length() <= 30 && !Regexes.matches(text, ".*[。，；：].*")
                && line.box().top() - prev.box().bottom() < 1.2 * size) {
            return true;
        }
        if (wrapsTitle(prev, pm, line, m)) return true;
        boolean atMargin = line.box().x0() <= m.left + 1.2 * size;
        if (HeadingPattern.match(prev.text().strip()) != null && prev.box().x1() < pm.right - 2.5 * size
                && !(prev.page() == line.page() && m.indentedParagraphs && atMargin)) return false;
        if (Math.abs(prev.fontSize() - line.fontSize()) > 1.5) return false;
        if (prev.isBold() != line.isBold()) return false;
        boolean samePage = prev.page() == line.page();
        if (samePage) {
            double gap = line.box().top() - prev.box().bottom();
            if (gap > Math.max(1.2 * size, 2.2 * m.medianGap + 2)) return false;
            if (gap < -0.5 * size) return false; // overlapping: another column or a table row
        }
        // A title set large and centred over two lines is one title.
        if (samePage && prev.fontSize() >= 13 && Math.abs(prev.fontSize() - line.fontSize()) < 0.5
                && Math.abs(prev.box().centerX() - line.box().centerX()) < 2 * size
                && line.box().width() < prev.box().width()) {
            return true;
        }
        // This line must not be indented.
        if (line.box().x0() > m.left + 1.2 * size) return false;
        // The previous line must reach (nearly) the right margin of its page, unless the page marks its
        // paragraphs by indenting their first lines (then a line at the margin always continues).
        boolean reachesMargin = prev.box().x1() >= pm.right - 1.8 * Math.max(6, prev.fontSize());
        if (!reachesMargin && !(samePage && m.indentedParagraphs)) return false;
        // A line that ends a sentence at the margin may still be a paragraph end; the indentation of the
        // next line decides, as checked above.
        return true;
    }

    /**
     * The first line of a numbered paragraph that stops mid-title at the right margin goes on in the next line even
     * when that line is set in another face: a heading whose second line fell back to the body font, or a run-in
     * term (一、财政拨款：指…) whose definition wraps. The first line ends without closing punctuation; the next
     * line is not numbered, on the same page at ordinary spacing, no larger, back at the left margin (not further
     * right than the first line), and either short (the rest of a title) or in the face the first line ended in.
     */
    static boolean wrapsTitle(TextLine prev, PageMetrics pm, TextLine line, PageMetrics m) {
        if (prev.page() != line.page()) return false;
        String first = prev.text().strip();
        String text = line.text().strip();
        if (text.isEmpty() || HeadingPattern.match(first) == null || HeadingPattern.match(text) != null) return false;
        if ("。；;：:！!？?".indexOf(first.charAt(first.length() - 1)) >= 0) return false;
        double size = Math.max(6, prev.fontSize());
        if (prev.box().x1() < pm.right - 1.5 * size) return false;
        if (line.fontSize() > prev.fontSize() + 0.5 || line.fontSize() < prev.fontSize() - 2.5) return false;
        if (line.box().x0() > prev.box().x0() + 0.5 * size || line.box().x0() > m.left + 1.2 * size) return false;
        double gap = line.box().top() - prev.box().bottom();
        if (gap < -0.3 * size || gap > Math.max(1.2 * size, 2.2 * m.medianGap + 2)) return false;
        boolean shortLine = line.box().width() <= 0.6 * (pm.right - m.left);
        return shortLine || sameFace(lastGlyphFont(prev), firstCjkFont(line));
    }

    private static boolean sameFace(String a, String b) {
        return a != null && a.equals(b);
    }

    private static String lastGlyphFont(TextLine l) {
        for (int i = l.words().size() - 1; i >= 0; i--) {
            java.util.List<org.fiscallens.layout.Glyph> gs = l.words().get(i).glyphs();
            for (int j = gs.size() - 1; j >= 0; j--) if (gs.get(j).isCjk()) return gs.get(j).font();
        }
        return null;
    }

    private static String firstCjkFont(TextLine l) {
        for (org.fiscallens.layout.Word w : l.words()) for (org.fiscallens.layout.Glyph g : w.glyphs()) if (g.isCjk()) return g.font();
        return null;
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
    record PageMetrics(double left, double right, double medianGap, boolean indentedParagraphs) {
        static PageMetrics of(List<TextLine> lines) {
            double[] x0 = lines.stream().mapToDouble(l -> l.box().x0()).sorted().toArray();
            double[] x1 = lines.stream().mapToDouble(l -> l.box().x1()).sorted().toArray();
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                double g = lines.get(i).box().top() - lines.get(i - 1).box().bottom();
                if (g >= 0) gaps.add(g);
            }
            double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double left = percentile(x0, 0.1);
            long indented = lines.stream().filter(l -> {
                double d = l.box().x0() - left;
                double size = Math.max(6, l.fontSize());
                return d > 0.4 * size && d < 4.5 * size;
            }).count();
            long atMargin = lines.stream().filter(l -> Math.abs(l.box().x0() - left) <= 0.4 * Math.max(6, l.fontSize())).count();
            boolean indentedParagraphs = indented >= 2 && atMargin >= 2 && indented * 8 >= lines.size();
            return new PageMetrics(left, percentile(x1, 0.9), g.length == 0 ? 4 : g[g.length / 2], indentedParagraphs);
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) return 0;
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }

}
