package org.fiscallens.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds result JSON files given by name or under folders (recursively, hidden folders skipped) and reads
 * them one at a time as they are iterated, so that an export of thousands of documents holds one model in
 * memory at a time. A batch run's {@code summary.json} found in a folder (at any depth) is not a result; it is read for
 * where each source PDF was, so that reports can find the pages again.
 */
public final class ResultLoader implements Iterable<LoadedResult> {

    private record Ref(Path json, String name) {}

    private final List<Ref> refs;
    private final Map<String, Path> sourcesBySha;
    private final Set<String> problems = new LinkedHashSet<>();

    private ResultLoader(List<Ref> refs, Map<String, Path> sourcesBySha, List<String> problems) {
        this.refs = refs;
        this.sourcesBySha = sourcesBySha;
        this.problems.addAll(problems);
    }

    public static ResultLoader scan(List<Path> inputs) {
        Map<Path, Ref> refs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> sources = new HashMap<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(in)) {
                    files = s.filter(Files::isRegularFile).filter(f -> !hiddenBelow(in, f))
                            .filter(f -> f.getFileName().toString().endsWith(".json"))
                            // a pair's check (pairs/…+….pair.json) repeats its narrative's model: not another document
                            .filter(f -> !f.getFileName().toString().endsWith(".pair.json")).sorted().toList();
                } catch (IOException e) {
                    problems.add(in + ": cannot list folder: " + e.getMessage());
                    continue;
                }
                for (Path f : files) {
                    String rel = in.relativize(f).toString().replace('\\', '/');
                    if (f.getFileName().toString().equals("summary.json")) {
                        readSummary(f, sources);
                    } else {
                        refs.putIfAbsent(f.toAbsolutePath().normalize(), new Ref(f, rel.substring(0, rel.length() - 5)));
                    }
                }
            } else if (Files.isRegularFile(in)) {
                String n = in.getFileName().toString();
                refs.putIfAbsent(in.toAbsolutePath().normalize(), new Ref(in, n.endsWith(".json") ? n.substring(0, n.length() - 5) : n));
            } else {
                problems.add(in + ": not found");
            }
        }
        return new ResultLoader(List.copyOf(refs.values()), sources, problems);
    }

    /** How many result files were found (some may turn out unreadable when read). */
    public int size() { return refs.size(); }

    /** Source PDF paths named by batch summaries, by sha256. */
    public Map<String, Path> sourcesBySha() { return sourcesBySha; }

    /** One line per input or file that could not be used, in the order met. */
    public synchronized List<String> problems() { return List.copyOf(problems); }

    /** Reads the results one by one; files that are not results are skipped and noted in {@link #problems()}. */
    @Override
    public Iterator<LoadedResult> iterator() {
        return new Iterator<>() {
            private int i;
            private LoadedResult next = advance();

            private LoadedResult advance() {
                while (i < refs.size()) {
                    Ref r = refs.get(i++);
                    LoadedResult loaded = read(r);
                    if (loaded != null) return loaded;
                }
                return null;
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public LoadedResult next() {
                if (next == null) throw new NoSuchElementException();
                LoadedResult r = next;
                next = advance();
                return r;
            }
        };
    }

    private LoadedResult read(Ref r) {
        try {
            // straight into the model: a tree would normalise the scale of amounts
            FiscalDocument doc = FiscalJson.read(r.json());
            if (doc == null || doc.schemaVersion() < 1 || doc.source() == null) {
                note(r.json() + ": not a Fiscal Lens result (skipped)");
                return null;
            }
            return new LoadedResult(r.json(), r.name(), doc);
        } catch (IOException | RuntimeException e) {
            note(r.json() + ": cannot read result: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return null;
        }
    }

    private synchronized void note(String problem) {
        problems.add(problem);
    }

    private static void readSummary(Path f, Map<String, Path> sources) {
        try {
            JsonNode files = FiscalJson.mapper().readTree(f.toFile()).path("files");
            for (JsonNode e : files) {
                if (e.hasNonNull("sha256") && e.hasNonNull("input")) sources.put(e.get("sha256").asText(), Path.of(e.get("input").asText()));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged summary only costs the hint
        }
    }

    private static boolean hiddenBelow(Path root, Path f) {
        for (Path part : root.relativize(f)) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
