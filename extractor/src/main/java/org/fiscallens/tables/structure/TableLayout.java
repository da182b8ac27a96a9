package org.fiscallens.tables.structure;

import java.util.List;

/**
 * How to read a grid: which rows are header (and 栏次 numbering), what each column holds, the blocks,
 * and each value column's header path (e.g. {@code 本年支出/基本支出}).
 */
public record TableLayout(int headerRows, List<Integer> skipRows, List<ColumnRole> roles, List<Block> blocks,
                          List<String> paths) {
    public TableLayout {
        skipRows = List.copyOf(skipRows);
        roles = List.copyOf(roles);
        blocks = List.copyOf(blocks);
        paths = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(paths));
    }

    public Block blockOf(int col) {
        for (Block b : blocks) if (b.contains(col)) return b;
        return null;
    }

    /** The header paths of value columns, in column order, deduplicated (the table's column list). */
    public List<String> columns() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (int c = 0; c < roles.size(); c++) if (roles.get(c) == ColumnRole.VALUE && paths.get(c) != null) out.add(paths.get(c));
        return List.copyOf(out);
    }
}
