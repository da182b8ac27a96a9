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
 * Text drawn outside a page's clip is not on the page: 上海市普陀区财政局部门25年预算 writes its whole narrative flow
 * onto pages 7 and 8 and clips each page to its share with a clip rectangle (re W* n). Page 8 repeats items 7–8
 * (and, before, items 1–6 above the page's top edge) where the clip hides them, and page 7 carries items 9–11
 * below its clip. Read unclipped, they became "same paragraph twice" findings, a duplicated table-class finding
 * and evidence boxes at negative coordinates.
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
            // Page 7 shows items 1–8, page 8 items 9–11, each once (as rendered).
            TextLine first = pages.get(7).lines().stream().filter(l -> l.role() == LineRole.BODY).findFirst().orElseThrow();
            assertTrue(first.text().startsWith("9.“卫生健康支出（类）"), first.text());
            assertEquals(70, Math.round(first.box().top()));
            String page7 = String.join("\n", pages.get(6).lines().stream().map(TextLine::text).toList());
            String page8 = String.join("\n", pages.get(7).lines().stream().map(TextLine::text).toList());
            assertTrue(page7.contains("8.“社会保障和就业支出（类）") && !page7.contains("9.“卫生健康支出（类）"), page7);
            assertTrue(!page8.contains("7.“社会保障和就业支出（类）") && !page8.contains("8.“社会保障和就业支出（类）"), page8);
        }
        FiscalDocument extracted = Corpus.extract(pdf);
        for (var f : extracted.findings()) {
            for (Evidence e : f.evidence()) {
                assertTrue(e.box() == null || e.box().top() >= 0, f.rule() + " " + e);
            }
            assertTrue(!f.rule().equals("dup.paragraph"), f.rule() + " " + f.message());
        }
    }
}
