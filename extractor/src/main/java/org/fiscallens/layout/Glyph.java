package org.fiscallens.layout;

import org.fiscallens.model.Box;

/**
 * One character as drawn: text (usually one code point), its box in the page's upright frame, font
 * name, size in points, and the text direction relative to the upright frame (0 = reads left to right).
 */
public record Glyph(String text, Box box, String font, double size, int direction) {

    public boolean isSpace() { return text.isBlank(); }

    public boolean isCjk() { return Chars.isCjk(text.codePointAt(0)); }
}
