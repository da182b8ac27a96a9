package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Ruling;
import org.fiscallens.model.Box;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page's graphics are read in the text pass: stroked rectangles and lines become rulings, a shaded cell a
 * rectangle, an image its box, each on the page it is drawn on and on no other.
 */
class PageGraphicsTest {

    @Test
    void rulingsRectanglesAndImagesOfEachPageAndNoneOnAPageWithoutContents() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage drawn = new PDPage(PDRectangle.A4);
            doc.addPage(drawn);
            doc.addPage(new PDPage(PDRectangle.A4)); // no content stream at all
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, drawn)) {
                cs.addRect(100, 600, 200, 100); // a stroked rectangle: four rulings
                cs.stroke();
                cs.moveTo(100, 650); // one line across it
                cs.lineTo(300, 650);
                cs.stroke();
                cs.setNonStrokingColor(0.8f, 0.8f, 0.8f); // a shaded cell
                cs.addRect(100, 400, 100, 50);
                cs.fill();
                cs.drawImage(image, 350, 100, 80, 40);
                OneConstructPdfs.text(cs, 110, 620, "cell");
            }
            double h = PDRectangle.A4.getHeight();
            PageLayoutReader reader = new PageLayoutReader(doc);
            PageLayout page1 = reader.read(1);
            List<Ruling> rulings = page1.rulings();
            assertEquals(5, rulings.size(), rulings.toString());
            assertEquals(3, rulings.stream().filter(Ruling::horizontal).count(), rulings.toString());
            assertTrue(rulings.stream().anyMatch(r -> r.horizontal() && near(r.y0(), h - 650) && near(r.x0(), 100) && near(r.x1(), 300)),
                    rulings.toString());
            assertEquals(List.of(new Box(100, h - 450, 200, h - 400)), page1.rects());
            assertEquals(List.of(new Box(350, h - 140, 430, h - 100)), page1.images());
            assertEquals("cell", OneConstructPdfs.read(doc));

            PageLayout page2 = reader.read(2); // read after page 1 by the same reader
            assertEquals(List.of(), page2.rulings());
            assertEquals(List.of(), page2.rects());
            assertEquals(List.of(), page2.images());
            assertEquals(rulings, reader.read(1).rulings(), "page 1 again, after page 2");
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.6;
    }
}
