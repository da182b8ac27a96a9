package org.fiscallens.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a task did with one file, and the flat rows its result gives (one list per export table).
 *
 * @param status      {@code done} (extracted now), {@code reused} (its result JSON for this content and tool was
 *                    there but not yet in the datasets: a run killed before its commit), {@code skipped} (already in
 *                    {@code documents}), {@code failed} (now), {@code failed_before} (its failure is recorded and
 *                    nothing changed)
 * @param columnTypes per export table, one type letter per column of the rows ({@link Columns})
 * @param rowCounts   per export table, the number of rows
 * @param rows        per export table, the rows ({@code null} in the heads collected on the driver)
 */
public record FileResult(String input, String result, String status, String sha256, String failureKind, String reason,
                         long millis, int pages, long peakHeapBytes, Map<String, String> columnTypes,
                         Map<String, Integer> rowCounts, Map<String, List<Object[]>> rows) implements Serializable {

    public boolean hasResult() {
        return status.equals("done") || status.equals("reused") || status.equals("skipped");
    }

    /** A new result whose rows go into the datasets in this run. */
    public boolean isNew() {
        return status.equals("done") || status.equals("reused");
    }

    /** The outcome without its rows (what the driver collects). */
    public FileResult head() {
        return new FileResult(input, result, status, sha256, failureKind, reason, millis, pages, peakHeapBytes,
                columnTypes, rowCounts, null);
    }

    static FileResult failed(InputFile in, String sha, String kind, String reason, long millis, long heap) {
        return new FileResult(in.uri(), null, "failed", sha, kind, reason, millis, 0, heap, Map.of(), Map.of(), Map.of());
    }
}
