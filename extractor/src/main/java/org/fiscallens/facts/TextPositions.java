package org.fiscallens.facts;

import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;
import org.fiscallens.model.Box;
import org.fiscallens.sections.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps character offsets of a paragraph's re-joined text back to its lines and words, so that a figure gets the
 * page and box where it is printed. The text is the lines' stripped texts in order (a blank may join them), and
 * a line's text is its words in order: both are located by forward search.
 */
public final class TextPositions {

    private record Span(int start, int end, TextLine line, Word word) {}

    private final List<Span> words = new ArrayList<>();
    private final List<Span> lines = new ArrayList<>();

    public TextPositions(Paragraph p) {
        String text = p.text();
        int cursor = 0;
        for (TextLine l : p.lines()) {
            String t = l.text().strip();
            if (t.isEmpty()) continue;
            int at = text.indexOf(t, cursor);
            if (at < 0) continue;
            lines.add(new Span(at, at + t.length(), l, null));
            String lt = l.text();
            int lead = lt.indexOf(t);
            int wc = 0;
            for (Word w : l.words()) {
                int wa = lt.indexOf(w.text(), wc);
                if (wa < 0) continue;
                int s = at + wa - lead;
                words.add(new Span(s, s + w.text().length(), l, w));
                wc = wa + w.text().length();
            }
            cursor = at + t.length();
        }
    }

    /** A word of the paragraph and the offset of its first character in the paragraph's text. */
    public record WordAt(int start, Word word) {}

    /** Every word located in the paragraph's text, in order. */
    public List<WordAt> words() {
        List<WordAt> out = new ArrayList<>(words.size());
        for (Span s : words) out.add(new WordAt(s.start, s.word));
        return out;
    }

    /** The page of the line holding offset {@code at} (the paragraph's first page if unknown). */
    public int page(int at, int fallback) {
        for (Span s : lines) if (at >= s.start && at < s.end) return s.line.page();
        for (Span s : lines) if (at < s.end) return s.line.page();
        return fallback;
    }

    /** The union of the word boxes overlapping [start, end) on the page of {@code start}. */
    public Box box(int start, int end) {
        int page = page(start, -1);
        Box box = null;
        for (Span s : words) {
            if (s.end <= start || s.start >= end || s.line.page() != page) continue;
            box = box == null ? s.word.box() : box.union(s.word.box());
        }
        if (box != null) return box;
        for (Span s : lines) {
            if (s.end <= start || s.start >= end || s.line.page() != page) continue;
            box = box == null ? s.line.box() : box.union(s.line.box());
        }
        return box;
    }
}
