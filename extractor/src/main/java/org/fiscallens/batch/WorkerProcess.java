package org.fiscallens.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM seen from the supervisor: started, fed one job at a time, waited for with a time limit,
 * and killed when it overruns or replaced when it dies.
 */
final class WorkerProcess implements AutoCloseable {
    private static final String EOF = "\u0000EOF";

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final String maxHeap;
    private final Path tmpDir;
    private long startupMillis;

    /** What became of one job. */
    sealed interface Result permits Replied, TimedOut, Died {}
    record Replied(WorkerMessages.Reply reply) implements Result {}
    record TimedOut() implements Result {}
    record Died(int exitCode) implements Result {}

    private WorkerProcess(Process process, String maxHeap, Path tmpDir) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.maxHeap = maxHeap;
        this.tmpDir = tmpDir;
    }

    /**
     * Starts a worker and waits until it says it is ready. The worker's temporary files (Tika's OCR images and hOCR,
     * ImageIO's caches) go to a folder of its own in this JVM's temporary folder, deleted when the worker is closed,
     * killed or found dead: a worker killed at its time limit in the middle of OCR leaves nothing behind. It keeps no
     * performance-data file in /tmp either ({@code -XX:-UsePerfData}).
     */
    static WorkerProcess start(WorkerLaunch launch, Duration startLimit) throws IOException {
        long t0 = System.nanoTime();
        Path tmpDir = Files.createTempDirectory("fiscal-worker-");
        List<String> command = new ArrayList<>(launch.command());
        command.addAll(1, List.of("-Djava.io.tmpdir=" + tmpDir, "-XX:-UsePerfData"));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (launch.errorLog() == null) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        } else {
            Files.createDirectories(launch.errorLog().toAbsolutePath().getParent());
            pb.redirectError(ProcessBuilder.Redirect.appendTo(launch.errorLog().toFile()));
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            deleteTree(tmpDir);
            throw e;
        }
        WorkerProcess w = new WorkerProcess(p, launch.maxHeap(), tmpDir);
        Thread reader = new Thread(() -> w.pump(p), "fiscal-worker-reader-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        String first;
        try {
            first = w.lines.poll(startLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            w.kill();
            throw new IOException("interrupted while starting a worker");
        }
        if (first == null || first.equals(EOF)) {
            w.kill();
            throw new IOException(first == null ? "worker JVM did not start within " + startLimit.toSeconds() + " s"
                    : "worker JVM exited at start (exit code " + exitCode(p) + ")");
        }
        try {
            WorkerMessages.parse(first, WorkerMessages.Ready.class);
        } catch (IOException e) {
            w.kill();
            throw new IOException("worker JVM said something unexpected at start: " + first);
        }
        w.startupMillis = (System.nanoTime() - t0) / 1_000_000;
        return w;
    }

    private void pump(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("{")) lines.add(line);
            }
        } catch (IOException ignored) {
            // the process went away; EOF below tells the waiting supervisor
        }
        lines.add(EOF);
    }

    long startupMillis() { return startupMillis; }

    long pid() { return process.pid(); }

    /** Sends one job and waits for its reply at most {@code limit}; on overrun the worker is killed. */
    Result run(Path input, Path output, Duration limit) throws IOException {
        return run(input, output, limit, null, false);
    }

    Result run(Path input, Path output, Duration limit, String password, boolean noOcr) throws IOException {
        stdin.write(WorkerMessages.line(new WorkerMessages.Job(input.toAbsolutePath().toString(),
                output.toAbsolutePath().toString(), password, noOcr ? Boolean.TRUE : null)));
        stdin.write('\n');
        stdin.flush();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line;
            try {
                line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IOException("interrupted");
            }
            if (line == null) {
                kill();
                return new TimedOut();
            }
            if (line.equals(EOF)) {
                int code = exitCode(process);
                removeTmpDir();
                return new Died(code);
            }
            try {
                return new Replied(WorkerMessages.parse(line, WorkerMessages.Reply.class));
            } catch (IOException e) {
                // not a reply (a library wrote to the real stdout): keep waiting
            }
        }
    }

    /** The exit code meaning the worker ran out of heap (-XX:+ExitOnOutOfMemoryError). */
    static final int OUT_OF_MEMORY_EXIT = 3;

    /** The reason of a file abandoned at its time limit (the same for batch, extract and check). */
    static String timeoutReason(Duration limit) {
        double seconds = limit.toMillis() / 1000.0;
        String s = seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
        return "abandoned: still running after the time limit of " + s + " s (worker killed; raise --time-limit SECONDS: a scanned report is read by OCR at several seconds a page)";
    }

    String describeDeath(int exitCode) {
        return exitCode == OUT_OF_MEMORY_EXIT ? "out of memory: the worker's heap limit (-Xmx" + maxHeap + ") was exhausted (raise --max-heap)"
                : exitCode == 137 || exitCode == 9 ? "the worker process was killed (exit code " + exitCode + ")"
                : "the worker process died (exit code " + exitCode + ")";
    }

    void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle c : children) c.onExit().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ignored) {
            // a program the worker ran did not go in time: its temporary files may stay
        }
        removeTmpDir();
    }

    /** Deletes the worker's temporary folder once the worker (and the programs it ran) have gone. */
    private void removeTmpDir() {
        if (!process.isAlive()) deleteTree(tmpDir);
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // left behind
                }
            });
        } catch (IOException ignored) {
            // left behind
        }
    }

    boolean alive() { return process.isAlive(); }

    /** CPU time the worker has used so far (user + system), or -1 where the platform does not tell. */
    long cpuMillis() {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /** Closes the worker's input (it exits after its current job) and waits briefly, then kills it. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        removeTmpDir();
    }

    private static int exitCode(Process p) {
        try {
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
