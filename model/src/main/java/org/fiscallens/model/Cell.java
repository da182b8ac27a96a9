package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table cell as laid out: its text, grid position and spans, page and box. A cell read by OCR carries the
 * engine's confidence in its least certain character ({@code confidence}, 0–1), and {@code uncertain} when
 * that is too low to take its text on trust; a text-layer cell has neither. A label OCR misread and snapped to
 * the vocabulary of classification names and table words keeps the engine's own reading in {@code ocrText}
 * (the cell's text is then the vocabulary entry); a figure is never snapped.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(int row, int col, int rowSpan, int colSpan, String text, int page, Box box,
                   Double confidence, Boolean uncertain, String ocrText) {
    /** Below this OCR confidence (0–1) a cell is {@code uncertain}. */
    public static final double UNCERTAIN_BELOW = 0.6;

    public Cell(int row, int col, int rowSpan, int colSpan, String text, int page, Box box) {
        this(row, col, rowSpan, colSpan, text, page, box, null, null, null);
    }

    public Cell(int row, int col, int rowSpan, int colSpan, String text, int page, Box box, Double confidence, Boolean uncertain) {
        this(row, col, rowSpan, colSpan, text, page, box, confidence, uncertain, null);
    }

    /** A cell read by OCR with the confidence (0–100) Tesseract gave its least certain character. */
    public static Cell ocr(int row, int col, int rowSpan, int colSpan, String text, int page, Box box, double confidence100) {
        return ocr(row, col, rowSpan, colSpan, text, page, box, confidence100, null);
    }

    /** The same, for a label snapped to the vocabulary: {@code ocrText} is what the engine read (null when not snapped). */
    public static Cell ocr(int row, int col, int rowSpan, int colSpan, String text, int page, Box box, double confidence100, String ocrText) {
        double c = Math.round(Math.max(0, Math.min(100, confidence100))) / 100.0;
        return new Cell(row, col, rowSpan, colSpan, text, page, box, c, c < UNCERTAIN_BELOW ? Boolean.TRUE : null, ocrText);
    }
}
