package org.fiscallens.batch;

/**
 * A file that had no result in an earlier run, kept so that a rerun does not spend its time limit on it
 * again unless something changed: its content, the tool, or (for a time-out or heap exhaustion) a more
 * generous limit.
 */
public record FailureRecord(String input, String sha256, String tool, String kind, String reason,
                            double timeLimitSeconds, long maxHeapBytes) implements java.io.Serializable {

    /** Whether a run with these settings should try the file again. */
    public boolean worthRetrying(String sha, String currentTool, double timeLimit, long maxHeap, boolean retryFailed) {
        if (retryFailed || !sha.equals(sha256) || !currentTool.equals(tool)) return true;
        FailureKind k = FailureKind.of(kind);
        return (k == FailureKind.TIMEOUT && timeLimit > timeLimitSeconds)
                || (k == FailureKind.MEMORY && maxHeap > maxHeapBytes);
    }
}
