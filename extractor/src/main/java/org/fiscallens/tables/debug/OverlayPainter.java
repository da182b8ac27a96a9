package org.fiscallens.tables.debug;

import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Word;
import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.AxisSegment;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.GridCell;
import org.fiscallens.tables.grid.Rules;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws words (blue), merged rules (red), detected cells (green) and table areas (magenta) over a page image. */
public final class OverlayPainter {
    private OverlayPainter() {}

    public static void paint(BufferedImage img, float scale, PageLayout page, Rules rules, List<CellGrid> grids) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(0, 90, 255, 110));
        for (Word w : page.words()) rect(g, w.box(), scale);
        g.setStroke(new BasicStroke(2f));
        g.setColor(new Color(230, 0, 0, 170));
        for (AxisSegment s : rules.horizontal())
            g.drawLine(px(s.from(), scale), px(s.pos(), scale), px(s.to(), scale), px(s.pos(), scale));
        for (AxisSegment s : rules.vertical())
            g.drawLine(px(s.pos(), scale), px(s.from(), scale), px(s.pos(), scale), px(s.to(), scale));
        for (CellGrid grid : grids) {
            g.setStroke(new BasicStroke(1.5f));
            g.setColor(new Color(0, 170, 0, 200));
            for (GridCell c : grid.cells()) {
                Box b = c.box();
                g.drawRect(px(b.x0(), scale) + 2, px(b.top(), scale) + 2,
                        Math.max(1, px(b.width(), scale) - 4), Math.max(1, px(b.height(), scale) - 4));
            }
            g.setStroke(new BasicStroke(4f));
            g.setColor(new Color(220, 0, 220, 200));
            rect(g, grid.area(), scale);
            g.drawString(grid.method() + " " + grid.rows() + "x" + grid.cols(), px(grid.area().x0(), scale), px(grid.area().top(), scale) - 4);
        }
        g.dispose();
    }

    private static void rect(Graphics2D g, Box b, float s) {
        g.drawRect(px(b.x0(), s), px(b.top(), s), Math.max(1, px(b.width(), s)), Math.max(1, px(b.height(), s)));
    }

    private static int px(double v, float s) { return (int) Math.round(v * s); }
}
