package org.fiscallens.bench;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Cell;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.ocr.PageOcr;
import org.fiscallens.ocr.TesseractOcr;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oracle in small: the seed's "三公" table page (a small table, so a few seconds of OCR) rendered at 150 dpi
 * as a scan, and as the text page with only its table turned into a picture, gives the text twin's table:
 * same kind, the figures the same (one lone column number may go amiss at 150 dpi), every cell with its OCR confidence, {@code source: "ocr"}.
 */
class OcrTablesTest {
    static final int PAGE = 12;

    @TempDir Path tmp;

    @Test
    void scannedAndPastedTablesGiveTheTextTwinsCells() throws Exception {
        PageOcr ocr = TesseractOcr.detect().orElse(null);
        Assumptions.assumeTrue(ocr != null, "tesseract with chi_sim is not installed (scripts/setup.sh installs it): skipping");
        Path seed = Corpus.seedPdf();
        Assumptions.assumeTrue(seed != null && Files.exists(seed), "seed PDF absent: skipping");
        FiscalDocument text = new DocumentExtractor(null).extract(seed, null);
        Table twin = text.tables().stream().filter(t -> t.pages().contains(PAGE)).findFirst().orElseThrow();
        assertEquals("three_public", twin.kind());
        assertNull(twin.source());

        OcrOracle oracle = new OcrOracle(ocr, 1, null, new java.io.PrintWriter(java.io.Writer.nullWriter()));
        for (boolean area : new boolean[]{false, true}) {
            OcrOracle.Config cfg = new OcrOracle.Config(150, false, area);
            Path pdf = tmp.resolve("twin-" + area + ".pdf");
            assertEquals(List.of(PAGE), oracle.makeTwin(seed, text, List.of(PAGE), cfg, pdf));
            FiscalDocument read = new DocumentExtractor(ocr).extract(pdf, null);
            assertEquals(List.of(1), read.source().ocrPages(), cfg.label());
            Table t = read.tables().stream().filter(x -> x.kind().equals("three_public")).findFirst().orElse(null);
            assertNotNull(t, cfg.label() + ": " + read.tables().stream().map(Table::kind).toList());
            assertEquals("ocr", t.source(), cfg.label());
            for (Cell c : t.cells()) {
                if (c.text() != null && !c.text().isBlank()) assertNotNull(c.confidence(), cfg.label() + " " + c);
            }
            OcrOracle.Totals totals = new OcrOracle.Totals();
            OcrOracle.compare(text, read, List.of(PAGE), totals);
            // at 150 dpi a lone column number may still be taken for a character (7 → 了): one such miss is allowed
            assertTrue(totals.figuresExact >= totals.figures - 1, cfg.label() + " figures " + totals.misses);
            assertTrue(totals.figures >= 24, cfg.label() + " figures " + totals.figures);
            assertTrue(totals.exact >= 0.8 * totals.cells, cfg.label() + " cells " + totals.exact + "/" + totals.cells + " " + totals.misses);
        }
    }

    /**
     * The same page scanned sideways (the rendered page turned a quarter clockwise, on a landscape sheet): its
     * orientation is found, the image turned upright before OCR, and the table comes out as from the upright scan,
     * with its boxes in the upright frame.
     */
    @Test
    void aSidewaysScanIsTurnedUprightBeforeOcr() throws Exception {
        PageOcr ocr = TesseractOcr.detect().orElse(null);
        Assumptions.assumeTrue(ocr != null, "tesseract with chi_sim is not installed (scripts/setup.sh installs it): skipping");
        Path seed = Corpus.seedPdf();
        Assumptions.assumeTrue(seed != null && Files.exists(seed), "seed PDF absent: skipping");
        FiscalDocument text = new DocumentExtractor(null).extract(seed, null);
        Path pdf = tmp.resolve("sideways.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument in = org.fiscallens.pdf.PdfOpener.open(seed, null);
             org.apache.pdfbox.pdmodel.PDDocument out = new org.apache.pdfbox.pdmodel.PDDocument()) {
            java.awt.image.BufferedImage img = new org.apache.pdfbox.rendering.PDFRenderer(in)
                    .renderImageWithDPI(PAGE - 1, 150, org.apache.pdfbox.rendering.ImageType.GRAY);
            java.awt.image.BufferedImage turned = org.fiscallens.ocr.Orientation.turn(img, 90);
            float w = turned.getWidth() * 72f / 150, h = turned.getHeight() * 72f / 150;
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(w, h));
            out.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(out, page)) {
                cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(out, turned), 0, 0, w, h);
            }
            out.save(pdf.toFile());
        }
        FiscalDocument read = new DocumentExtractor(ocr).extract(pdf, null);
        Table t = read.tables().stream().filter(x -> x.kind().equals("three_public")).findFirst().orElse(null);
        assertNotNull(t, "sideways scan: " + read.tables().stream().map(Table::kind).toList());
        assertEquals("ocr", t.source());
        OcrOracle.Totals totals = new OcrOracle.Totals();
        OcrOracle.compare(text, read, List.of(PAGE), totals);
        assertTrue(totals.figures >= 24 && totals.figuresExact >= totals.figures - 1, "sideways figures " + totals.figuresExact + "/" + totals.figures + " " + totals.misses);
        assertTrue(totals.exact >= 0.8 * totals.cells, "sideways cells " + totals.exact + "/" + totals.cells + " " + totals.misses);
    }
}
