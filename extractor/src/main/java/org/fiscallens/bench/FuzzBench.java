package org.fiscallens.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.fiscallens.batch.FailureKind;
import org.fiscallens.batch.IsolatedWorker;
import org.fiscallens.batch.WorkerLaunch;
import org.fiscallens.layout.Regexes;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code fiscal bench fuzz N}: N hostile cases ({@link HostileCases}, reproducible by seed) read by worker JVMs
 * under a time and a heap limit, exactly as {@code fiscal batch} reads. The workers are persistent: each takes
 * cases one after another ({@link IsolatedWorker}); one that passes the time limit, exhausts its heap or crashes
 * is killed and replaced, and its case counted with that outcome. Every case is made just before it is read and
 * deleted just after, so the disk holds one case per worker. Reports the outcome per class (read, read with pages
 * skipped, refused with a plain reason, refused with an unclear one, abandoned at the time limit, out of heap,
 * crashed), the slowest cases, the peak heap and the reasons given, and whether every case was read or refused
 * with a plain reason. Which case is which depends on (seed, index) alone, never on the workers' order.
 */
public final class FuzzBench {
    /** What a user-facing reason must not contain: an exception class, a PDFBox internal, a stack frame. */
    static final String UNCLEAR = "[A-Z][A-Za-z]*(Exception|Error)\\b|COSName|COSDictionary|COSObject|java\\.|org\\.apache|\\tat ";

    /**
     * How to run: {@code budget} (null: none) stops taking new cases once it has passed, the cases begun are
     * finished and reported (a prefix of the indices, every class as often as the others); {@code log} (null:
     * none) receives one tab-separated line per case as it ends.
     */
    public record Settings(long seed, int cases, int workers, Duration timeLimit, String maxHeap, Path work,
                           Duration budget, Path log) {}

    /** One case read. */
    public record Result(int index, String cls, String kind, String outcome, String reason, long millis, long peakHeap) {}

    private static final JsonFactory JSON = new JsonFactory();

    private final HostileCases cases;
    private final Settings settings;
    private final PrintWriter out;

    public FuzzBench(List<Path> sources, Settings settings, PrintWriter out) {
        this.cases = new HostileCases(sources);
        this.settings = settings;
        this.out = out;
    }

    /** Whether a refusal's reason is one a user can read: one line, no exception class, no library internals. */
    public static boolean plain(String reason) {
        return reason != null && !reason.isBlank() && !reason.contains("\n") && !Regexes.of(UNCLEAR).matcher(reason).find();
    }

