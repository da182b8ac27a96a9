package org.fiscallens.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.pdf.PdfOpener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sideways page is told from an upright one by its ink profiles alone (no Tesseract run for upright pages). */
class OrientationTest {

    @Test
    void tablesAndTextTurnedAQuarterAreSidewaysAndUprightOnesAreNot() throws Exception {
        Path seed = Corpus.seedPdf();
        Assumptions.assumeTrue(seed != null && Files.exists(seed), "seed PDF absent: skipping");
        try (PDDocument doc = PdfOpener.open(seed, null)) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int page : new int[]{2, 5, 12}) { // narrative text, a 收支 table, the 三公 table
                BufferedImage img = r.renderImageWithDPI(page - 1, 150, ImageType.GRAY);
                assertFalse(Orientation.sideways(img), "upright page " + page);
                assertFalse(Orientation.sideways(Orientation.turn(img, 180)), "upside-down page " + page);
                assertTrue(Orientation.sideways(Orientation.turn(img, 90)), "page " + page + " turned 90°");
                assertTrue(Orientation.sideways(Orientation.turn(img, 270)), "page " + page + " turned 270°");
                BufferedImage back = Orientation.turn(Orientation.turn(img, 90), 270);
                assertEquals(img.getWidth(), back.getWidth());
                assertEquals(img.getRGB(img.getWidth() / 3, img.getHeight() / 3), back.getRGB(img.getWidth() / 3, img.getHeight() / 3));
            }
        }
    }
}
