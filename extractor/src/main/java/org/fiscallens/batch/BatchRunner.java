package org.fiscallens.batch;

import org.fiscallens.pipeline.DocumentExtractor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The supervisor of {@code fiscal batch}: runs the inputs on a pool of worker JVMs ({@link BatchWorker}),
 * one file at a time per worker, each under a wall-time limit and a heap limit. A worker that overruns is
 * killed and replaced; one that dies (heap exhausted, crash) is replaced; the file is recorded as failed with
 * its reason and the run goes on. Results are written atomically by the workers, so a run killed at any moment
 * keeps every finished result, and a rerun skips every input whose result for the same content hash and tool
 * version is already there.
 */
public final class BatchRunner {
    public static final String SUMMARY = "summary.json";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final BatchOptions options;
    private final WorkerLaunch launch;
    private final ResultStore store;
    private final Progress progress;
    private final String tool;
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final List<Long> startMillis = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicLong workerCpuMillis = new java.util.concurrent.atomic.AtomicLong();

    public BatchRunner(BatchOptions options, PrintWriter err) {
        this(options, WorkerLaunch.ofCurrentJvm(options.maxHeap(),
                options.keepWorkerLog() ? options.outDir().resolve(ResultStore.STATE_DIR).resolve("worker.log") : null,
                options.workers()), err);
    }

    public BatchRunner(BatchOptions options, WorkerLaunch launch, PrintWriter err) {
        this.options = options;
        this.launch = launch;
        this.store = new ResultStore(options.outDir());
        this.progress = Progress.create(options.progress(), err);
        this.tool = DocumentExtractor.TOOL;
    }

    /** Runs every input, writes {@code summary.json} and returns the summary. */
    public BatchSummary run(List<BatchInput> inputs) throws IOException {
        Files.createDirectories(options.outDir());
        AtomicFiles.removeStaleTemps(options.outDir());
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        Thread hook = new Thread(this::killAll, "fiscal-batch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        FileOutcome[] outcomes = new FileOutcome[inputs.size()];
        progress.start(inputs.size());
        try {
            AtomicInteger next = new AtomicInteger();
            int threads = Math.max(1, Math.min(options.workers(), inputs.size()));
            List<Thread> pool = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> {
                    Slot slot = new Slot();
                    try {
                        for (int k; (k = next.getAndIncrement()) < inputs.size(); ) {
                            outcomes[k] = handle(inputs.get(k), slot);
                            progress.update(outcomes[k]);
                        }
                    } finally {
                        slot.retire();
                    }
                }, "fiscal-batch-" + i);
                t.start();
                pool.add(t);
            }
            for (Thread t : pool) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killAll();
            throw new IOException("interrupted");
        } finally {
            progress.finish();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        BatchSummary summary = summarise(List.of(outcomes), startedAt, (System.nanoTime() - t0) / 1e9);
        AtomicFiles.write(options.outDir().resolve(SUMMARY), ResultStore.JSON.writeValueAsString(summary) + "\n");
        return summary;
    }

    /** The worker a pool thread owns, started on demand and replaced when it dies or is killed. */
    private final class Slot {
        WorkerProcess worker;

        WorkerProcess get() throws IOException {
            if (worker == null || !worker.alive()) {
                if (worker != null) {
                    live.remove(worker);
                    worker.kill(); // gone already: its temporary folder goes too
                }
                worker = WorkerProcess.start(launch, START_LIMIT);
                live.add(worker);
                startMillis.add(worker.startupMillis());
            }
            return worker;
        }

        void lost() {
            if (worker != null) live.remove(worker);
            worker = null;
        }

        void retire() {
            if (worker != null) {
                long cpu = worker.cpuMillis();
                if (cpu > 0) workerCpuMillis.addAndGet(cpu);
                worker.close();
                live.remove(worker);
                worker = null;
            }
        }
    }