    public List<Result> run() throws IOException {
        long t0 = System.nanoTime();
        long stopAt = settings.budget() == null ? Long.MAX_VALUE : t0 + settings.budget().toNanos();
        Result[] results = new Result[settings.cases()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int threads = Math.max(1, Math.min(settings.workers(), settings.cases()));
        int every = Math.max(1, Math.min(500, settings.cases() / 20));
        Files.createDirectories(settings.work());
        List<IsolatedWorker> workers = Collections.synchronizedList(new ArrayList<>());
        Thread hook = new Thread(() -> { synchronized (workers) { workers.forEach(IsolatedWorker::kill); } }, "fiscal-fuzz-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        List<Thread> pool = new ArrayList<>();
        PrintWriter log = settings.log() == null ? null
                : new PrintWriter(Files.newBufferedWriter(settings.log(), java.nio.charset.StandardCharsets.UTF_8));
        List<IOException> errors = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int t = 0; t < threads; t++) {
                Path dir = settings.work().resolve("worker-" + t);
                IsolatedWorker worker = new IsolatedWorker(WorkerLaunch.ofCurrentJvm(settings.maxHeap(), null, threads));
                workers.add(worker);
                Thread th = new Thread(() -> {
                    try {
                        for (int i; System.nanoTime() < stopAt && (i = next.getAndIncrement()) < settings.cases(); ) {
                            Result r = one(worker, i, dir);
                            results[i] = r;
                            if (log != null) {
                                synchronized (log) {
                                    log.printf(Locale.ROOT, "%d\t%s\t%s\t%s\t%d\t%d\t%s%n", r.index(), r.cls(), r.kind(), r.outcome(),
                                            r.millis(), r.peakHeap(), r.reason() == null ? "" : r.reason());
                                    log.flush();
                                }
                            }
                            int n = done.incrementAndGet();
                            if (n % every == 0) {
                                synchronized (out) {
                                    out.printf(Locale.ROOT, "fuzz: %d / %d cases, %.0f s%n", n, settings.cases(), (System.nanoTime() - t0) / 1e9);
                                    out.flush();
                                }
                            }
                        }
                    } catch (IOException e) {
                        errors.add(e);
                        next.set(settings.cases()); // the others stop too
                    } finally {
                        worker.close();
                        delete(dir);
                    }
                }, "fiscal-fuzz-" + t);
                th.start();
                pool.add(th);
            }
            for (Thread th : pool) th.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (workers) { workers.forEach(IsolatedWorker::kill); }
            throw new IOException("interrupted");
        } finally {
            if (log != null) log.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        if (!errors.isEmpty()) throw errors.get(0);
        List<Result> list = new ArrayList<>();
        for (Result r : results) if (r != null) list.add(r);
        report(list, (System.nanoTime() - t0) / 1e9);
        return list;
    }

    /** Makes case {@code i} in {@code dir}, reads it in the worker and deletes it. */
    private Result one(IsolatedWorker worker, int i, Path dir) throws IOException {
        HostileCases.Case c = cases.make(settings.seed(), i, dir);
        Path output = dir.resolve("result.json");
        try {
            String outcome, reason = null;
            long millis = 0, heap = 0;
            String refused = null;
            try {
                // as fiscal batch does: a pipe, device or folder is refused before any worker opens it
                org.fiscallens.pdf.PdfOpener.checkFile(c.path());
            } catch (org.fiscallens.pdf.PdfReadException e) {
                refused = e.getMessage();
            }
            if (refused != null) {
                outcome = plain(refused) ? "refused" : "refused, unclear reason";
                reason = refused;
            } else {
                IsolatedWorker.Outcome o = worker.extract(c.path(), output, settings.timeLimit());
                millis = o.millis();
                heap = o.peakHeapBytes();
                reason = o.reason();
                if (o.ok()) {
                    outcome = readOutcome(output);
                } else {
                    outcome = switch (o.kind()) {
                        case UNREADABLE -> plain(o.reason()) ? "refused" : "refused, unclear reason";
                        case TIMEOUT -> "time limit";
                        case MEMORY -> "heap limit";
                        default -> "crash";
                    };
                }
            }
            return new Result(i, c.cls(), c.kind(), outcome, reason, millis, heap);
        } finally {
            delete(c.path());
            Files.deleteIfExists(output);
        }
    }

    /**
     * What the result JSON says of pages not fully read, by streaming its {@code source}: "read, pages skipped" when
     * it lists pages skipped past a limit, "read, text unread" when it lists pages whose text could not be read,
     * else "read".
     */
    static String readOutcome(Path result) throws IOException {
        boolean skipped = false, unread = false;
        try (JsonParser p = JSON.createParser(result.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) return "read";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (!field.equals("source") || t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    // an array: listed when it has an element; its elements are skipped to its end
                    boolean listed = false;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        listed = true;
                        p.skipChildren();
                    }
                    if (listed && f.equals("skippedPages")) skipped = true;
                    if (listed && f.equals("unreadTextPages")) unread = true;
                }
                break;
            }
        }
        return skipped ? "read, pages skipped" : unread ? "read, text unread" : "read";
    }

    /** The outcomes that are not a failure of the reader. */
    public static boolean acceptable(String outcome) {
        return outcome.equals("read") || outcome.equals("read, pages skipped") || outcome.equals("read, text unread")
                || outcome.equals("refused");
    }

    private void report(List<Result> results, double seconds) {
        List<String> outcomes = List.of("read", "read, pages skipped", "read, text unread", "refused", "refused, unclear reason", "time limit",
                "heap limit", "crash");
        Map<String, Map<String, Integer>> byClass = new TreeMap<>();
        for (Result r : results) byClass.computeIfAbsent(r.cls(), k -> new LinkedHashMap<>()).merge(r.outcome(), 1, Integer::sum);
        out.printf(Locale.ROOT, "%nfiscal bench fuzz: %d cases, seed %d, %d workers, time limit %s s, heap %s; %.0f s wall (%.2f s per case)%n",
                results.size(), settings.seed(), settings.workers(), settings.timeLimit().toMillis() / 1000.0, settings.maxHeap(),
                seconds, results.isEmpty() ? 0 : seconds / results.size());
        if (results.size() < settings.cases()) {
            out.printf(Locale.ROOT, "stopped at the time budget of %.0f s: cases #0 to #%d of the %d asked for were run%n",
                    settings.budget() == null ? 0 : settings.budget().toMillis() / 1000.0, results.size() - 1, settings.cases());
        }
        out.printf(Locale.ROOT, "%-14s %6s", "class", "cases");
        for (String o : outcomes) out.printf(Locale.ROOT, " %s |", o);
        out.println();
        for (Map.Entry<String, Map<String, Integer>> e : byClass.entrySet()) {
            int n = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            out.printf(Locale.ROOT, "%-14s %6d", e.getKey(), n);
            for (String o : outcomes) out.printf(Locale.ROOT, " %" + o.length() + "d |", e.getValue().getOrDefault(o, 0));
            out.println();
        }
        long peak = results.stream().mapToLong(Result::peakHeap).max().orElse(0);
        Result peakCase = results.stream().max(Comparator.comparingLong(Result::peakHeap)).orElse(null);
        out.printf(Locale.ROOT, "peak heap: %.0f MB (%s) of the %s limit%n", peak / 1048576.0,
                peakCase == null ? "-" : name(peakCase), settings.maxHeap());
        out.println("slowest cases:");
        results.stream().sorted(Comparator.comparingLong(Result::millis).reversed()).limit(10).forEach(r ->
                out.printf(Locale.ROOT, "  %7.1f s  %-28s %s%s%n", r.millis() / 1000.0, name(r), r.outcome(),
                        r.reason() == null ? "" : ": " + r.reason()));
        Map<String, Integer> reasons = new TreeMap<>();
        for (Result r : results) if (r.reason() != null) reasons.merge(Regexes.replaceAll(r.reason(), "\\d[\\d,.]*", "N"), 1, Integer::sum);
        out.println("reasons given:");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey()));
        // refusals that do not say what is wrong with the file: where Reasons could learn a new mapping
        List<Result> vague = results.stream().filter(r -> r.reason() != null && r.reason().contains("--debug")).toList();
        if (!vague.isEmpty()) {
            out.println("refusals to look at with --debug (case, reproducible by --seed):");
            vague.stream().limit(10).forEach(r -> out.printf(Locale.ROOT, "  %s: %s%n", name(r), r.reason()));
        }
        List<Result> bad = results.stream().filter(r -> !acceptable(r.outcome())).toList();
        out.printf(Locale.ROOT, "%s: %d of %d cases read or refused with a plain reason%n", bad.isEmpty() ? "PASS" : "FAIL",
                results.size() - bad.size(), results.size());
        bad.stream().limit(20).forEach(r -> out.printf(Locale.ROOT, "  %s: %s: %s%n", name(r), r.outcome(), r.reason()));
        out.flush();
    }

    private String name(Result r) {
        return String.format(Locale.ROOT, "#%d %s/%s", r.index(), r.cls(), r.kind());
    }

    static void delete(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left behind in the temporary folder
                }
            });
        } catch (IOException ignored) {
            // left behind
        }
    }
}
