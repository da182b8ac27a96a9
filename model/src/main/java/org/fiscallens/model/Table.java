package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A table of the document, typed by its title and header words (see {@code TableKind} ids in docs/schema.md).
 * {@code cells} is the raw grid the rows were read from; {@code source} is "ocr" for a table read from an image
 * (a scanned page or a pasted picture), absent for one read from the text layer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "title", "unit", "pages", "method", "source", "columns", "rows", "note", "cells"})
public record Table(String kind, String title, String unit, List<Integer> pages, String method,
                    List<String> columns, List<TableRow> rows, String note, List<Cell> cells, String source) {
    public Table {
        pages = pages == null ? List.of() : List.copyOf(pages);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        cells = cells == null ? null : List.copyOf(cells);
    }

    /** A table read from a text layer ({@code source} absent). */
    public Table(String kind, String title, String unit, List<Integer> pages, String method,
                 List<String> columns, List<TableRow> rows, String note, List<Cell> cells) {
        this(kind, title, unit, pages, method, columns, rows, note, cells, null);
    }
}
