package org.fiscallens.model;

/**
 * A page that was not read because it went past one of the reader's limits (its reason names the limit and how
 * to raise it; {@code source.skippedPages}), or whose text was not read ({@code source.unreadTextPages}); the rest
 * of the document was read.
 */
public record SkippedPage(int page, String reason) {}
