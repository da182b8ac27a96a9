package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A table cell as laid out: its text, grid position and spans, page and box. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(int row, int col, int rowSpan, int colSpan, String text, int page, Box box) {
}
