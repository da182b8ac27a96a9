package org.fiscallens.corpus;

import org.fiscallens.model.FiscalDocument;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Locates the shared real corpus ({@code ../shared/corpus/real} beside the project, or {@code $FISCAL_CORPUS})
 * and the project's own {@code corpus/} folder, and extracts each document once per test JVM.
 */
public final class Corpus {
    private static final Map<Path, FiscalDocument> CACHE = new ConcurrentHashMap<>();

    private Corpus() {}

    /** The project root (the folder holding the parent pom and corpus/). */
    public static Path projectRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("corpus")) && Files.isRegularFile(dir.resolve("fiscal"))) return dir;
        }
        throw new IllegalStateException("project root not found from " + Paths.get("").toAbsolutePath());
    }

    /** The real corpus folder, or null when it is not on this machine. */
    public static Path realOrNull() {
        String env = System.getenv("FISCAL_CORPUS");
        if (env != null && !env.isBlank()) {
            Path p = Paths.get(env);
            return Files.isDirectory(p) ? p : null;
        }
        Path p = projectRoot().resolve("../shared/corpus/real").normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** The real corpus folder; skips the calling test with a clear message when it is absent. */
    public static Path real() {
        Path p = realOrNull();
        Assumptions.assumeTrue(p != null, "real corpus not found at ../shared/corpus/real (set FISCAL_CORPUS): skipping");
        return p;
    }

    /**
     * The second corpus ({@code corpus/more}: reports of eleven more provinces), beside the real corpus: a sibling
     * {@code more} of {@code $FISCAL_CORPUS} when that is set, else {@code ../shared/corpus/more}; null when absent.
     */
    public static Path moreOrNull() {
        String env = System.getenv("FISCAL_CORPUS_MORE");
        Path p;
        if (env != null && !env.isBlank()) p = Paths.get(env);
        else {
            Path real = realOrNull();
            p = real != null ? real.resolveSibling("more") : projectRoot().resolve("../shared/corpus/more").normalize();
        }
        return Files.isDirectory(p) ? p : null;
    }

    /** The second corpus folder; skips the calling test with a clear message when it is absent. */
    public static Path more() {
        Path p = moreOrNull();
        Assumptions.assumeTrue(p != null, "corpus/more not found at ../shared/corpus/more (set FISCAL_CORPUS_MORE): skipping");
        return p;
    }

    /** The PDFs of corpus/more, sorted by relative path; skips where it is absent. */
    public static List<Path> morePdfs() {
        try (Stream<Path> s = Files.walk(more())) {
            return s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path expected() {
        return projectRoot().resolve("corpus/expected");
    }

    public static Path seedPdf() {
        return projectRoot().resolve("corpus/seed/000_f643c22fe8df2981.pdf");
    }

    public static List<Path> realPdfs() {
        try (Stream<Path> s = Files.walk(real())) {
            return s.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FiscalDocument extract(Path pdf) {
        return CACHE.computeIfAbsent(pdf.toAbsolutePath().normalize(), p -> {
            try {
                return new DocumentExtractor().extract(p, null);
            } catch (PdfReadException e) {
                throw new AssertionError(p.getFileName() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Rows of a tab-separated file with a header line, as maps from column name to value. */
    public static List<Map<String, String>> tsv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i] : "");
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
