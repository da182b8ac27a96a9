package org.fiscallens.tables.bench;

/** A table cell as the adjacency measure sees it: grid rows r0..r1, columns c0..c1 (inclusive) and text. */
public record RelationCell(int r0, int c0, int r1, int c1, String text) {}
