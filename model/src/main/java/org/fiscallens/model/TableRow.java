package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed table row: 科目编码 (digits joined), name, classification level, and the values keyed by
 * column header path (e.g. {@code 本年支出/基本支出}); a null value is a blank, "-" or "—" cell.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableRow(String code, String name, String level, String block,
                       Map<String, BigDecimal> values, int page, Box box) {
    public TableRow {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
