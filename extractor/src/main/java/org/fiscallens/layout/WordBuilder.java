package org.fiscallens.layout;

import org.fiscallens.model.Box;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups upright glyphs into visual lines (by vertical overlap) and each line into words (by horizontal
 * gaps). A gap wider than {@link #WORD_GAP} of the font size, or a space glyph, ends a word; digits,
 * separators and decimal points of a number are close together and stay one word.
 */
public final class WordBuilder {
    /** Gap, as a fraction of the font size, that separates two words. */
    static final double WORD_GAP = 0.28;
    /** Gap, as a fraction of the font size, above which even Chinese words get a space in line text. */
    static final double WIDE_GAP = 1.2;

    private WordBuilder() {}

    /** A page's words and its lines (all {@link LineRole#BODY} until the furniture is marked). */
    public record Page(List<Word> words, List<TextLine> lines) {}

    /** The words and lines of a page's glyphs: the one way the pdf stage (and anything re-reading glyphs) builds them. */
    public static Page page(List<Glyph> glyphs, int pageNumber) {
        List<Word> words = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        for (List<Word> lineWords : lines(glyphs)) {
            if (lineWords.isEmpty()) continue;
            words.addAll(lineWords);
            Box lb = lineWords.get(0).box();
            for (Word w : lineWords) lb = lb.union(w.box());
            lines.add(new TextLine(lineWords, lb, lineText(lineWords), LineRole.BODY, pageNumber));
        }
        return new Page(words, lines);
    }

    /** Glyphs (any order) to lines of words, top to bottom. */
    public static List<List<Word>> lines(List<Glyph> glyphs) {
        List<Glyph> upright = new ArrayList<>();
        List<Glyph> other = new ArrayList<>();
        for (Glyph g : glyphs) (g.direction() == 0 ? upright : other).add(g);
        upright.sort(Comparator.comparingDouble((Glyph g) -> g.bottom()).thenComparingDouble(g -> g.x0()));

        List<List<Glyph>> rows = new ArrayList<>();
        List<Box> rowBoxes = new ArrayList<>();
        for (Glyph g : upright) {
            int best = -1;
            double bestOverlap = 0;
            // Only recent rows can overlap: glyphs come sorted by bottom.
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 6; i--) {
                Box rb = rowBoxes.get(i);
                double ov = rb.verticalOverlapRatio(g.box());
                double baselineGap = Math.abs(rb.bottom() - g.bottom());
                if (ov >= 0.55 && baselineGap < 0.5 * Math.max(g.size(), 1) && ov > bestOverlap) {
                    best = i;
                    bestOverlap = ov;
                }
            }
            if (best < 0) {
                rows.add(new ArrayList<>(List.of(g)));
                rowBoxes.add(g.box());
            } else {
                rows.get(best).add(g);
                rowBoxes.set(best, rowBoxes.get(best).union(g.box()));
            }
        }
        List<List<Word>> result = new ArrayList<>();
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(g -> g.x0()));
            List<Word> ws = words(row);
            if (!ws.isEmpty()) result.add(ws);
        }
        // Sideways glyphs (vertical labels) become one-glyph words, each on its own line.
        for (Glyph g : other) {
            if (!g.isSpace()) result.add(List.of(new Word(g.text(), g.box(), g.font(), g.size(), List.of(g))));
        }
        result.sort(Comparator.comparingDouble((List<Word> l) -> top(l)).thenComparingDouble(l -> l.get(0).box().x0()));
        return result;
    }

    private static double top(List<Word> line) {
        double t = Double.MAX_VALUE;
        for (Word w : line) t = Math.min(t, w.box().top());
        return t;
    }

    /** Splits one row of glyphs, sorted left to right, into words. */
    static List<Word> words(List<Glyph> row) {
        List<Word> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : row) {
            if (g.isSpace()) {
                flush(cur, out);
                prev = null;
                continue;
            }
            if (prev != null) {
                double gap = g.x0() - prev.x1();
                double size = Math.max(1, Math.min(prev.size(), g.size()));
                boolean overlapDuplicate = gap < -0.6 * size && g.text().equals(prev.text());
                if (overlapDuplicate) continue;
                if (gap > WORD_GAP * size) flush(cur, out);
            }
            cur.add(g);
            prev = g;
        }
        flush(cur, out);
        return out;
    }

    private static void flush(List<Glyph> glyphs, List<Word> out) {
        if (glyphs.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        Box box = glyphs.get(0).box();
        double size = 0;
        for (Glyph g : glyphs) {
            sb.append(g.text());
            box = box.union(g.box());
            size = Math.max(size, g.size());
        }
        out.add(new Word(sb.toString(), box, glyphs.get(0).font(), size, glyphs));
        glyphs.clear();
    }

    /** The text of a line of words: no space between Chinese words, one between Latin/digit words or across wide gaps. */
    public static String lineText(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        Word prev = null;
        for (Word w : words) {
            if (prev != null) {
                double gap = w.box().x0() - prev.box().x1();
                double size = Math.max(1, Math.min(prev.size(), w.size()));
                if (gap > WIDE_GAP * size || (gap > WORD_GAP * size * 0.5 && Chars.needsSpace(prev.text(), w.text()))) {
                    sb.append(' ');
                }
            }
            sb.append(w.text());
            prev = w;
        }
        return sb.toString();
    }
}
