package org.fiscallens.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Section;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wholly scanned report (every page an image, no text layer) goes through OCR into the same model:
 * document facts from the scanned cover, headings from the scanned narrative.
 */
class ScannedDocumentTest {

    @TempDir Path tmp;

    @Test
    void scannedReportIsReadThroughOcr() throws Exception {
        PageOcr ocr = TesseractOcr.detect().orElse(null);
        Assumptions.assumeTrue(ocr != null, "tesseract with chi_sim is not installed (scripts/setup.sh installs it): skipping");
        Path original = Corpus.real().resolve("shanghai/上海市普陀区财政局2024年度部门决算.pdf");
        Path scanned = tmp.resolve("scanned.pdf");
        scan(original, List.of(1, 21), scanned);

        FiscalDocument doc = new DocumentExtractor(ocr).extract(scanned, null);
        assertEquals(List.of(1, 2), doc.source().ocrPages());
        assertEquals("final_accounts", doc.document().kind().id());
        assertEquals(2024, doc.document().fiscalYear());
        assertEquals("上海市普陀区财政局", doc.document().entity());
        List<String> titles = new ArrayList<>();
        flatten(doc.sections(), titles);
        assertTrue(titles.contains("收入支出决算总体情况说明"), titles.toString());
        assertTrue(titles.contains("收入决算情况说明"), titles.toString());
    }

    @Test
    void withoutOcrAScanIsEmptyButReadable() throws Exception {
        Path original = Corpus.real().resolve("shanghai/上海市普陀区财政局2024年度部门决算.pdf");
        Path scanned = tmp.resolve("scanned.pdf");
        scan(original, List.of(1), scanned);
        FiscalDocument doc = new DocumentExtractor(null).extract(scanned, null);
        assertEquals(1, doc.source().imageOnlyPages());
        assertEquals("unknown", doc.document().kind().id());
    }

    private static void flatten(List<Section> sections, List<String> out) {
        for (Section s : sections) { out.add(s.title()); flatten(s.children(), out); }
    }

    /** Renders the given pages to images and writes them as an image-only PDF, as a scanner would. */
    static void scan(Path source, List<Integer> pages, Path target) throws Exception {
        try (PDDocument in = PdfOpener.open(source, null); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int n : pages) {
                BufferedImage img = renderer.renderImageWithDPI(n - 1, 150, ImageType.GRAY);
                PDRectangle box = in.getPage(n - 1).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                out.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(out, img);
                try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                    cs.drawImage(x, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            out.save(target.toFile());
        }
    }
}
