package org.fiscallens.sections;

import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;
import org.fiscallens.model.Box;

import java.util.ArrayList;
import java.util.List;

/** Text lines built by hand for unit tests: runs of text in a font, one glyph per character, as a PDF would set them. */
final class SyntheticLines {
    static final double LEFT = 90, RIGHT = 506;

    private SyntheticLines() {}

    /** A line at {@code x0, top} in one size made of (font, text) runs, all in one word (no gaps). */
    static TextLine line(int page, double x0, double top, double size, String... fontAndText) {
        List<Glyph> glyphs = new ArrayList<>();
        double x = x0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < fontAndText.length; i += 2) {
            String font = fontAndText[i];
            String run = fontAndText[i + 1];
            for (int k = 0; k < run.length(); ) {
                int cp = run.codePointAt(k);
                String ch = new String(Character.toChars(cp));
                double w = cp < 0x2000 ? size * 0.5 : size;
                glyphs.add(new Glyph(ch, new Box(x, top, x + w, top + size), font, size, 0));
                x += w;
                k += Character.charCount(cp);
            }
            text.append(run);
        }
        Box box = new Box(x0, top, x, top + size);
        Word word = new Word(text.toString(), box, fontAndText[0], size, glyphs);
        return new TextLine(List.of(word), box, text.toString(), LineRole.BODY, page);
    }

    static PageLayout page(int number, List<TextLine> lines) {
        List<Glyph> glyphs = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (TextLine l : lines) {
            words.addAll(l.words());
            for (Word w : l.words()) glyphs.addAll(w.glyphs());
        }
        return new PageLayout(number, 595, 842, 0, glyphs, words, lines, List.of(), List.of(), List.of(), "text");
    }

    static List<Paragraph> paragraphs(PageLayout... pages) {
        return ParagraphBuilder.build(List.of(pages), l -> true, l -> false);
    }

    static Paragraph paragraph(TextLine... lines) {
        StringBuilder sb = new StringBuilder();
        Box box = null;
        for (TextLine l : lines) {
            sb.append(l.text());
            box = box == null ? l.box() : box.union(l.box());
        }
        return new Paragraph(sb.toString(), List.of(lines), lines[0].page(), box);
    }
}
