package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The input file: name, content hash, physical page count and the PDF producer string. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceInfo(String file, String sha256, int pages, String producer, Integer imageOnlyPages) {
}
