package org.fiscallens.spark;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.spark.sql.SparkSession;
import org.fiscallens.batch.BatchInput;
import org.fiscallens.batch.BatchOptions;
import org.fiscallens.batch.BatchRunner;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.batch.InputScanner;
import org.fiscallens.batch.Progress;
import org.fiscallens.batch.WorkerLaunch;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.pdf.ParallelPageReader;
import org.fiscallens.pipeline.DocumentExtractor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code fiscal-spark --bench [PDF_DIR] [--ocr-pdf PDF]}: in one run, pages per second of {@code fiscal batch} with 1
 * and 2 workers and of the Spark job in {@code local[1]} and {@code local[2]} on the same PDFs (every run from an
 * empty output folder, the same worker jar), the Spark overhead as a ratio, OCR seconds per page on pages made
 * scanned (rendered to images at 200 dpi), and from these the cluster for one million reports of 25 pages. Not a
 * test: figures depend on the machine and its load.
 */
final class SparkBench {
    private SparkBench() {}

    static int main(String[] args) {
        try {
            run(args);
            return 0;
        } catch (Exception e) {
            System.err.println("fiscal-spark --bench: " + e.getMessage());
            return 2;
        }
    }

    private static void run(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/real");
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder of PDFs");
        String workerJar = System.getProperty("fiscal.worker.classpath");
        List<BatchInput> inputs = InputScanner.scan(List.of(dir.toString())).inputs();
        int cores = Runtime.getRuntime().availableProcessors();
        Path scratch = Files.createTempDirectory("fiscal-spark-bench-");
        System.out.printf(Locale.ROOT, "bench: %d PDFs under %s, %d cores, load average %.2f at start%n", inputs.size(), dir, cores,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            double[] batch = new double[3], spark = new double[3], session = new double[3];
            long pages = 0;
            for (int w = 1; w <= 2; w++) {
                Path out = scratch.resolve("batch" + w);
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                WorkerLaunch launch = new WorkerLaunch(java, workerJar != null ? workerJar : System.getProperty("java.class.path"),
                        "512m", List.of("-D" + ParallelPageReader.THREADS_PROPERTY + "=" + Math.max(1, cores / w)), null);
                BatchOptions bo = new BatchOptions(out, w, Duration.ofSeconds(300), "512m", false, Progress.Mode.NONE, false);
                long t0 = System.nanoTime();
                BatchSummary s = new BatchRunner(bo, launch, new PrintWriter(System.err, true)).run(inputs);
                batch[w] = (System.nanoTime() - t0) / 1e9;
                pages = s.pagesProcessed();
                System.out.printf(Locale.ROOT, "batch   %d worker%s: %6.1f s wall, %5.1f pages/s (%d pages, %d failed)%n", w, w == 1 ? " " : "s",
                        batch[w], pages / batch[w], s.pagesProcessed(), s.failed());
                if (w == 2) {
                    // what the Spark job does beside the extraction: the flat tables of fiscal export (here as CSV)
                    long te = System.nanoTime();
                    org.fiscallens.export.CsvExporter.write(org.fiscallens.export.ResultLoader.scan(List.of(out)), scratch.resolve("csv"));
                    double export = (System.nanoTime() - te) / 1e9;
                    System.out.printf(Locale.ROOT, "  + fiscal export --format csv of its results: %.1f s (batch + export: %.1f s, %.1f pages/s)%n",
                            export, batch[w] + export, pages / (batch[w] + export));
                }
            }
            // Spark's own warm-up, paid once per JVM (a driver's first Parquet write loads and generates its code:
            // 25 s on this loaded machine), not per file: a run on the three smallest PDFs first, reported apart
            long tw = System.nanoTime();
            SparkSession warm = FiscalSpark.session("local[2]");
            try {
                Path small = scratch.resolve("warm-in");
                Files.createDirectories(small);
                List<Path> smallest = inputs.stream().map(BatchInput::file).sorted(Comparator.comparingLong(SparkBench::size)).limit(3).toList();
                for (Path p : smallest) Files.createSymbolicLink(small.resolve(p.getFileName()), p.toAbsolutePath());
                FiscalSpark.run(warm, new SparkOptions(List.of(small.toString()), scratch.resolve("warm-out").toString(), null, 300,
                        "512m", false, 1000, 0, workerJar, true), System.err);
            } finally {
                warm.stop();
            }
            System.out.printf(Locale.ROOT, "spark warm-up (once per driver JVM; 3 small PDFs): %.1f s%n", (System.nanoTime() - tw) / 1e9);
            for (int n = 1; n <= 2; n++) {
                Path out = scratch.resolve("spark" + n);
                long t0 = System.nanoTime();
                SparkSession ss = FiscalSpark.session("local[" + n + "]");
                session[n] = (System.nanoTime() - t0) / 1e9;
                try {
                    SparkOptions o = SparkOptions.parse(new String[]{dir.toString(), "-o", out.toString(), "--quiet"});
                    FiscalSpark.Report r = FiscalSpark.run(ss, new SparkOptions(o.inputs(), o.out(), null, 300, "512m", false, 1000, 0,
                            workerJar, true), System.err);
                    spark[n] = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "spark local[%d]: %6.1f s wall (%.1f s session start), %5.1f pages/s (%d pages, %d failed); "
                                    + "overhead %.2fx batch with %d worker%s%n", n, spark[n], session[n], r.pages() / spark[n], r.pages(),
                            r.failed(), spark[n] / batch[n], n, n == 1 ? "" : "s");
                } finally {
                    ss.stop();
                }
            }
            double textPps = pages / spark[2];
            double ocrSecondsPerPage = ocrSecondsPerPage(inputs.get(0).file(), scratch);
            System.out.printf(Locale.ROOT, "ocr: %.2f s per scanned page (Tesseract chi_sim through the extractor, one page at a time)%n",
                    ocrSecondsPerPage);
            plan(textPps / 2, ocrSecondsPerPage);
        } finally {
            try (Stream<Path> s = Files.walk(scratch)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Makes {@code pages} pages of a real PDF scanned (images only) and times their extraction with OCR. */
    private static double ocrSecondsPerPage(Path pdf, Path scratch) throws Exception {
        Path scanned = scratch.resolve("scanned.pdf");
        int pages = 2;
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument dst = new PDDocument()) {
            PDFRenderer r = new PDFRenderer(src);
            for (int i = 0; i < Math.min(pages, src.getNumberOfPages()); i++) {
                BufferedImage img = r.renderImageWithDPI(i, 200, ImageType.GRAY);
                PDRectangle box = src.getPage(i).getMediaBox();
                PDPage page = new PDPage(box);
                dst.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(dst, img);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            pages = dst.getNumberOfPages();
            dst.save(scanned.toFile());
        }
        DocumentExtractor ex = new DocumentExtractor();
        ex.extract(scanned, null);   // warm: Tesseract found, classes loaded
        long t0 = System.nanoTime();
        FiscalDocument d = ex.extract(scanned, null);
        double s = (System.nanoTime() - t0) / 1e9;
        int ocr = d.source().ocrPages() == null ? 0 : d.source().ocrPages().size();
        if (ocr == 0) throw new IOException("no page was read by OCR (is tesseract with chi_sim installed?)");
        return s / ocr;
    }

    /** The cluster for 1 million reports of 25 pages from the measured rates. */
    private static void plan(double textPagesPerCoreSecond, double ocrSecondsPerPage) {
        double pages = 1_000_000 * 25.0;
        double textCoreHours = pages / textPagesPerCoreSecond / 3600;
        double ocrCoreHours = pages * ocrSecondsPerPage / 3600;
        System.out.printf(Locale.ROOT, "plan: 1,000,000 reports x 25 pages = 25,000,000 pages%n");
        System.out.printf(Locale.ROOT, "  text layer: %.1f pages/s per core (spark local[2] / 2) -> %.0f core-hours; "
                + "on 50 executors x 4 cores (200 cores): %.1f h%n", textPagesPerCoreSecond, textCoreHours, textCoreHours / 200);
        System.out.printf(Locale.ROOT, "  scanned:    %.2f s per page -> %.0f core-hours; on 200 cores: %.0f h; on 1000 cores: %.1f h%n",
                ocrSecondsPerPage, ocrCoreHours, ocrCoreHours / 200, ocrCoreHours / 1000);
    }
}
