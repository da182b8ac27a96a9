package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A table of the document, typed by its title and header words (see {@code TableKind} ids in docs/schema.md).
 * {@code cells} is the raw grid the rows were read from.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "title", "unit", "pages", "method", "columns", "rows", "note", "cells"})
public record Table(String kind, String title, String unit, List<Integer> pages, String method,
                    List<String> columns, List<TableRow> rows, String note, List<Cell> cells) {
    public Table {
        pages = pages == null ? List.of() : List.copyOf(pages);
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        cells = cells == null ? null : List.copyOf(cells);
    }
}
