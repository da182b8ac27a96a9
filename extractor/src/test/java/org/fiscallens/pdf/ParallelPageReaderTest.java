package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.layout.PageLayout;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a document's pages on several threads gives exactly the layouts of one sequential read. */
class ParallelPageReaderTest {

    @Test
    void parallelReadEqualsSequentialOnTheSeed() throws Exception {
        assertSameLayouts(Corpus.seedPdf());
    }

    @Test
    void parallelReadEqualsSequentialOnRealFinalAccounts() throws Exception {
        Path real = Corpus.real();
        // a Shanghai final accounts document: ruled tables and narrative pages
        Path pdf = Corpus.realPdfs().stream().filter(p -> p.toString().contains("财政局") && p.toString().contains("决算"))
                .findFirst().orElse(Corpus.realPdfs().get(0));
        assertTrue(pdf.startsWith(real));
        assertSameLayouts(pdf);
    }

    @Test
    void aFileThatCannotBeReopenedFallsBackToTheCallersThread() throws Exception {
        Path seed = Corpus.seedPdf();
        try (PDDocument pdf = PdfOpener.open(seed, null)) {
            List<PageLayout> sequential = ParallelPageReader.readAll(pdf, null, null, null, 1);
            // the helpers cannot open this path; the caller's thread reads every page itself
            List<PageLayout> fallback = ParallelPageReader.readAll(pdf, seed.resolveSibling("no-such-file.pdf"), null, null, 3);
            assertEquals(sequential, fallback);
        }
    }

    @Test
    void aLongDocumentReadThroughCopiesReopenedEveryFewPagesGivesTheSameLayouts() throws Exception {
        Path seed = Corpus.seedPdf();
        try (PDDocument pdf = PdfOpener.open(seed, null)) {
            List<PageLayout> sequential = ParallelPageReader.readAll(pdf, null, null, null, 1);
            // every opening reads 3 pages at most: on one thread and on three
            assertEquals(sequential, ParallelPageReader.readAll(pdf, seed, null, null, 1, 3));
            assertEquals(sequential, ParallelPageReader.readAll(pdf, seed, null, null, 3, 3));
            // copies that cannot be opened: the caller's document reads every page
            assertEquals(sequential, ParallelPageReader.readAll(pdf, seed.resolveSibling("no-such-file.pdf"), null, null, 1, 3));
        }
    }

    private static void assertSameLayouts(Path file) throws Exception {
        try (PDDocument pdf = PdfOpener.open(file, null)) {
            List<PageLayout> sequential = ParallelPageReader.readAll(pdf, null, null, null, 1);
            List<PageLayout> parallel = ParallelPageReader.readAll(pdf, file, null, null, 3);
            assertEquals(pdf.getNumberOfPages(), parallel.size());
            for (int i = 0; i < sequential.size(); i++) {
                assertEquals(i + 1, parallel.get(i).number());
                assertEquals(sequential.get(i), parallel.get(i), "page " + (i + 1) + " of " + file.getFileName());
            }
        }
    }
}
