package org.fiscallens.tables.grid;

import org.fiscallens.model.Box;

import java.util.List;

/**
 * One cell of a detected table grid: its top-left grid position, spans, its box on the page, and its
 * text as lines (top to bottom; each line's glyphs left to right, spaces where the gap is wide), and for
 * text read by OCR the confidence of its least certain character (0–100), else null; {@code ocrText} is the
 * engine's own reading of a label snapped to the vocabulary (else null).
 */
public record GridCell(int row, int col, int rowSpan, int colSpan, Box box, List<String> lines, Double confidence, String ocrText) {
    public GridCell {
        lines = List.copyOf(lines);
    }

    public GridCell(int row, int col, int rowSpan, int colSpan, Box box, List<String> lines) {
        this(row, col, rowSpan, colSpan, box, lines, null, null);
    }

    public GridCell(int row, int col, int rowSpan, int colSpan, Box box, List<String> lines, Double confidence) {
        this(row, col, rowSpan, colSpan, box, lines, confidence, null);
    }

    /** From position, spans and box (equal cells have equal ones), not from the text lines as the record's default. */
    @Override
    public int hashCode() {
        return ((row * 31 + col) * 31 + rowSpan) * 31 + colSpan + 31 * java.util.Objects.hashCode(box);
    }

    public int lastRow() { return row + rowSpan - 1; }

    public int lastCol() { return col + colSpan - 1; }

    public boolean covers(int r, int c) { return r >= row && r <= lastRow() && c >= col && c <= lastCol(); }

    /** The text with its lines joined (no separator between Chinese pieces, a space between Latin ones). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (sb.length() > 0 && org.fiscallens.layout.Chars.needsSpace(sb.toString(), l)) sb.append(' ');
            sb.append(l);
        }
        return sb.toString();
    }

    /** The text with all whitespace removed. */
    public String compact() { return org.fiscallens.layout.Chars.compact(text()); }

    public boolean isEmpty() { return compact().isEmpty(); }

    public GridCell withLines(List<String> l) { return new GridCell(row, col, rowSpan, colSpan, box, l, confidence, ocrText); }

    /** The cell with its text and the OCR confidence of its least certain character (0–100; null for a text layer). */
    public GridCell withLines(List<String> l, Double conf) { return new GridCell(row, col, rowSpan, colSpan, box, l, conf, ocrText); }

    /** The same, with the raw OCR reading of a snapped label. */
    public GridCell withLines(List<String> l, Double conf, String raw) { return new GridCell(row, col, rowSpan, colSpan, box, l, conf, raw); }
}
