package org.fiscallens.pdf;

import org.fiscallens.bench.FuzzBench;
import org.fiscallens.bench.HostileCases;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.SkippedPage;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A fixed set of small hostile files, made in setup by the fuzz generator (one of every kind of every class, from the
 * embedded sample PDF): each is read, read with the pages past a limit skipped (the rest of the document read), or
 * refused with a plain one-line reason; the reasons of the crafted ones say exactly what is wrong.
 */
class HostileInputTest {
    @TempDir static Path tmp;
    static final List<HostileCases.Case> CASES = new ArrayList<>();
    static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

    @BeforeAll
    static void makeCases() throws IOException {
        HostileCases gen = new HostileCases(List.of(Corpus.seedPdf()));
        int i = 0;
        for (String cls : HostileCases.CLASSES) {
            for (int kind = 0; kind < HostileCases.kinds(cls); kind++) {
                if (cls.equals("many-pages") && kind == 0) continue; // 3,000 pages: a bench case, not a unit test
                CASES.add(gen.make(cls, kind, new Random(17 + i), tmp, "c" + i++));
            }
        }
    }

    private static HostileCases.Case only(String cls, String kindPrefix) {
        return CASES.stream().filter(c -> c.cls().equals(cls) && c.kind().startsWith(kindPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + cls + "/" + kindPrefix));
    }

    /** Each case's document, or the reason it was refused: every case is read once. */
    static final java.util.Map<HostileCases.Case, Object> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The reason the file is refused, or null when it is read (then its document is given to the check). */
    private static String outcome(HostileCases.Case c, java.util.function.Consumer<FiscalDocument> read) {
        Object o = READ.computeIfAbsent(c, k -> {
            try {
                return EXTRACTOR.extract(k.path(), null);
            } catch (PdfReadException e) {
                return e.getMessage();
            }
        });
        if (o instanceof FiscalDocument doc) {
            if (read != null) read.accept(doc);
            return null;
        }
        String reason = (String) o;
        assertTrue(FuzzBench.plain(reason), c + ": not a plain reason: " + reason);
        return reason;
    }

    @Test
    void everyCaseIsReadOrRefusedWithAPlainReason() {
        assertTrue(CASES.size() >= 35, "cases made: " + CASES.size());
        for (HostileCases.Case c : CASES) {
            outcome(c, doc -> assertTrue(doc.source().pages() >= 1, c.toString()));
        }
    }

