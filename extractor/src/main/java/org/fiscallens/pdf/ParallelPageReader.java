package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.ocr.PageOcr;
import org.fiscallens.parallel.ParallelMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads all pages of a document on several threads. A {@link PDDocument} is not thread-safe, so every extra
 * thread opens its own copy of the file and the threads take the next unread page from a shared counter;
 * the layouts come back in page order, identical to a sequential read (each page is read by one
 * {@link PageLayoutReader} from the same bytes).
 *
 * <p>Most of a page's cost is PDFBox parsing its content stream and its embedded (CJK, subset) fonts, which
 * is independent per page; on a cold start the threads also share the class loading and JIT warm-up.
 * Batch workers, which already run one per core, use one thread ({@link #threads()}).
 */
public final class ParallelPageReader {
    /** System property: threads per document (default: the available processors, at most 4). */
    public static final String THREADS_PROPERTY = "fiscal.pageThreads";
    /** Below this many pages a second copy of the document is not worth opening. */
    private static final int MIN_PAGES_PER_THREAD = 3;
    /**
     * Pages read from one opened copy of a long document before it is closed and opened again: PDFBox keeps every
     * object it has parsed (fonts, their CMaps, resources) for the life of a {@link PDDocument}, so a 5,000-page
     * report read through one copy held gigabytes; reopened every so many pages, what it keeps stays flat.
     */
    static final int PAGES_PER_OPENING = 200;

    private ParallelPageReader() {}

    /** The number of threads a document is read with in this JVM. */
    public static int threads() {
        int dflt = Math.min(4, Runtime.getRuntime().availableProcessors());
        return Math.max(1, Integer.getInteger(THREADS_PROPERTY, dflt));
    }

    /**
     * @param pdf      the open document (read by the calling thread)
     * @param file     its file, opened again by each extra thread; null reads sequentially
     * @param password its password, or null
     * @param ocr      the engine for pages without a text layer, or null
     * @param threads  threads to use (1: sequential)
     */
    public static List<PageLayout> readAll(PDDocument pdf, Path file, String password, PageOcr ocr, int threads)
            throws IOException {
        return readAll(pdf, file, password, ocr, threads, PAGES_PER_OPENING);
    }

    /** As {@link #readAll(PDDocument, Path, String, PageOcr, int)}, copies reopened every {@code perOpening} pages. */
    static List<PageLayout> readAll(PDDocument pdf, Path file, String password, PageOcr ocr, int threads, int perOpening)
            throws IOException {
        int n = pdf.getNumberOfPages();
        int extra = file == null ? 0 : Math.min(threads, n / MIN_PAGES_PER_THREAD) - 1;
        if (extra <= 0 && (file == null || n <= perOpening)) return sequential(pdf, ocr, n);
        boolean reopen = n > perOpening;
        extra = Math.max(0, extra);

        PageLayout[] out = new PageLayout[n];
        AtomicInteger next = new AtomicInteger(1);
        List<Thread> helpers = new ArrayList<>();
        for (int t = 0; t < extra; t++) {
            Thread th = new Thread(() -> {
                try {
                    drainCopies(file, password, ocr, next, n, out, perOpening);
                } catch (Throwable e) {
                    // Whatever stops this thread (a damaged page, even a stack or heap exhausted by one), the
                    // caller's thread reads the pages that remain and re-reads the one this thread failed on,
                    // so a real error is reported once, by the caller, as in a sequential read.
                }
            }, "fiscal-pages-" + (t + 1));
            th.setDaemon(true);
            helpers.add(th);
            th.start();
        }
        try {
            // a long document: the caller's thread too reads from copies it reopens, leaving {@code pdf} unburdened
            if (reopen) {
                try {
                    drainCopies(file, password, ocr, next, n, out, perOpening);
                } catch (IOException | PdfReadException | RuntimeException e) {
                    // the pages left (and the one that failed) are read below from the caller's document
                }
            } else {
                drain(new PageLayoutReader(pdf, ocr), next, n, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Thread th : helpers) ParallelMap.joinQuietly(th);
        }
        // Pages a helper took but could not finish (it failed) are read again here, so that their error, if
        // real, is the caller's.
        PageLayoutReader reader = null;
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                if (reader == null) reader = new PageLayoutReader(pdf, ocr);
                out[i] = reader.read(i + 1);
            }
        }
        return Arrays.asList(out);
    }

    private static List<PageLayout> sequential(PDDocument pdf, PageOcr ocr, int n) throws IOException {
        PageLayoutReader reader = new PageLayoutReader(pdf, ocr);
        List<PageLayout> pages = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) pages.add(reader.read(i));
        return pages;
    }

    /**
     * Reads pages from copies of the file, each copy closed after {@link #PAGES_PER_OPENING} pages and the next
     * opened. A copy that is not the same document (its page count differs) reads nothing: the caller reads the rest.
     */
    private static void drainCopies(Path file, String password, PageOcr ocr, AtomicInteger next, int n, PageLayout[] out,
                                    int perOpening) throws IOException, PdfReadException {
        while (next.get() <= n) {
            try (PDDocument copy = PdfOpener.open(file, password)) {
                if (copy.getNumberOfPages() != n) return;
                PageLayoutReader reader = new PageLayoutReader(copy, ocr);
                for (int k = 0; k < perOpening; k++) {
                    int p = next.getAndIncrement();
                    if (p > n) return;
                    out[p - 1] = reader.read(p);
                }
            }
        }
    }

    private static void drain(PageLayoutReader reader, AtomicInteger next, int n, PageLayout[] out) {
        for (int p = next.getAndIncrement(); p <= n; p = next.getAndIncrement()) {
            try {
                out[p - 1] = reader.read(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
