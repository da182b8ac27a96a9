package org.fiscallens.spark;

import org.fiscallens.batch.BatchWorker;
import org.fiscallens.batch.IsolatedWorker;
import org.fiscallens.batch.WorkerLaunch;
import org.fiscallens.pdf.ParallelPageReader;

import java.io.File;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * The worker JVMs of one executor: a task borrows one (started on first use), extracts its file in it and gives
 * it back, so that an executor running N tasks at once keeps N workers and pays a worker's start-up once, not per
 * file. The workers exit when the executor does (their standard input closes) and are killed at its shutdown.
 */
final class WorkerPool {
    private static final Map<WorkerLaunch, Deque<IsolatedWorker>> IDLE = new ConcurrentHashMap<>();
    private static final Set<IsolatedWorker> ALL = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(IsolatedWorker::kill), "fiscal-spark-workers"));
    }

    private WorkerPool() {}

    static <T> T with(TaskSettings s, Function<IsolatedWorker, T> job) {
        WorkerLaunch launch = launch(s);
        Deque<IsolatedWorker> idle = IDLE.computeIfAbsent(launch, k -> new ConcurrentLinkedDeque<>());
        IsolatedWorker w = idle.poll();
        if (w == null) {
            w = new IsolatedWorker(launch);
            ALL.add(w);
        }
        try {
            return job.apply(w);
        } finally {
            idle.push(w);
        }
    }

    /** Stops every idle worker of this JVM (the end of a job run in local mode, where the driver is the executor). */
    static void closeAll() {
        for (Deque<IsolatedWorker> d : IDLE.values()) {
            for (IsolatedWorker w; (w = d.poll()) != null; ) {
                w.close();
                ALL.remove(w);
            }
        }
    }

    static WorkerLaunch launch(TaskSettings s) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new WorkerLaunch(java, workerClassPath(s), s.maxHeap(),
                List.of("-D" + ParallelPageReader.THREADS_PROPERTY + "=" + Math.max(1, s.pageThreads())), null);
    }

    /**
     * The configured class path, else the jar the extractor was loaded from (the application jar on a cluster, which
     * holds the extractor and its libraries), else this JVM's class path (classes folders in a build).
     */
    static String workerClassPath(TaskSettings s) {
        if (s.workerClassPath() != null && !s.workerClassPath().isBlank()) return s.workerClassPath();
        try {
            File f = new File(BatchWorker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (f.isFile() && f.getName().endsWith(".jar")) return f.getPath();
        } catch (Exception | LinkageError e) {
            // no code source: fall back to the class path
        }
        return System.getProperty("java.class.path");
    }
}
