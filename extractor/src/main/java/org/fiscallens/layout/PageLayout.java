package org.fiscallens.layout;

import org.fiscallens.model.Box;

import java.util.List;

/**
 * Everything the later stages need from one page, in its upright frame (origin top-left, y down, in
 * points; a page whose text runs sideways is turned so that its text reads left to right).
 *
 * @param number      1-based physical page number
 * @param rotation    degrees the page was turned to make its text upright (page /Rotate combined with text direction)
 * @param glyphs      every drawn character
 * @param words       glyphs joined into words
 * @param lines       words joined into lines, top to bottom, with their roles
 * @param rulings     horizontal and vertical line segments (for lattice tables)
 * @param rects       filled rectangles larger than a ruling (cell shading)
 * @param images      boxes of drawn images
 * @param source      where the words came from: "text" (the PDF's text layer) or "ocr"
 * @param skipped     why the page was not read (a limit it went past, {@link org.fiscallens.pdf.Limits}), or null
 * @param unreadText  why text the page shows was not read (its content stream damaged part way, or characters that
 *                    map to nothing readable: a font or its character map damaged), or null
 */
public record PageLayout(int number, double width, double height, int rotation,
                         List<Glyph> glyphs, List<Word> words, List<TextLine> lines,
                         List<Ruling> rulings, List<Box> rects, List<Box> images, String source, String skipped,
                         String unreadText) {

    public PageLayout {
        glyphs = List.copyOf(glyphs);
        words = List.copyOf(words);
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
        rects = List.copyOf(rects);
        images = List.copyOf(images);
    }

    public PageLayout(int number, double width, double height, int rotation, List<Glyph> glyphs, List<Word> words,
                      List<TextLine> lines, List<Ruling> rulings, List<Box> rects, List<Box> images, String source) {
        this(number, width, height, rotation, glyphs, words, lines, rulings, rects, images, source, null, null);
    }

    /** A page left unread (empty) because of the given reason. */
    public static PageLayout skipped(int number, double width, double height, int rotation, String reason) {
        return new PageLayout(number, width, height, rotation, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                "text", reason, null);
    }

    public PageLayout withLines(List<TextLine> newLines) {
        return new PageLayout(number, width, height, rotation, glyphs, words, newLines, rulings, rects, images, source, skipped, unreadText);
    }

    /** A page with no text at all but an image covering much of it: a scan that needs OCR. */
    public boolean imageOnly() {
        if (!glyphs.isEmpty()) return false;
        double area = width * height;
        return images.stream().anyMatch(b -> b.width() * b.height() > 0.3 * area);
    }

    public List<TextLine> bodyLines() {
        return lines.stream().filter(l -> l.role() == LineRole.BODY).toList();
    }
}
