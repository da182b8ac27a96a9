package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One piece of evidence for a finding: a page and quote, and for a table cell its table, row and column. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(int page, String quote, Box box, String table, String row, String column) {
    public static Evidence text(int page, String quote, Box box) {
        return new Evidence(page, quote, box, null, null, null);
    }
}
