package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a value was read: 1-based physical page, its box on that page and the verbatim text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(int page, Box box, String quote) {
}
