package org.fiscallens.layout;

import org.fiscallens.model.Box;

import java.util.List;

/** Words on one visual line, left to right, with the line's text (CJK-aware spacing) and its role. */
public record TextLine(List<Word> words, Box box, String text, LineRole role, int page) {
    public TextLine {
        words = List.copyOf(words);
    }

    public TextLine withRole(LineRole r) { return new TextLine(words, box, text, r, page); }

    /**
     * From page, box and text only: equal lines have equal ones, and hashing every word and glyph of a line (the
     * record's default) made sets of lines a measurable part of a document's reading.
     */
    @Override
    public int hashCode() {
        return (31 * page + java.util.Objects.hashCode(box)) * 31 + java.util.Objects.hashCode(text);
    }

    /** The dominant font size of the line, weighted by characters. */
    public double fontSize() {
        double sum = 0; int n = 0;
        for (Word w : words) { sum += w.size() * w.text().length(); n += w.text().length(); }
        return n == 0 ? 0 : sum / n;
    }

    /** Whether most of the line's characters are in a bold or heiti face. */
    public boolean isBold() {
        int bold = 0, all = 0;
        for (Word w : words) { all += w.text().length(); if (w.isBold()) bold += w.text().length(); }
        return all > 0 && bold * 2 > all;
    }

    /** The font most of the line's Chinese characters are set in (digits are often in a Latin face). */
    public String cjkFont() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Word w : words) for (Glyph g : w.glyphs()) if (g.isCjk() && g.font() != null) counts.merge(g.font(), 1, Integer::sum);
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** The font of the Chinese characters before the line's first full stop (a run-in heading's face). */
    public String leadingCjkFont() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        outer:
        for (Word w : words) {
            for (Glyph g : w.glyphs()) {
                if (g.text().equals("。")) break outer;
                if (g.isCjk() && g.font() != null) counts.merge(g.font(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    public String font() {
        return words.isEmpty() ? null : words.get(0).font();
    }
}
