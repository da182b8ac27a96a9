package org.fiscallens.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.pdf.PageLayoutReader;
import org.fiscallens.pdf.PdfOpener;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crops land on the quoted text also on a page displayed turned (/Rotate), where the box frame is not PDF space. */
class PageCropperCorpusTest {

    @Test
    void theHighlightedBoxHoldsTheLinesTextOnARotatedPage() throws Exception {
        Path found = null;
        int pageNo = 0;
        for (Path p : Corpus.realPdfs()) {
            try (PDDocument d = PdfOpener.open(p, null)) {
                for (int i = 0; i < d.getNumberOfPages() && found == null; i++) {
                    if (d.getPage(i).getRotation() != 0) { found = p; pageNo = i + 1; }
                }
            }
            if (found != null) break;
        }
        Assumptions.assumeTrue(found != null, "no page with /Rotate in the corpus");
        try (PageCropper cropper = new PageCropper(PdfOpener.open(found, null))) {
            PDDocument pdf = PdfOpener.open(found, null);
            PageLayout layout;
            try (pdf) {
                layout = new PageLayoutReader(pdf).read(pageNo);
            }
            // the line most densely filled with characters, so that its box is mostly ink, not gaps
            TextLine line = layout.lines().stream().filter(l -> l.text().replace(" ", "").length() >= 4)
                    .max(Comparator.comparingDouble(l -> l.text().replace(" ", "").length() * l.fontSize() / l.box().width()))
                    .orElseThrow();
            Box box = line.box();
            BufferedImage crop = cropper.crop(pageNo, box);
            // the box's interior inside the crop: where the line's glyphs must be drawn
            int x0 = (int) Math.round(Math.min(box.x0(), PageCropper.MARGIN_X) * PageCropper.SCALE) + 1;
            int y0 = (int) Math.round(Math.min(box.top(), PageCropper.MARGIN_Y) * PageCropper.SCALE) + 1;
            int w = (int) (box.width() * PageCropper.SCALE) - 2, h = (int) (box.height() * PageCropper.SCALE) - 2;
            int dark = 0;
            for (int y = y0; y < y0 + h; y++) {
                for (int x = x0; x < x0 + w; x++) {
                    int rgb = crop.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 250) dark++;
                }
            }
            assertTrue(dark > w * h / 40, found.getFileName() + " page " + pageNo + " '" + line.text() + "': dark pixels " + dark
                    + " of " + w * h + " inside the highlighted box");
        }
    }
}
