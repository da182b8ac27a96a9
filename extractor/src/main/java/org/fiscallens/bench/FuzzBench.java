package org.fiscallens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fiscallens.batch.BatchInput;
import org.fiscallens.batch.BatchOptions;
import org.fiscallens.batch.BatchRunner;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.batch.Progress;
import org.fiscallens.layout.Regexes;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code fiscal bench fuzz N}: N hostile cases ({@link HostileCases}, reproducible by seed) read by the batch
 * machinery (worker JVMs under a time and a heap limit, exactly as {@code fiscal batch} reads), in chunks so that
 * the disk holds one chunk at a time. Reports the outcome per class (read, read with pages skipped, refused with a
 * plain reason, refused with an unclear one, abandoned at the time limit, out of heap, crashed), the slowest cases
 * and the peak heap, and whether every case was read or refused with a plain reason.
 */
public final class FuzzBench {
    /** What a user-facing reason must not contain: an exception class, a PDFBox internal, a stack frame. */
    static final String UNCLEAR = "[A-Z][A-Za-z]*(Exception|Error)\\b|COSName|COSDictionary|COSObject|java\\.|org\\.apache|\\tat ";

    public record Settings(long seed, int cases, int workers, Duration timeLimit, String maxHeap, int chunk, Path work) {}

    /** One case read. */
    public record Result(int index, String cls, String kind, String outcome, String reason, long millis, long peakHeap) {}

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
        List<Result> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int from = 0; from < settings.cases(); from += settings.chunk()) {
            int to = Math.min(settings.cases(), from + settings.chunk());
            results.addAll(chunk(from, to));
            out.printf(Locale.ROOT, "fuzz: %d / %d cases, %.0f s%n", to, settings.cases(), (System.nanoTime() - t0) / 1e9);
            out.flush();
        }
        report(results, (System.nanoTime() - t0) / 1e9);
        return results;
    }

    private List<Result> chunk(int from, int to) throws IOException {
        Path dir = settings.work().resolve("cases-" + from);
        Path outDir = settings.work().resolve("out-" + from);
        List<BatchInput> inputs = new ArrayList<>();
        Map<String, HostileCases.Case> byInput = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = from; i < to; i++) {
            HostileCases.Case c = cases.make(settings.seed(), i, dir);
            String key = c.path().toAbsolutePath().normalize().toString();
            byInput.put(key, c);
            index.put(key, i);
            inputs.add(new BatchInput(c.path(), c.path().getFileName().toString()));
        }
        BatchOptions options = new BatchOptions(outDir, settings.workers(), settings.timeLimit(), settings.maxHeap(), true,
                Progress.Mode.NONE, false);
        BatchSummary s = new BatchRunner(options, new PrintWriter(java.io.OutputStream.nullOutputStream())).run(inputs);
        Map<String, String> kinds = new HashMap<>();
        for (BatchSummary.Failure f : s.failures()) kinds.put(Path.of(f.input()).toAbsolutePath().normalize().toString(), f.kind());
        ObjectMapper json = new ObjectMapper();
        List<Result> results = new ArrayList<>();
        for (BatchSummary.FileEntry e : s.files()) {
            HostileCases.Case c = byInput.get(e.input());
            String outcome;
            if (e.result() != null) {
                JsonNode skipped = json.readTree(outDir.resolve(e.result()).toFile()).path("source").path("skippedPages");
                outcome = skipped.isArray() && !skipped.isEmpty() ? "read, pages skipped" : "read";
            } else {
                String kind = kinds.getOrDefault(e.input(), "crash");
                outcome = switch (kind) {
                    case "unreadable" -> plain(e.reason()) ? "refused" : "refused, unclear reason";
                    case "timeout" -> "time limit";
                    case "memory" -> "heap limit";
                    default -> "crash";
                };
            }
            results.add(new Result(index.get(e.input()), c.cls(), c.kind(), outcome, e.reason(),
                    e.millis() == null ? 0 : e.millis(), e.peakHeapBytes() == null ? 0 : e.peakHeapBytes()));
        }
        delete(dir);
        delete(outDir);
        results.sort(Comparator.comparingInt(Result::index));
        return results;
    }

    /** The outcomes that are not a failure of the reader. */
    public static boolean acceptable(String outcome) {
        return outcome.equals("read") || outcome.equals("read, pages skipped") || outcome.equals("refused");
    }

    private void report(List<Result> results, double seconds) {
        List<String> outcomes = List.of("read", "read, pages skipped", "refused", "refused, unclear reason", "time limit",
                "heap limit", "crash");
        Map<String, Map<String, Integer>> byClass = new TreeMap<>();
        for (Result r : results) byClass.computeIfAbsent(r.cls(), k -> new LinkedHashMap<>()).merge(r.outcome(), 1, Integer::sum);
        out.printf(Locale.ROOT, "%nfiscal bench fuzz: %d cases, seed %d, %d workers, time limit %s s, heap %s; %.0f s wall (%.2f s per case)%n",
                results.size(), settings.seed(), settings.workers(), settings.timeLimit().toMillis() / 1000.0, settings.maxHeap(),
                seconds, results.isEmpty() ? 0 : seconds / results.size());
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
