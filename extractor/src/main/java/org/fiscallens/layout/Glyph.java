package org.fiscallens.layout;

import org.fiscallens.model.Box;

/**
 * One character as drawn: text (usually one code point), its box in the page's upright frame, font
 * name, size in points, and the text direction relative to the upright frame (0 = reads left to right).
 * A character read by OCR carries the engine's confidence in its word (0–100); a text-layer glyph has -1.
 */
public record Glyph(String text, Box box, String font, double size, int direction, double confidence) {

    public Glyph(String text, Box box, String font, double size, int direction) {
        this(text, box, font, size, direction, -1);
    }

    public boolean isSpace() { return text.isBlank(); }

    public boolean isCjk() { return Chars.isCjk(text.codePointAt(0)); }

    /** Whether the glyph was read by OCR (and so carries a confidence). */
    public boolean ocr() { return confidence >= 0; }

    /** Font name of the glyphs of an OCR label snapped to the vocabulary: this prefix, then the raw reading. */
    public static final String SNAPPED_FONT = "OCR snapped from ";

    /** The raw OCR reading the glyphs were snapped from (the first such glyph's), or null. */
    public static String snappedFrom(java.util.List<Glyph> glyphs) {
        for (Glyph g : glyphs) if (g.font() != null && g.font().startsWith(SNAPPED_FONT)) return g.font().substring(SNAPPED_FONT.length());
        return null;
    }
}
