package org.fiscallens.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fiscallens.batch.BatchInput;
import org.fiscallens.batch.BatchOptions;
import org.fiscallens.batch.BatchRunner;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.batch.Progress;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code fiscal bench speed}: how fast Fiscal Lens reads a corpus, against bare PDFBox text extraction and
 * poppler's {@code pdftotext -layout} on the same files in the same run, and against the targets: batch wall
 * time at most 5× {@code pdftotext -layout}, single-file cold start at most 1.5 s, heap at most 512 MB per worker.
 * Wall times depend on what else runs on the machine, so CPU times and the load average are printed beside them.
 */
public final class SpeedBench {
    public static final double TARGET_BATCH_RATIO = 5.0, TARGET_COLD_START_S = 1.5;
    public static final long TARGET_HEAP_BYTES = 512L << 20;

    private final List<Path> pdfs;
    private final List<Integer> workerCounts;
    private final Path work;
    private final PrintWriter out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public SpeedBench(List<Path> pdfs, List<Integer> workerCounts, Path work, PrintWriter out) {
        this.pdfs = List.copyOf(pdfs);
        this.workerCounts = List.copyOf(workerCounts);
        this.work = work;
        this.out = out;
    }

    /** Wall and CPU milliseconds of one measured step. */
    record Cost(double wallMs, double cpuMs) {
        Cost plus(Cost o) { return new Cost(wallMs + o.wallMs, cpuMs + o.cpuMs); }
    }

