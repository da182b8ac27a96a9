package org.fiscallens.batch;

import org.fiscallens.layout.Regexes;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of a batch run.
 *
 * @param workers     worker JVMs run at once
 * @param timeLimit   per-file wall-time limit; past it the worker is killed and the file abandoned
 * @param maxHeap     each worker's heap limit in -Xmx syntax (512m, 1g)
 * @param retryFailed retry files that failed in an earlier run even if nothing changed
 */
public record BatchOptions(Path outDir, int workers, Duration timeLimit, String maxHeap, boolean retryFailed,
                           Progress.Mode progress, boolean keepWorkerLog) {

    public BatchOptions {
        if (workers < 1) throw new IllegalArgumentException("--workers must be at least 1");
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("--time-limit must be positive");
        heapBytes(maxHeap);
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    public long maxHeapBytes() {
        return heapBytes(maxHeap);
    }

    /** Parses a -Xmx size (bytes, or with k, m, g). */
    public static long heapBytes(String s) {
        if (s == null || !Regexes.matches(s, "(?i)\\d+[kmg]?")) throw new IllegalArgumentException("bad heap size '" + s + "' (e.g. 512m, 1g)");
        char unit = Character.toLowerCase(s.charAt(s.length() - 1));
        long mult = switch (unit) { case 'k' -> 1L << 10; case 'm' -> 1L << 20; case 'g' -> 1L << 30; default -> 1; };
        String digits = Character.isDigit(unit) ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * mult;
    }
}
