package org.fiscallens.facts;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.document.DocumentFactsDetector;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Section;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;
import org.fiscallens.sections.Paragraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the paragraphs on several threads gives exactly the facts of one thread, in the same order. */
class ParallelFactsTest {

    @Test
    void seedFactsAreTheSameOnOneThreadAndOnSeveral() throws Exception {
        assertSameOnThreads(Corpus.seedPdf(), 300);
    }

    @Test
    void realFinalAccountsFactsAreTheSameOnOneThreadAndOnSeveral() throws Exception {
        Corpus.real();
        Path pdf = Corpus.realPdfs().stream().filter(p -> p.toString().contains("财政局") && p.toString().contains("决算"))
                .findFirst().orElse(Corpus.realPdfs().get(0));
        assertSameOnThreads(pdf, 50);
    }

    private static void assertSameOnThreads(Path pdf, int atLeast) throws Exception {
        try (PDDocument doc = PdfOpener.open(pdf, null)) {
            DocumentExtractor.Layout layout = DocumentExtractor.layout(doc);
            List<Paragraph> paragraphs = DocumentExtractor.paragraphs(layout);
            List<Section> sections = DocumentExtractor.sections(layout, paragraphs);
            DocumentInfo info = DocumentFactsDetector.detect(layout.pages(), layout.toc().lines());
            List<Fact> one = NarrativeFacts.extract(paragraphs, sections, info, 1);
            List<Fact> several = NarrativeFacts.extract(paragraphs, sections, info, 4);
            assertTrue(one.size() >= atLeast, pdf.getFileName() + ": " + one.size() + " facts");
            assertEquals(one, several, pdf.getFileName().toString());
        }
    }
}
