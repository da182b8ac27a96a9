package org.fiscallens.pdf;

/**
 * Reading went past one of the {@link Limits}: the message names the limit, the amount found and how to raise it.
 * Unchecked, so that it passes through PDFBox's content-stream engine (which catches and logs I/O errors of
 * single operators) from the operator that crossed the limit.
 */
public final class LimitExceededException extends RuntimeException {
    private final String limit;

    public LimitExceededException(String limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }

    /** The name of the limit crossed ({@link Limits#names()}). */
    public String limit() { return limit; }
}
