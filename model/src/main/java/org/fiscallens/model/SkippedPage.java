package org.fiscallens.model;

/**
 * A page that was not read because it went past one of the reader's limits (its reason names the limit and how
 * to raise it); the rest of the document was read.
 */
public record SkippedPage(int page, String reason) {}