    public static List<Path> findPdfs(List<Path> inputs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().forEach(all::add);
                }
            } else {
                all.add(in);
            }
        }
        return all;
    }

    public void run() throws IOException, InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        int[] pages = new int[pdfs.size()];
        int totalPages = 0;
        for (int i = 0; i < pdfs.size(); i++) {
            try (PDDocument d = Loader.loadPDF(new RandomAccessReadBufferedFile(pdfs.get(i).toFile()))) {
                pages[i] = d.getNumberOfPages();
            }
            totalPages += pages[i];
        }
        out.printf(Locale.ROOT, "Fiscal Lens speed bench: %d PDFs, %d pages; %d cores, load average %.1f at start%n",
                pdfs.size(), totalPages, cores, load());
        out.flush();

        // 1. warm up the JIT on a few files so that per-page figures are the steady state a batch worker reaches
        List<Path> warm = pdfs.subList(0, Math.min(4, pdfs.size()));
        for (Path p : warm) { extract(p); strip(p); }

        // 2. per file, in this JVM: extract (the whole pipeline, with the checks where they are wired in) vs PDFTextStripper
        Cost extract = new Cost(0, 0), strip = new Cost(0, 0);
        for (Path p : pdfs) {
            extract = extract.plus(extract(p));
            strip = strip.plus(strip(p));
        }
        // 3. pdftotext -layout over the same files, one process per file as a shell loop would run it
        Cost poppler = pdftotext();

        out.println();
        out.println("Per page, warm (one JVM, one thread)        wall ms/page   CPU ms/page");
        row("fiscal extract (layout, sections, facts...)", extract, totalPages);
        row("PDFBox PDFTextStripper (load + getText)", strip, totalPages);
        if (poppler != null) row("pdftotext -layout (one process per file)", poppler, totalPages);
        out.printf(Locale.ROOT, "  extract / PDFTextStripper: %.1fx wall, %.1fx CPU%n", extract.wallMs / strip.wallMs, extract.cpuMs / strip.cpuMs);
        if (poppler != null) {
            out.printf(Locale.ROOT, "  extract / pdftotext -layout: %.1fx wall, %.1fx CPU%n", extract.wallMs / poppler.wallMs, extract.cpuMs / poppler.cpuMs);
        }
        out.flush();

        // 4. batch throughput on the whole corpus, fresh output folder per run (nothing skipped)
        out.println();
        out.println("Batch (worker JVMs, -Xmx512m), whole corpus:");
        long peak = 0;
        boolean allWithinHeap = true;
        for (int w : workerCounts) {
            Path outDir = work.resolve("batch-" + w);
            BatchOptions options = new BatchOptions(outDir, w, Duration.ofSeconds(600), "512m", false, Progress.Mode.NONE, false);
            List<BatchInput> inputs = new ArrayList<>();
            for (int i = 0; i < pdfs.size(); i++) inputs.add(new BatchInput(pdfs.get(i), String.format(Locale.ROOT, "%03d.pdf", i)));
            double loadBefore = load();
            BatchSummary s = new BatchRunner(options, new PrintWriter(PrintWriter.nullWriter())).run(inputs);
            peak = Math.max(peak, s.peakHeapBytes());
            allWithinHeap &= s.failures().stream().noneMatch(f -> f.kind().equals("memory"));
            String vsPoppler = poppler == null ? "" : String.format(Locale.ROOT, "  = %.1fx pdftotext wall (target <= %.0fx: %s), %.1fx its CPU",
                    s.wallSeconds() * 1000 / poppler.wallMs, TARGET_BATCH_RATIO,
                    verdict(s.wallSeconds() * 1000 / poppler.wallMs <= TARGET_BATCH_RATIO), s.workerCpuSeconds() * 1000 / poppler.cpuMs);
            out.printf(Locale.ROOT, "  %d worker%s: wall %.1f s, %.1f pages/s, %.1f files/s, worker CPU %.1f s, %d done, %d failed, "
                            + "worker start %d ms (mean of %d), load %.1f%s%n",
                    w, w == 1 ? " " : "s", s.wallSeconds(), s.pagesProcessed() / s.wallSeconds(), s.done() / s.wallSeconds(),
                    s.workerCpuSeconds(), s.done(), s.failed(), s.workerStarts().meanMillis(), s.workerStarts().count(), loadBefore, vsPoppler);
            out.flush();
        }

        // 5. cold start: a fresh `fiscal extract` process on the smallest and on a median-sized file
        out.println();
        out.println("Cold start (fresh JVM per run; best and median of 5: the best is what the machine does when no other");
        out.println("process steals its cores, the median what a user of this shared machine saw):");
        double[] version = bestAndMedian(5, () -> coldRun(List.of("--version")));
        out.printf(Locale.ROOT, "  fiscal --version (JVM + CLI start): best %.2f s, median %.2f s%n", version[0], version[1]);
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) bySize.add(i);
        bySize.sort(Comparator.comparingInt(i -> pages[i]));
        for (int idx : List.of(bySize.get(0), bySize.get(bySize.size() / 2))) {
            Path f = pdfs.get(idx);
            Path json = work.resolve("cold.json");
            double[] t = bestAndMedian(5, () -> coldRun(List.of("extract", f.toString(), "-o", json.toString())));
            out.printf(Locale.ROOT, "  fiscal extract, %d pages (%s): best %.2f s (target <= %.1f s: %s, %.2fx), median %.2f s (%s, %.2fx)%n",
                    pages[idx], f.getFileName(), t[0], TARGET_COLD_START_S, verdict(t[0] <= TARGET_COLD_START_S), t[0] / TARGET_COLD_START_S,
                    t[1], verdict(t[1] <= TARGET_COLD_START_S), t[1] / TARGET_COLD_START_S);
        }

        out.println();
        out.printf(Locale.ROOT, "Heap: peak %d MB per worker (upper bound: sum of heap pool peaks); target <= %d MB: %s; "
                        + "every file within -Xmx512m: %s%n", peak >> 20, TARGET_HEAP_BYTES >> 20, verdict(peak <= TARGET_HEAP_BYTES),
                allWithinHeap ? "yes" : "NO");
        ocrSpeed();
        out.printf(Locale.ROOT, "Load average at end %.1f (figures are wall times on a shared machine; CPU columns are not).%n", load());
        out.flush();
    }

    /** Target: OCR extraction of scanned pages at most this many times raw tesseract on the same page images. */
    static final double TARGET_OCR_RATIO = OcrOracle.TARGET_RATIO;

    /**
     * 6. OCR: up to three table pages of the first PDF with tables, rendered at 200 dpi as an image-only PDF, extracted
     * with OCR (rulings, page reading, cells re-read) against raw {@code tesseract -l chi_sim --psm 1 hocr} on the same
     * page images, one process per page.
     */
    private void ocrSpeed() throws IOException, InterruptedException {
        org.fiscallens.ocr.PageOcr ocr = org.fiscallens.ocr.TesseractOcr.detect().orElse(null);
        out.println();
        if (ocr == null) { out.println("OCR: tesseract with chi_sim not installed, skipped"); return; }
        OcrOracle oracle = new OcrOracle(ocr, 3, null, new PrintWriter(PrintWriter.nullWriter()));
        for (Path pdf : pdfs) {
            List<Integer> pages;
            FiscalDocument text;
            try {
                text = new DocumentExtractor(null).extract(pdf, null);
                pages = oracle.tablePages(text, pdf);
            } catch (PdfReadException e) { continue; }
            if (pages.isEmpty()) continue;
            Path scan = work.resolve("ocr-scan.pdf");
            List<Integer> used;
            try {
                used = oracle.makeTwin(pdf, text, pages, new OcrOracle.Config(200, false, false), scan);
            } catch (PdfReadException e) { continue; }
            long t0 = System.nanoTime();
            try { new DocumentExtractor(ocr).extract(scan, null); } catch (PdfReadException e) { continue; }
            double ours = (System.nanoTime() - t0) / 1e9;
            double raw = OcrOracle.rawTesseract(scan, ocr.dpi(), work) / 1e9;
            out.printf(Locale.ROOT, "OCR (%d table pages of %s as a 200 dpi scan): %.1f s, %.2f pages/s; raw tesseract on the same pages "
                            + "%.1f s: %.2fx (target <= %.1fx: %s)%n", used.size(), pdf.getFileName(), ours, used.size() / ours, raw,
                    ours / raw, TARGET_OCR_RATIO, verdict(ours / raw <= TARGET_OCR_RATIO));
            out.flush();
            return;
        }
        out.println("OCR: no table page found, skipped");
    }

    private void row(String what, Cost c, int pages) {
        out.printf(Locale.ROOT, "  %-44s %10.1f %12.1f%n", what, c.wallMs / pages, c.cpuMs / pages);
    }

    private static String verdict(boolean ok) {
        return ok ? "OK" : "MISSED";
    }

    private Cost extract(Path p) {
        long w = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
        try {
            FiscalDocument d = new DocumentExtractor().extract(p, null);
            if (d.source().pages() < 0) throw new IllegalStateException();
        } catch (PdfReadException e) {
            out.println("  (" + p.getFileName() + ": " + e.getMessage() + ")");
        }
        return new Cost((System.nanoTime() - w) / 1e6, (threads.getCurrentThreadCpuTime() - c) / 1e6);
    }

    private Cost strip(Path p) throws IOException {
        long w = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
        try (PDDocument d = Loader.loadPDF(new RandomAccessReadBufferedFile(p.toFile()))) {
            String text = new PDFTextStripper().getText(d);
            if (text == null) throw new IllegalStateException();
        }
        return new Cost((System.nanoTime() - w) / 1e6, (threads.getCurrentThreadCpuTime() - c) / 1e6);
    }

    /** Runs pdftotext -layout on each file from one shell, which reports its children's CPU with {@code times}. */
    private Cost pdftotext() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                "for f in \"$@\"; do pdftotext -q -layout \"$f\" - >/dev/null || exit 3; done; times", "bench"));
        pdfs.forEach(p -> cmd.add(p.toString()));
        long w = System.nanoTime();
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            out.println("  pdftotext: cannot run (" + e.getMessage() + "); install poppler-utils");
            return null;
        }
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(600, TimeUnit.SECONDS) || proc.exitValue() != 0) {
            out.println("  pdftotext -layout not available or failed (install poppler-utils): skipped");
            return null;
        }
        double wall = (System.nanoTime() - w) / 1e6;
        // `times` prints the shell's user/sys, then its children's: "0m1.234s 0m0.120s"
        String[] lines = Regexes.split(output.strip(), "\n");
        double cpu = 0;
        for (String t : lines[lines.length - 1].trim().split("\\s+")) cpu += seconds(t) * 1000;
        return new Cost(wall, cpu);
    }

    private static double seconds(String t) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s").matcher(t);
        return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2)) : 0;
    }

    interface Timed { double run() throws IOException, InterruptedException; }

    /** {best, median} of n timings. */
    private static double[] bestAndMedian(int n, Timed t) throws IOException, InterruptedException {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < n; i++) v.add(t.run());
        v.sort(Double::compare);
        return new double[]{v.get(0), v.get(n / 2)};
    }

    /** Seconds for a fresh JVM to run the CLI with these arguments, as the {@code fiscal} launcher starts it. */
    private double coldRun(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m"));
        cmd.addAll(org.fiscallens.batch.WorkerLaunch.FAST_FLAGS); // as the fiscal launcher starts it
        cmd.addAll(org.fiscallens.batch.WorkerLaunch.sharedArchive(System.getProperty("java.class.path")));
        // the class path of this run (the shaded jar when started by the launcher), main class named explicitly
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.fiscallens.cli.FiscalCli"));
        cmd.addAll(args);
        long w = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("cold run did not finish: " + args);
        }
        return (System.nanoTime() - w) / 1e9;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
