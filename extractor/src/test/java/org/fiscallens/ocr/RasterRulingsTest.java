package org.fiscallens.ocr;

import org.fiscallens.layout.Ruling;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ruling lines found in a page image, in points, as a text PDF's vector rulings would give them. */
class RasterRulingsTest {
    static final int DPI = 200;
    static final double PPP = 72.0 / DPI;

    /** A 200 dpi image of a 4-row × 3-column grid at known positions (in points), with text-like strokes in the cells. */
    static BufferedImage grid(Color rule, boolean dashedInner, double skewDegrees, boolean colour) {
        int w = (int) (400 / PPP), h = (int) (300 / PPP);
        BufferedImage img = new BufferedImage(w, h, colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(colour ? new Color(252, 250, 240) : Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.rotate(Math.toRadians(skewDegrees), w / 2.0, h / 2.0);
        double[] ys = {50, 80, 110, 140, 170}, xs = {40, 160, 260, 360};
        for (int i = 0; i < ys.length; i++) {
            boolean dashed = dashedInner && i == 2;
            g.setColor(rule);
            g.setStroke(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{9f, 3f}, 0f) : new BasicStroke(2f));
            g.drawLine(px(xs[0]), px(ys[i]), px(xs[3]), px(ys[i]));
        }
        g.setStroke(new BasicStroke(2f));
        for (double x : xs) { g.setColor(rule); g.drawLine(px(x), px(ys[0]), px(x), px(ys[4])); }
        // a row of "characters" whose bottom strokes line up over 100 pt, each with strokes above it: not a rule
        g.setColor(Color.BLACK);
        for (int r = 0; r < 4; r++) {
            for (int k = 0; k < 8; k++) {
                int x0 = px(45 + k * 13), y0 = px(ys[r] + 8);
                g.fillRect(x0, y0 + px(8), px(11), 3);          // bottom stroke, aligned across characters
                g.fillRect(x0 + px(5), y0, 3, px(8));           // upright strokes above it
                g.fillRect(x0 + px(1), y0 + px(2), 3, px(6));
                g.fillRect(x0 + px(9), y0 + px(2), 3, px(6));
                g.fillRect(x0 + px(1), y0 + px(3), px(9), 3);   // a middle stroke
            }
        }
        g.dispose();
        return img;
    }

    static int px(double pt) { return (int) Math.round(pt / PPP); }

    static long count(List<Ruling> rs, boolean horizontal, double pos, double from, double to) {
        return rs.stream().filter(r -> horizontal ? r.horizontal() : r.vertical())
                .filter(r -> Math.abs(r.position() - pos) <= 1.5 && r.start() <= from + 3 && r.end() >= to - 3).count();
    }

    @Test
    void gridLinesComeOutInPointsAndTextStrokesDoNot() {
        RasterRulings.Result r = RasterRulings.find(grid(Color.BLACK, false, 0, false), PPP, 10, 20);
        assertEquals(0, r.angle(), 1e-9);
        for (double y : new double[]{50, 80, 110, 140, 170}) assertEquals(1, count(r.rulings(), true, y + 20, 50, 370), "rule at y " + y + " " + r.rulings());
        for (double x : new double[]{40, 160, 260, 360}) assertEquals(1, count(r.rulings(), false, x + 10, 70, 190), "rule at x " + x + " " + r.rulings());
        // nothing else: the aligned strokes of the "text" are no rule
        assertEquals(9, r.rulings().size(), r.rulings().toString());
    }

    @Test
    void lightGreyDashedSkewedColourRulesAreFound() {
        RasterRulings.Result r = RasterRulings.find(grid(new Color(190, 190, 200), true, 0.8, true), PPP, 0, 0);
        assertEquals(0.8, r.angle(), 0.1);
        // after straightening, every rule (the dashed one too) is one whole line again, within 2 pt of its place
        for (double y : new double[]{50, 80, 110, 140, 170}) {
            assertTrue(r.rulings().stream().anyMatch(k -> k.horizontal() && Math.abs(k.position() - y) <= 2 && k.length() > 300),
                    "rule at y " + y + " " + r.rulings());
        }
        for (double x : new double[]{40, 160, 260, 360}) {
            assertTrue(r.rulings().stream().anyMatch(k -> k.vertical() && Math.abs(k.position() - x) <= 2 && k.length() > 100),
                    "rule at x " + x + " " + r.rulings());
        }
    }
}
