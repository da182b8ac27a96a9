package org.fiscallens.checks.text;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Evidence boxes of quotes on the seed: a quote wrapped over two lines is boxed on both. */
class DocTextEvidenceTest {

    private static DocText seedText() throws Exception {
        Path pdf = Corpus.seedPdf();
        FiscalDocument doc = Corpus.extract(pdf);
        try (PDDocument d = PdfOpener.open(pdf, null)) {
            return DocText.of(doc, DocumentExtractor.layout(d).pages());
        }
    }

    private static Passage containing(DocText t, String quote) {
        return t.passages().stream().filter(p -> DocText.norm(p.text()).contains(DocText.norm(quote)))
                .findFirst().orElseThrow(() -> new AssertionError("no passage with " + quote));
    }

    @Test
    void aWrappedQuoteIsBoxedOnEveryLine() throws Exception {
        DocText t = seedText();
        // page 18: "…等费用项目绩效自评综述，本单位能够严格按照" / "专款专用的原则…" — one quote over the wrap
        String oneLine = "就业服务等费用项目绩效自评综述，本单位";
        String wrapped = "就业服务等费用项目绩效自评综述，本单位能够严格按照专款专用的原则";
        Passage p = containing(t, wrapped);
        Evidence single = t.evidence(p, oneLine);
        Evidence two = t.evidence(p, wrapped);
        assertEquals(18, single.page());
        assertEquals(18, two.page());
        double lineHeight = single.box().height();
        assertTrue(lineHeight > 5 && lineHeight < 30, "one line: " + single.box());
        // the wrapped quote's box starts on the first line and reaches down over the second
        assertEquals(single.box().top(), two.box().top(), 0.01);
        assertTrue(two.box().bottom() > single.box().bottom() + lineHeight, two.box() + " vs " + single.box());
        // two lines, not the whole three-line paragraph
        Evidence whole = t.evidence(p, p.text());
        assertTrue(whole.box().bottom() > two.box().bottom() + lineHeight, "two lines, not the paragraph: " + two.box() + " vs " + whole.box());
        assertEquals(List.of(two), t.evidencePerPage(p, wrapped));
    }

    @Test
    void aQuoteOverAPageBreakHasOneEvidencePerPage() throws Exception {
        DocText t = seedText();
        for (Passage p : t.passages()) {
            if (p.offset() < 0 || p.kind() != Passage.Kind.PARAGRAPH) continue;
            List<Evidence> all = t.evidencePerPage(p, p.text());
            assertFalse(all.isEmpty());
            for (int i = 1; i < all.size(); i++) {
                assertEquals(all.get(i - 1).page() + 1, all.get(i).page(), p.text());
            }
            assertEquals(all.get(0), t.evidence(p, p.text()));
        }
        // at least one seed paragraph runs over a page break (pages 13–19 are continuous prose)
        assertTrue(t.passages().stream().filter(p -> p.offset() >= 0 && p.kind() == Passage.Kind.PARAGRAPH)
                .anyMatch(p -> t.evidencePerPage(p, p.text()).size() == 2));
    }
}
