package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;

import java.io.IOException;
import java.util.stream.Collectors;

/** Helpers for tests that build a one-page PDF with PDFBox, one construct at a time, and read it back. */
final class OneConstructPdfs {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private OneConstructPdfs() {}

    /** Shows a line of Helvetica 12 at (x, y) in PDF user space. */
    static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(FONT, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** The text lines of page 1 as the layout stage reads them, one per line. */
    static String read(PDDocument doc) throws IOException {
        PageLayout page = new PageLayoutReader(doc).read(1);
        return page.lines().stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }
}
