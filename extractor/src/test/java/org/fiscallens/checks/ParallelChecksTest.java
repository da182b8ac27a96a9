package org.fiscallens.checks;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.layout.PageFurniture;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.pdf.ParallelPageReader;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.sections.TableOfContents;
import org.fiscallens.tables.TableExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The stages that run a document's independent steps on several threads (the grids of the pages, the rules)
 * give exactly what one thread gives: the same tables and table areas, the same findings in the same order.
 */
class ParallelChecksTest {

    @Test
    void seedFindingsAndTablesAreTheSameOnOneThreadAndOnSeveral() throws Exception {
        assertSameOnThreads(Corpus.seedPdf());
    }

    @Test
    void realDocumentsFindingsAndTablesAreTheSameOnOneThreadAndOnSeveral() throws Exception {
        Corpus.real();
        // one budget and one final accounts document with many tables and findings
        for (String[] want : new String[][]{{"财政局", "决算"}, {"检察院", "2019"}}) {
            Path pdf = Corpus.realPdfs().stream().filter(p -> p.toString().contains(want[0]) && p.toString().contains(want[1]))
                    .findFirst().orElse(Corpus.realPdfs().get(0));
            assertSameOnThreads(pdf);
        }
    }

    private static void assertSameOnThreads(Path pdf) throws Exception {
        List<PageLayout> pages;
        try (PDDocument doc = PdfOpener.open(pdf, null)) {
            pages = PageFurniture.mark(ParallelPageReader.readAll(doc, null, null, null, 1));
        }
        HashSet<Integer> toc = new HashSet<>(TableOfContents.find(pages).pages());
        TableExtractor.Result one = TableExtractor.extract(pages, toc, 1);
        TableExtractor.Result several = TableExtractor.extract(pages, toc, 4);
        assertFalse(one.tables().isEmpty(), pdf.getFileName() + " has tables");
        assertEquals(one, several, pdf.getFileName() + ": tables");

        FiscalDocument extracted = Corpus.extract(pdf);
        List<Finding> sequential = Checker.check(extracted, pages, 1);
        List<Finding> parallel = Checker.check(extracted, pages, 4);
        assertFalse(sequential.isEmpty(), pdf.getFileName() + " has findings");
        assertEquals(sequential, parallel, pdf.getFileName() + ": findings");
    }
}
