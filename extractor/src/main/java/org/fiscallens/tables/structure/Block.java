package org.fiscallens.tables.structure;

/**
 * One logical table of side-by-side blocks (收入 | 支出): grid columns {@code from..to} inclusive, and its
 * name (the banner as printed, "支出/功能分类" for a sub-banner, or "1", "2" … when there is none; null for
 * a table with one block).
 */
public record Block(String name, int from, int to) {
    public boolean contains(int col) { return col >= from && col <= to; }
}
