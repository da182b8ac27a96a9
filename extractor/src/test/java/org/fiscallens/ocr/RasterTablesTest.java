package org.fiscallens.ocr;

import org.fiscallens.model.Box;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a ruled cell's crop is taken and how the readings of a figure are weighed against each other. */
class RasterTablesTest {
    static final double PPP = 72.0 / 200;

    private static TesseractCli.Line line(String text, double confidence) { return new TesseractCli.Line(text, confidence); }

    @Test
    void twoReadingsThatAgreeGiveTheFigureWithTheHigherConfidence() {
        TesseractCli.Line v = RasterTables.vote(line("2,557.89", 92), line("2,557.89", 3), null, true);
        assertEquals("2,557.89", v.text());
        assertEquals(92, v.confidence());
    }

    @Test
    void aThirdReadingSettlesADisagreementButTheCellIsNotTakenForSure() {
        // the Chinese model and the larger digit reading agree against the first digit reading (5 read as 9)
        TesseractCli.Line v = RasterTables.vote(line("2,557.89", 92), line("2,597.89", 6), line("2,557.89", 80), true);
        assertEquals("2,557.89", v.text());
        assertEquals(RasterTables.MAJORITY_CONFIDENCE, v.confidence());
        // the two digit readings agree against the Chinese model
        v = RasterTables.vote(line("18,377.11", 90), line("13,377.11", 40), line("13,377.11", 50), true);
        assertEquals("13,377.11", v.text());
        assertTrue(v.confidence() <= RasterTables.MAJORITY_CONFIDENCE);
    }

    @Test
    void withoutAMajorityTheDigitReadingIsKeptAndMarkedUncertain() {
        TesseractCli.Line v = RasterTables.vote(line("461.08", 90), line("4161.08", 70), line("161.08", 60), true);
        assertEquals("4161.08", v.text());
        assertTrue(v.confidence() < 60, "an uncertain cell: " + v.confidence());
        // a separator lost in the leading group is put back before readings are compared (the value is the same)
        v = RasterTables.vote(line("1,075,000", 91), line("1075,000", 20), null, true);
        assertEquals("1,075,000", v.text());
        // no well-formed reading: nothing is chosen
        assertNull(RasterTables.vote(line("工", 40), line("", 0), null, false));
    }

    /** A cell (20 × 10 pt) whose text begins 1 pt from its left rule with a light grey stroke (the arm of a thin 十). */
    @Test
    void theCropKeepsFaintStrokesAndLeavesOutRuleRemnants() {
        int w = 200, h = 100;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Box cell = new Box(9.5 * PPP, 9.5 * PPP, 70.5 * PPP, 40.5 * PPP); // rules through pixels 10 and 70, 10 and 40
        g.setColor(Color.BLACK);
        g.fillRect(11, 11, 1, 29);              // what is left of the left rule, just inside the cell
        g.setColor(new Color(200, 200, 200));
        g.fillRect(15, 24, 6, 1);               // a faint horizontal arm
        g.setColor(Color.BLACK);
        g.fillRect(21, 18, 2, 14);              // the dark upright stroke
        g.fillRect(30, 18, 10, 2);
        g.fillRect(30, 29, 10, 2);
        g.dispose();
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int[] box = RasterTables.inkBox(px, w, h, RasterRulings.inkThreshold(px), cell, PPP, 0, 0);
        assertNotNull(box);
        assertTrue(box[0] > 11, "the rule's remnant is left out: " + box[0]);
        assertTrue(box[0] <= 15, "the faint arm is inside the crop: " + box[0]);
        assertTrue(box[2] >= 39 && box[1] <= 18 && box[3] >= 30, "the dark ink is inside the crop");
        // an empty cell has no crop
        assertNull(RasterTables.inkBox(px, w, h, RasterRulings.inkThreshold(px), new Box(99.5 * PPP, 49.5 * PPP, 190.5 * PPP, 90.5 * PPP), PPP, 0, 0));
    }

    @Test
    void lightGreyStrokesAreDarkenedForReadingAndThePaperStaysWhite() {
        BufferedImage img = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_GRAY);
        int[] levels = {250, 200, 120, 0};
        img.getRaster().setPixels(0, 0, 4, 1, levels);
        int[] out = RasterTables.darkened(img).getRaster().getPixels(0, 0, 4, 1, (int[]) null);
        assertEquals(255, out[0]);
        assertTrue(out[1] < 150, "a light stroke (a fifth darker than the paper) comes out well darker: " + out[1]);
        assertTrue(out[2] < out[1] && out[3] == 0);
    }
}
