package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A typed table row: 科目编码 (digits joined), name, classification level, and the values keyed by
 * column header path (e.g. {@code 本年支出/基本支出}); a null value is a blank, "-" or "—" cell.
 * {@code unit} names the subordinate unit (预算单位) whose block of rows this row belongs to, in a department
 * table that lists each unit's 类/款/项 rows under the unit's own line (the unit's line carries its own name);
 * null elsewhere. Each unit's block is a hierarchy of its own.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableRow(String code, String name, String level, String block,
                       Map<String, BigDecimal> values, int page, Box box, String unit) {
    public TableRow {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A row outside any unit block. */
    public TableRow(String code, String name, String level, String block, Map<String, BigDecimal> values, int page, Box box) {
        this(code, name, level, block, values, page, box, null);
    }

    public TableRow withUnit(String unit) {
        return new TableRow(code, name, level, block, values, page, box, unit);
    }
}
