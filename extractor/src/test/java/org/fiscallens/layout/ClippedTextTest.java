package org.fiscallens.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text drawn outside a page's clip (its crop box at least) is not on the page: 上海市普陀区财政局部门25年预算 writes the
 * narrative flow of page 7 onto page 8 again, above the page's top edge, where no reader sees it. It once became
 * nine false "same paragraph twice" findings and a duplicated table-class finding, with evidence boxes at negative
 * coordinates.
 */
class ClippedTextTest {

    private static final String FILE = "shanghai/上海市普陀区财政局部门25年预算.pdf";

    @Test
    void linesAboveThePageEdgeAreNotRead() throws Exception {
        Path pdf = Corpus.real().resolve(FILE);
        try (PDDocument doc = PdfOpener.open(pdf, null)) {
            List<PageLayout> pages = DocumentExtractor.layout(doc).pages();
            for (PageLayout p : pages) {
                for (TextLine l : p.lines()) {
                    assertTrue(l.box().top() >= -1 && l.box().bottom() <= p.height() + 1 && l.box().x0() >= -1
                            && l.box().x1() <= p.width() + 1, "page " + p.number() + ": " + l.box() + " " + l.text());
                }
            }
            // Page 8 as read now begins with item 7 at the page's top edge (items 7–8 there, and 9–11 at the foot of
            // page 7, are masked on the rendered page: not yet detected); before, items 1–6 came above it at top < 0.
            TextLine first = pages.get(7).lines().stream().filter(l -> l.role() == LineRole.BODY).findFirst().orElseThrow();
            assertTrue(first.text().startsWith("7.“社会保障和就业支出（类）"), first.text());
            assertEquals(3, Math.round(first.box().top()));
        }
        FiscalDocument extracted = Corpus.extract(pdf);
        for (var f : extracted.findings()) {
            for (Evidence e : f.evidence()) {
                assertTrue(e.box() == null || e.box().top() >= 0, f.rule() + " " + e);
            }
        }
    }
}
