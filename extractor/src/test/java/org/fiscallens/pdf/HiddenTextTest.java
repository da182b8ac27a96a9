package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;

import static org.fiscallens.pdf.OneConstructPdfs.read;
import static org.fiscallens.pdf.OneConstructPdfs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a reader cannot see is not read: glyphs outside a clip rectangle set by the page's own path operators
 * (re W n), and invisible glyphs (rendering mode 3) that are not an OCR layer over a scanned image. The PDFs are
 * built here with PDFBox, so each case is exactly one construct.
 */
class HiddenTextTest {
    @Test
    void textOutsideAClipRectangleIsDropped() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.saveGraphicsState();
                cs.addRect(50, 400, 400, 300); // visible share: y 400..700
                cs.clip();
                text(cs, 72, 650, "Item one is shown");
                text(cs, 72, 300, "Item two is clipped away");
                cs.restoreGraphicsState();
                text(cs, 72, 200, "Item three after the clip is restored");
            }
            String read = read(doc);
            assertTrue(read.contains("Item one is shown"), read);
            assertFalse(read.contains("Item two"), read);
            assertTrue(read.contains("Item three after the clip is restored"), read);
        }
    }

    @Test
    void invisibleTextIsDroppedExceptAnOcrLayerOverAnImage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 72, 780, "Printed heading");
                cs.setRenderingMode(RenderingMode.NEITHER);
                text(cs, 72, 760, "Hidden keywords");
                cs.setRenderingMode(RenderingMode.FILL);
                cs.drawImage(image, 50, 100, 400, 500); // a scanned block: y 100..600
                cs.setRenderingMode(RenderingMode.NEITHER);
                text(cs, 72, 400, "Recognised scan text");
            }
            String read = read(doc);
            assertTrue(read.contains("Printed heading"), read);
            assertFalse(read.contains("Hidden keywords"), read);
            assertTrue(read.contains("Recognised scan text"), read);
            assertEquals(2, read.lines().count(), read);
        }
    }
}
