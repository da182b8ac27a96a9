package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.IOException;

import static org.fiscallens.pdf.OneConstructPdfs.read;
import static org.fiscallens.pdf.OneConstructPdfs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text filled in white on the white page is drawn but unseen and is not read; white text on a shaded rectangle
 * (a dark table header cell) is seen and kept. No PDF of the real corpus has white text (checked when this was
 * written: every glyph's fill colour of the 31 PDFs and the seed is non-white), so the PDFs are built here, one
 * construct each, in gray, RGB and CMYK.
 */
class WhiteTextTest {
    @Test
    void whiteTextOnTheWhitePageIsDroppedWhiteTextOnAShadedCellIsKept() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 72, 780, "Printed heading");
                cs.setNonStrokingColor(1f);                       // 1 g
                text(cs, 72, 740, "Hidden gray words");
                cs.setNonStrokingColor(Color.WHITE);              // 1 1 1 rg
                text(cs, 72, 700, "Hidden rgb words");
                cs.setNonStrokingColor(0f, 0f, 0f, 0f);           // 0 0 0 0 k
                text(cs, 72, 660, "Hidden cmyk words");
                cs.setNonStrokingColor(0.2f, 0.3f, 0.5f);         // a dark blue header cell
                cs.addRect(60, 560, 300, 30);
                cs.fill();
                cs.setNonStrokingColor(1f, 1f, 1f);
                text(cs, 72, 570, "Header on dark fill");
                cs.setNonStrokingColor(0f);
                text(cs, 72, 500, "Body after the header");
            }
            String read = read(doc);
            assertTrue(read.contains("Printed heading"), read);
            assertFalse(read.contains("Hidden"), read);
            assertTrue(read.contains("Header on dark fill"), read);
            assertTrue(read.contains("Body after the header"), read);
            assertEquals(3, read.lines().count(), read);
        }
    }

    @Test
    void whiteTextOnAWhiteFilledRectangleIsStillUnseen() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(1f);
                cs.addRect(60, 560, 300, 30);                     // a white box: no background the text stands out on
                cs.fill();
                text(cs, 72, 570, "Hidden on white box");
                cs.setNonStrokingColor(0.6f);                     // light gray text is visible
                text(cs, 72, 500, "Gray but visible");
            }
            String read = read(doc);
            assertFalse(read.contains("Hidden"), read);
            assertTrue(read.contains("Gray but visible"), read);
        }
    }
}
