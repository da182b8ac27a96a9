package org.fiscallens.export;

import java.util.List;
import java.util.function.Function;

/**
 * One flat table of an export (facts, findings, ...): its name, its header and the rows one document gives.
 * Row values are {@code String}, {@code BigDecimal}, {@code Integer} or null, so that each format can type its cells.
 */
public record FlatTable(String name, List<String> header, Function<LoadedResult, List<List<Object>>> rows) {
}
