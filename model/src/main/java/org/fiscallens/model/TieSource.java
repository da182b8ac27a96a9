package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a narrative figure was tied to: a table cell, another fact, or a computation over other figures.
 * Serialised with a {@code kind} discriminator ({@code cell}, {@code fact}, {@code computed}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TieSource.CellRef.class, name = "cell"),
        @JsonSubTypes.Type(value = TieSource.FactRef.class, name = "fact"),
        @JsonSubTypes.Type(value = TieSource.Computed.class, name = "computed")})
public sealed interface TieSource {

    /** Whether the figure agrees with this source (within the rounding of both, SPEC §6). */
    boolean agrees();

    /**
     * A table cell: the table's kind, the page the row is on, the row's name and 科目编码, the column (header path)
     * and the cell's value as the table holds it (in the table's unit).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellRef(String tableKind, int page, String row, String code, String column, BigDecimal value, String unit,
                   boolean agrees) implements TieSource {}

    /** Another fact of the same document, by its index in {@code facts[]}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactRef(int index, boolean agrees) implements TieSource {}

    /**
     * A computation over other figures: the formula in words and figures (2390.8 − 567.03 = 1823.77, 1822.77 ÷
     * 567.03 × 100), the interval the computation allows given the rounding of its operands, in the unit of the
     * stated figure, and the facts it used ({@code operands}, indices in {@code facts[]}, may be empty when the
     * operands are cells).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Computed(String formula, List<BigDecimal> interval, List<Integer> operands, boolean agrees) implements TieSource {
        public Computed {
            interval = interval == null ? null : List.copyOf(interval);
            operands = operands == null || operands.isEmpty() ? null : List.copyOf(operands);
        }
    }
}
