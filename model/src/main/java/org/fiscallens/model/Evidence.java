package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One piece of evidence for a finding: a page and quote, and for a table cell its table, row and column.
 * {@code file} names the file the page is in when a finding spans two files published as one report (the
 * narrative and its companion file of tables, checked as a pair); null for a finding about one file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(int page, String quote, Box box, String table, String row, String column, String file) {

    public Evidence(int page, String quote, Box box, String table, String row, String column) {
        this(page, quote, box, table, row, column, null);
    }

    /** The same evidence placed in {@code file} at {@code page}. */
    public Evidence inFile(String file, int page) {
        return new Evidence(page, quote, box, table, row, column, file);
    }

    public static Evidence text(int page, String quote, Box box) {
        return new Evidence(page, quote, box, null, null, null);
    }
}
