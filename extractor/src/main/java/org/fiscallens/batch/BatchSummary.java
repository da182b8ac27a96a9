package org.fiscallens.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * {@code OUTDIR/summary.json}: what a run did. {@code done}, {@code skipped} and {@code failed} add up to
 * {@code inputs}; {@code skipped} counts files not run again (up-to-date results and earlier failures);
 * {@code failures} lists every input that has no result, with its reason, including earlier failures.
 * Findings are counted over every input that has a result. {@code workerCpuSeconds}: CPU used by the workers
 * that ended normally (killed ones not counted).
 */
@JsonPropertyOrder({"tool", "startedAt", "wallSeconds", "workers", "timeLimitSeconds", "maxHeap", "inputs", "done",
        "skipped", "failed", "pagesProcessed", "failures", "findingsByCategory", "findingsBySeverity",
        "peakHeapBytes", "workerStarts", "workerCpuSeconds", "files"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchSummary(String tool, String startedAt, double wallSeconds, int workers, double timeLimitSeconds,
                           String maxHeap, int inputs, int done, int skipped, int failed, long pagesProcessed,
                           List<Failure> failures, Map<String, Integer> findingsByCategory,
                           Map<String, Integer> findingsBySeverity, long peakHeapBytes, WorkerStarts workerStarts,
                           double workerCpuSeconds, List<FileEntry> files) {

    /** An input without a result. {@code earlierRun}: the failure was recorded by an earlier run and not retried. */
    public record Failure(String input, String kind, String reason, boolean earlierRun) {}

    /** Worker JVM starts: how many and how long each took until ready (the isolation's start-up cost). */
    public record WorkerStarts(int count, long meanMillis, long maxMillis) {}

    /** One input: its path, result (relative to OUTDIR), status and cost. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileEntry(String input, String result, String status, String sha256, Integer pages, Long millis,
                            Long peakHeapBytes, String reason) {}

    /** Every input has a result. */
    public boolean allSucceeded() {
        return failures.isEmpty();
    }
}
