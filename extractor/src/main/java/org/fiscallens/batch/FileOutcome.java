package org.fiscallens.batch;

import java.util.List;

/**
 * What a run did with one input.
 *
 * @param status       DONE (extracted now), SKIPPED (its result for this content and tool was there),
 *                     FAILED (failed now), FAILED_BEFORE (not retried: it failed in an earlier run)
 * @param millis       wall time spent on it in this run (0 when skipped)
 * @param peakHeapBytes the worker's peak heap during it (upper bound), 0 when not run
 * @param head         the result's head (hash, pages, finding categories) when there is a result
 */
public record FileOutcome(BatchInput input, Status status, String sha256, FailureKind failureKind, String reason,
                          long millis, long peakHeapBytes, ResultHead head) {

    public enum Status { DONE, SKIPPED, FAILED, FAILED_BEFORE }

    public boolean hasResult() { return status == Status.DONE || status == Status.SKIPPED; }

    public boolean processed() { return status == Status.DONE || status == Status.FAILED; }

    public int pages() { return head == null ? 0 : head.pages(); }

    public List<String> findingCategories() { return head == null ? List.of() : head.findingCategories(); }
}
