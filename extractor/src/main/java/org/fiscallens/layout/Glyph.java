package org.fiscallens.layout;

import org.fiscallens.model.Box;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One character as drawn: text (usually one code point), its box in the page's upright frame, font
 * name, size in points, and the text direction relative to the upright frame (0 = reads left to right).
 * A character read by OCR carries the engine's confidence in its word (0–100); a text-layer glyph has -1.
 * <p>
 * A page holds thousands of these and a long report millions, so a glyph keeps its box's four coordinates
 * itself (exactly, as doubles; {@link #box()} makes the {@link Box}) and shares its text with every other glyph
 * of the same character: half the memory of a glyph holding its own box and string (issue 17: a 5,000-page
 * report within the worker's heap).
 */
public record Glyph(String text, double x0, double top, double x1, double bottom, String font, double size, int direction,
                    double confidence) {

    /**
     * One string per character drawn (single code points; texts of several code points are kept as they are), up to
     * {@link #SHARED_TEXTS} characters: a file drawing every code point of Unicode does not grow it further.
     */
    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final int SHARED_TEXTS = 1 << 16;

    public Glyph {
        if (text != null && text.length() <= 2 && text.codePointCount(0, text.length()) == 1
                && (TEXTS.size() < SHARED_TEXTS || TEXTS.containsKey(text))) {
            String shared = TEXTS.putIfAbsent(text, text);
            if (shared != null) text = shared;
        }
    }

    public Glyph(String text, Box box, String font, double size, int direction, double confidence) {
        this(text, box.x0(), box.top(), box.x1(), box.bottom(), font, size, direction, confidence);
    }

    public Glyph(String text, Box box, String font, double size, int direction) {
        this(text, box, font, size, direction, -1);
    }

    /** The glyph's box in the page's upright frame. */
    public Box box() { return new Box(x0, top, x1, bottom); }

    public double width() { return x1 - x0; }
    public double height() { return bottom - top; }
    public double centerX() { return (x0 + x1) / 2; }
    public double centerY() { return (top + bottom) / 2; }

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