    @Test
    void bombsSkipTheirPageAndTheRestIsRead() {
        for (String[] k : new String[][]{{"content", "page-bytes"}, {"font", "font-bytes"}, {"tounicode", "font-bytes"}}) {
            HostileCases.Case c = only("bombs", k[0]);
            assertNull(outcome(c, doc -> {
                List<SkippedPage> skipped = doc.source().skippedPages();
                assertNotNull(skipped, c + ": page 1 skipped");
                assertEquals(1, skipped.size(), c.toString());
                assertEquals(1, skipped.get(0).page());
                assertTrue(skipped.get(0).reason().contains("--limit " + k[1] + "=N"), skipped.get(0).reason());
                assertTrue(doc.findings().stream().anyMatch(f -> f.rule().equals("complete.page_skipped")), "a finding says so");
            }), c.toString());
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = PdfOpener.open(c.path(), null)) {
                PageLayoutReader reader = new PageLayoutReader(pdf, null);
                assertNotNull(reader.read(1).skipped(), c.toString());
                assertEquals("The second page is read.", reader.read(2).lines().get(0).text(), c + ": the second page is read");
            } catch (Exception e) {
                throw new AssertionError(c.toString(), e);
            }
        }
    }

    @Test
    void hugePagesAreSkippedByTheirLimit() {
        for (String[] k : new String[][]{{"chars200k", "page-glyphs"}, {"paths300k", "page-paths"}}) {
            HostileCases.Case c = only("huge-pages", k[0]);
            assertNull(outcome(c, doc -> {
                assertNotNull(doc.source().skippedPages(), c.toString());
                assertTrue(doc.source().skippedPages().get(0).reason().contains("limit " + k[1]), doc.source().skippedPages().toString());
            }));
        }
        // glyphs scattered over a page, under the limit: read
        assertNull(outcome(only("huge-pages", "scattered"), doc -> assertNull(doc.source().skippedPages())));
    }

    @Test
    void manyPagesAreRefusedByThePageLimit() {
        String reason = outcome(only("many-pages", "pages"), null);
        assertNotNull(reason);
        assertTrue(reason.contains("pages (limit pages: 10,000; raise it with --limit pages=N)"), reason);
    }

    @Test
    void oddFilesSayWhatTheyAre() {
        assertTrue(outcome(only("odd-files", "empty"), null).contains("empty file"));
        assertTrue(outcome(only("odd-files", "html"), null).contains("not a PDF"));
        assertTrue(outcome(only("odd-files", "folder"), null).contains("is a folder"));
        if (CASES.stream().anyMatch(c -> c.kind().equals("fifo"))) {
            assertTrue(outcome(only("odd-files", "fifo"), null).contains("named pipe (FIFO), not a regular file"));
        }
        if (CASES.stream().anyMatch(c -> c.kind().equals("dev-zero"))) {
            assertTrue(outcome(only("odd-files", "dev-zero"), null).contains("character device, not a regular file"));
        }
    }

    @Test
    void aNameThatIsNotUtf8IsNotJustNotFound() {
        try {
            PdfOpener.checkFile(tmp.resolve("bad\uFFFDname.pdf"));
            fail("refused");
        } catch (PdfReadException e) {
            assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        }
    }

    @Test
    void aLowerLimitSkipsPagesOfARealReportAndNamesIt() throws Exception {
        System.setProperty(Limits.PROPERTY_PREFIX + "page-glyphs", "400");
        try {
            FiscalDocument doc = new DocumentExtractor(null).extract(Corpus.seedPdf(), null);
            List<SkippedPage> skipped = doc.source().skippedPages();
            assertNotNull(skipped);
            assertTrue(skipped.size() >= 1 && skipped.size() < doc.source().pages(), skipped.toString());
            assertTrue(skipped.get(0).reason().contains("more than 400 characters (limit page-glyphs: 400; raise it with --limit page-glyphs=N)"),
                    skipped.get(0).reason());
            long findings = doc.findings().stream().filter(f -> f.rule().equals("complete.page_skipped")).count();
            assertEquals(skipped.size(), findings);
        } finally {
            System.clearProperty(Limits.PROPERTY_PREFIX + "page-glyphs");
        }
    }

    @Test
    void limitSettingsAreChecked() {
        assertThrowsMessage(() -> Limits.apply("pagez=3"), "unknown limit 'pagez'");
        assertThrowsMessage(() -> Limits.apply("pages=-3"), "positive number");
        assertThrowsMessage(() -> Limits.apply("pages"), "NAME=N");
        try {
            assertEquals("-Dfiscal.limit.font-bytes=" + (8L << 20), Limits.apply("font-bytes=8m"));
            assertEquals(8L << 20, Limits.current().fontBytes());
        } finally {
            System.clearProperty(Limits.PROPERTY_PREFIX + "font-bytes");
        }
        assertEquals(Limits.DEFAULTS, Limits.current());
    }

    private static void assertThrowsMessage(Runnable r, String part) {
        try {
            r.run();
            fail("refused: " + part);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void exceptionsBecomePlainReasons() {
        Object[][] cases = {
                {new IllegalStateException("Expected 'Page' but found COSName{PagR}"), "damaged page tree"},
                {new IOException("Possible recursion found when searching for page 2"), "circular reference"},
                {new IllegalArgumentException("Illegal Capacity: -1"), "impossible (negative) size"},
                {new StackOverflowError(), "circular reference"},
                {new IOException("Missing root object specification in trailer."), "document catalog"},
                {new IOException("wrapped", new java.util.zip.DataFormatException("invalid stored block lengths")), "compressed stream"},
                {new java.io.EOFException(), "truncated"},
                {new NullPointerException(), "internal error"},
                {new IOException("zzz"), "damaged PDF"},
                // seen in fiscal bench fuzz: a /Count larger than the pages the tree holds; a string never closed
                {new IllegalStateException("1-based index not found: 31"), "fewer pages than its page count"},
                {new IOException("Missing closing bracket for hex string. Reached EOS."), "never closed"},
        };
        for (Object[] c : cases) {
            String r = Reasons.of((Throwable) c[0]);
            assertTrue(r.contains((String) c[1]), c[0] + " -> " + r);
            assertTrue(FuzzBench.plain(r), r);
            assertFalse(r.contains("Exception") || r.contains("COSName"), r);
        }
        assertTrue(Reasons.of(new NullPointerException()).contains("--debug"));
    }
}
