package org.fiscallens.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One worker JVM ({@link BatchWorker}) for callers outside the batch supervisor (the Spark job's tasks): each
 * file is extracted in the child JVM under a wall-time limit and the worker's heap limit, and a file that hangs,
 * exhausts the heap or crashes comes back as a failure of its {@link FailureKind} with the same reasons
 * {@code fiscal batch} records, the worker being killed and started afresh for the next file. Not thread-safe:
 * one caller at a time.
 */
public final class IsolatedWorker implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    /** What became of one file: {@code ok}, or a failure with its kind and reason. */
    public record Outcome(boolean ok, FailureKind kind, String reason, long millis, int pages, long peakHeapBytes) {}

    private final WorkerLaunch launch;
    private WorkerProcess worker;

    public IsolatedWorker(WorkerLaunch launch) {
        this.launch = launch;
    }

    /** Extracts {@code input} into the result JSON {@code output} (written atomically by the worker). */
    public Outcome extract(Path input, Path output, Duration limit) {
        return extract(input, output, limit, null, false);
    }

    /** As {@link #extract(Path, Path, Duration)}, with the PDF's password and OCR switched off on request. */
    public Outcome extract(Path input, Path output, Duration limit, String password, boolean noOcr) {
        long t0 = System.nanoTime();
        WorkerProcess.Result r;
        WorkerProcess w;
        try {
            if (worker != null && !worker.alive()) lost(); // died between files: its temporary folder goes too
            if (worker == null) worker = WorkerProcess.start(launch, START_LIMIT);
            w = worker;
            r = w.run(input, output, limit, password, noOcr);
        } catch (IOException e) {
            lost();
            return new Outcome(false, FailureKind.CRASH, "worker: " + e.getMessage(), millisSince(t0), 0, 0);
        }
        long millis = millisSince(t0);
        if (r instanceof WorkerProcess.Replied replied) {
            WorkerMessages.Reply reply = replied.reply();
            return reply.ok() ? new Outcome(true, null, null, millis, reply.pages(), reply.peakHeapBytes())
                    : new Outcome(false, FailureKind.of(reply.kind()), reply.reason(), millis, 0, reply.peakHeapBytes());
        }
        lost();
        if (r instanceof WorkerProcess.TimedOut) {
            return new Outcome(false, FailureKind.TIMEOUT, WorkerProcess.timeoutReason(limit), millis, 0, 0);
        }
        int code = ((WorkerProcess.Died) r).exitCode();
        return new Outcome(false, code == WorkerProcess.OUT_OF_MEMORY_EXIT ? FailureKind.MEMORY : FailureKind.CRASH,
                w.describeDeath(code), millis, 0, 0);
    }

    private void lost() {
        if (worker != null) worker.kill();
        worker = null;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Stops the worker (it exits after closing its input; killed if it does not). */
    @Override
    public void close() {
        if (worker != null) worker.close();
        worker = null;
    }

    /** Kills the worker at once (a JVM shutting down). */
    public void kill() {
        if (worker != null) worker.kill();
    }
}
