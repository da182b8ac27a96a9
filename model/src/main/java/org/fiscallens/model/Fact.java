package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** A figure stated in the narrative, exactly as printed, with what it measures and where it is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(String key, String label, BigDecimal value, String unit, Integer year,
                   String comparison, String section, int page, String quote, Box box) {
}
