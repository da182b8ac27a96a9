package org.fiscallens.layout;

import org.fiscallens.model.Box;

import java.util.List;

/**
 * A run of glyphs on one baseline with no gap wider than a space: a Chinese phrase, a number such as
 * {@code 2,946.25} (kept whole), a code such as {@code 2080505}.
 */
public record Word(String text, Box box, String font, double size, List<Glyph> glyphs) {
    public Word {
        glyphs = List.copyOf(glyphs);
    }

    /** From text and box only (equal words have equal ones), not from every glyph as the record's default. */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(text) * 31 + java.util.Objects.hashCode(box);
    }

    public boolean isBold() {
        String f = font == null ? "" : font.toLowerCase();
        return f.contains("bold") || f.contains("hei") || f.contains("black") || f.contains("heavy")
                || f.contains("黑") || f.contains("medium") || f.contains("demi");
    }
}
