package org.fiscallens.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One document at a time read in a worker JVM under a time and a heap limit, for the single-file commands
 * ({@code extract}, {@code check}): the same worker, limits and messages as {@code fiscal batch}. A worker that is
 * killed at the time limit, or dies of its heap limit, is replaced for the next file.
 */
public final class IsolatedRun implements AutoCloseable {
    /** What became of one file: read (its JSON written to the output given), or not, with the reason. */
    public record Outcome(boolean ok, String reason) {}

    private final IsolatedWorker worker;
    private final Duration timeLimit;

    /**
     * @param timeLimit wall time per file
     * @param maxHeap   the worker's heap limit, as for -Xmx
     * @throws IllegalArgumentException for a time limit that is not positive or a heap size not understood
     */
    public IsolatedRun(Duration timeLimit, String maxHeap) {
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("--time-limit must be positive");
        BatchOptions.heapBytes(maxHeap);
        this.timeLimit = timeLimit;
        // the worker is this command's only reader: it reads each document's pages on every core
        this.worker = new IsolatedWorker(WorkerLaunch.ofCurrentJvm(maxHeap, null, 1));
    }

    /** Reads the PDF into the JSON file {@code output} (written atomically by the worker). */
    public Outcome extract(Path input, Path output, String password, boolean noOcr) {
        try {
            // a folder, pipe, device, empty file, non-PDF or cut file needs no worker to be refused
            org.fiscallens.pdf.PdfOpener.precheck(input);
        } catch (org.fiscallens.pdf.PdfReadException e) {
            return new Outcome(false, e.getMessage());
        }
        IsolatedWorker.Outcome o = worker.extract(input, output, timeLimit, password, noOcr);
        return new Outcome(o.ok(), o.reason());
    }

    @Override
    public void close() {
        worker.close();
    }
}
