package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A table of the document, typed by its title and header words (see {@code TableKind} ids in docs/schema.md).
 * {@code cells} is the raw grid the rows were read from; {@code source} is "ocr" for a table read from an image
 * (a scanned page or a pasted picture), absent for one read from the text layer. {@code understood} is the verdict
 * of the table's self-check (its own row, hierarchy and total identities; null when it was not run): {@code false}
 * when those identities fail in bulk, so the rows are not a reliable reading of the page, with the {@code reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "title", "unit", "pages", "method", "source", "understood", "reason", "columns", "rows", "note", "cells"})
public record Table(String kind, String title, String unit, List<Integer> pages, String method,
                    List<String> columns, List<TableRow> rows, String note, List<Cell> cells, String source,
                    Boolean understood, String reason) {
    public Table {
        pages = pages == null ? List.of() : List.copyOf(pages);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        cells = cells == null ? null : List.copyOf(cells);
    }

    /** A table read from a text layer ({@code source} absent) whose self-check has not run. */
    public Table(String kind, String title, String unit, List<Integer> pages, String method,
                 List<String> columns, List<TableRow> rows, String note, List<Cell> cells) {
        this(kind, title, unit, pages, method, columns, rows, note, cells, null, null, null);
    }

    /** A table read from {@code source} ("ocr", or null for the text layer) whose self-check has not run. */
    public Table(String kind, String title, String unit, List<Integer> pages, String method,
                 List<String> columns, List<TableRow> rows, String note, List<Cell> cells, String source) {
        this(kind, title, unit, pages, method, columns, rows, note, cells, source, null, null);
    }

    /** Whether the table may feed checks: understood, or not checked. */
    public boolean readable() { return !Boolean.FALSE.equals(understood); }

    /** The same table with the self-check's verdict. */
    public Table withVerdict(boolean understood, String reason) {
        return new Table(kind, title, unit, pages, method, columns, rows, note, cells, source, understood, reason);
    }
}
