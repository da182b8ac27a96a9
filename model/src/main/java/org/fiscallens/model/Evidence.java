package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One piece of evidence for a finding: a page and quote, and for a table cell its table, row and column.
 * {@code file} names the file the page is in when a finding spans two files published as one report (the
 * narrative and its companion file of tables, checked as a pair); null for a finding about one file.
 * {@code box} is the quoted text's box (for a table cell, its row); for a table cell, {@code cell} is the box of
 * the cell itself and {@code header} the box of its column's header cell (the lowest one, which names the column),
 * null where the table's grid does not show them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(int page, String quote, Box box, String table, String row, String column, String file,
                       Box cell, Box header) {

    public Evidence(int page, String quote, Box box, String table, String row, String column) {
        this(page, quote, box, table, row, column, null, null, null);
    }

    public Evidence(int page, String quote, Box box, String table, String row, String column, String file) {
        this(page, quote, box, table, row, column, file, null, null);
    }

    /** The same evidence placed in {@code file} at {@code page}. */
    public Evidence inFile(String file, int page) {
        return new Evidence(page, quote, box, table, row, column, file, cell, header);
    }

    /** The same evidence with the boxes of its cell and of the cell's column header. */
    public Evidence withCell(Box cell, Box header) {
        return new Evidence(page, quote, box, table, row, column, file, cell, header);
    }

    public static Evidence text(int page, String quote, Box box) {
        return new Evidence(page, quote, box, null, null, null);
    }
}
