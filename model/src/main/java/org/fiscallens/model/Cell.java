package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table cell as laid out: its text, grid position and spans, page and box. A cell read by OCR carries the
 * engine's confidence in its least certain character ({@code confidence}, 0–1), and {@code uncertain} when
 * that is too low to take its text on trust; a text-layer cell has neither.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(int row, int col, int rowSpan, int colSpan, String text, int page, Box box,
                   Double confidence, Boolean uncertain) {
    /** Below this OCR confidence (0–1) a cell is {@code uncertain}. */
    public static final double UNCERTAIN_BELOW = 0.6;

    public Cell(int row, int col, int rowSpan, int colSpan, String text, int page, Box box) {
        this(row, col, rowSpan, colSpan, text, page, box, null, null);
    }

    /** A cell read by OCR with the confidence (0–100) Tesseract gave its least certain character. */
    public static Cell ocr(int row, int col, int rowSpan, int colSpan, String text, int page, Box box, double confidence100) {
        double c = Math.round(Math.max(0, Math.min(100, confidence100))) / 100.0;
        return new Cell(row, col, rowSpan, colSpan, text, page, box, c, c < UNCERTAIN_BELOW ? Boolean.TRUE : null);
    }
}
