package org.fiscallens.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One flat table of an export (facts, findings, ...): its name, its header, the rows one document gives and the
 * rows that only the whole set gives ({@code after}: the panel, the cross-year findings), written after every
 * document's. Row values are {@code String}, {@code BigDecimal}, {@code Integer} or null, so that each format can
 * type its cells. No file I/O: writers (CSV, XLSX, a Spark job) take the rows from here.
 */
public record FlatTable(String name, List<String> header, Function<LoadedResult, List<List<Object>>> rows,
                        Supplier<List<List<Object>>> after) {

    public FlatTable(String name, List<String> header, Function<LoadedResult, List<List<Object>>> rows) {
        this(name, header, rows, List::of);
    }

    /** A row as an ordered column → value map. */
    public Map<String, Object> asMap(List<Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) m.put(header.get(i), i < row.size() ? row.get(i) : null);
        return m;
    }
}
