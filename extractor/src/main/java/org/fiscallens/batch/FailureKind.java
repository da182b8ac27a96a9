package org.fiscallens.batch;

/** Why a file has no result. */
public enum FailureKind {
    /** The file is not a readable PDF (not a PDF, truncated, encrypted, no pages...). */
    UNREADABLE,
    /** The extraction went past the per-file time limit and its worker was killed. */
    TIMEOUT,
    /** The worker ran out of heap (-Xmx) on this file. */
    MEMORY,
    /** The worker died or the extraction threw an unexpected error. */
    CRASH;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static FailureKind of(String id) {
        return id == null ? CRASH : valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