    private FileOutcome handle(BatchInput in, Slot slot) {
        String sha;
        try {
            // a pipe or device would never end being hashed: only regular files are read
            org.fiscallens.pdf.PdfOpener.checkFile(in.file());
        } catch (org.fiscallens.pdf.PdfReadException e) {
            return failed(in, null, FailureKind.UNREADABLE, e.getMessage(), 0, 0);
        }
        try {
            sha = ContentHash.sha256(in.file());
        } catch (NoSuchFileException e) {
            return failed(in, null, FailureKind.UNREADABLE, "file not found", 0, 0);
        } catch (IOException e) {
            return failed(in, null, FailureKind.UNREADABLE, "cannot read file: " + e.getMessage(), 0, 0);
        }
        Optional<ResultHead> existing = store.upToDate(in, sha, tool);
        if (existing.isPresent()) {
            return new FileOutcome(in, FileOutcome.Status.SKIPPED, sha, null, null, 0, 0, existing.get());
        }
        double limitSeconds = options.timeLimit().toMillis() / 1000.0;
        Optional<FailureRecord> earlier = store.failure(in);
        if (earlier.isPresent() && !earlier.get().worthRetrying(sha, tool, limitSeconds, options.maxHeapBytes(), options.retryFailed())) {
            FailureRecord f = earlier.get();
            return new FileOutcome(in, FileOutcome.Status.FAILED_BEFORE, sha, FailureKind.of(f.kind()), f.reason(), 0, 0, null);
        }
        long t0 = System.nanoTime();
        WorkerProcess.Result r;
        WorkerProcess worker;
        try {
            worker = slot.get();
            r = worker.run(in.file(), store.result(in), options.timeLimit());
        } catch (IOException e) {
            slot.lost();
            return failed(in, sha, FailureKind.CRASH, "worker: " + e.getMessage(), (System.nanoTime() - t0) / 1_000_000, 0);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (r instanceof WorkerProcess.Replied replied && replied.reply().ok()) {
            try {
                ResultHead head = ResultHead.read(store.result(in));
                store.clearFailure(in);
                return new FileOutcome(in, FileOutcome.Status.DONE, sha, null, null, millis, replied.reply().peakHeapBytes(), head);
            } catch (IOException e) {
                return failed(in, sha, FailureKind.CRASH, "result not readable: " + e.getMessage(), millis, 0);
            }
        }
        FileOutcome outcome;
        if (r instanceof WorkerProcess.Replied replied) {
            WorkerMessages.Reply reply = replied.reply();
            outcome = failed(in, sha, FailureKind.of(reply.kind()), reply.reason(), millis, reply.peakHeapBytes());
        } else if (r instanceof WorkerProcess.TimedOut) {
            slot.lost();
            outcome = failed(in, sha, FailureKind.TIMEOUT, WorkerProcess.timeoutReason(options.timeLimit()), millis, 0);
        } else {
            int code = ((WorkerProcess.Died) r).exitCode();
            slot.lost();
            outcome = failed(in, sha, code == WorkerProcess.OUT_OF_MEMORY_EXIT ? FailureKind.MEMORY : FailureKind.CRASH,
                    worker.describeDeath(code), millis, 0);
        }
        try {
            store.recordFailure(in, new FailureRecord(in.file().toString(), sha, tool, outcome.failureKind().id(),
                    outcome.reason(), limitSeconds, options.maxHeapBytes()));
        } catch (IOException e) {
            // the failure still shows in the summary; only the rerun's skip is lost
        }
        return outcome;
    }

    private static FileOutcome failed(BatchInput in, String sha, FailureKind kind, String reason, long millis, long heap) {
        return new FileOutcome(in, FileOutcome.Status.FAILED, sha, kind, reason, millis, heap, null);
    }

    private void killAll() {
        for (WorkerProcess w : live) w.kill();
    }

    private BatchSummary summarise(List<FileOutcome> outcomes, Instant startedAt, double wallSeconds) {
        int done = 0, skipped = 0, failed = 0;
        long pages = 0, peak = 0;
        List<BatchSummary.Failure> failures = new ArrayList<>();
        Map<String, Integer> byCategory = new TreeMap<>(), bySeverity = new TreeMap<>();
        List<BatchSummary.FileEntry> files = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            switch (o.status()) {
                case DONE -> { done++; pages += o.pages(); }
                case SKIPPED, FAILED_BEFORE -> skipped++;
                case FAILED -> failed++;
            }
            peak = Math.max(peak, o.peakHeapBytes());
            if (o.hasResult()) {
                o.head().findingCategories().forEach(c -> byCategory.merge(c, 1, Integer::sum));
                o.head().findingSeverities().forEach(s -> bySeverity.merge(s, 1, Integer::sum));
            } else {
                failures.add(new BatchSummary.Failure(o.input().file().toString(), o.failureKind().id(), o.reason(),
                        o.status() == FileOutcome.Status.FAILED_BEFORE));
            }
            files.add(new BatchSummary.FileEntry(o.input().file().toAbsolutePath().normalize().toString(),
                    o.hasResult() ? o.input().resultName() : null, o.status().name().toLowerCase(java.util.Locale.ROOT),
                    o.sha256(), o.hasResult() ? o.pages() : null, o.processed() ? o.millis() : null,
                    o.processed() && o.peakHeapBytes() > 0 ? o.peakHeapBytes() : null, o.reason()));
        }
        List<Long> starts;
        synchronized (startMillis) {
            starts = List.copyOf(startMillis);
        }
        BatchSummary.WorkerStarts ws = new BatchSummary.WorkerStarts(starts.size(),
                starts.isEmpty() ? 0 : Math.round(starts.stream().mapToLong(Long::longValue).average().orElse(0)),
                starts.stream().mapToLong(Long::longValue).max().orElse(0));
        return new BatchSummary(tool, startedAt.truncatedTo(ChronoUnit.SECONDS).toString(), Math.round(wallSeconds * 1000) / 1000.0,
                options.workers(), options.timeLimit().toMillis() / 1000.0, options.maxHeap(), outcomes.size(), done, skipped,
                failed, pages, failures, byCategory, bySeverity, peak, ws, workerCpuMillis.get() / 1000.0, files);
    }
}
