package org.fiscallens.tables.debug;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Renders a page into the upright frame of {@link org.fiscallens.layout.PageLayout}: the page is drawn
 * without its /Rotate and then turned by the layout's rotation, so that layout coordinates times the
 * scale are pixel coordinates.
 */
public final class PageRenderer {
    private PageRenderer() {}

    public static BufferedImage render(PDDocument pdf, int pageNumber, int rotation, float scale) throws IOException {
        PDPage page = pdf.getPage(pageNumber - 1);
        int saved = page.getRotation();
        page.setRotation(0);
        BufferedImage raw;
        try {
            raw = new PDFRenderer(pdf).renderImage(pageNumber - 1, scale);
        } finally {
            page.setRotation(saved);
        }
        PDRectangle crop = page.getCropBox();
        double w = crop.getWidth(), h = crop.getHeight();
        int rot = ((rotation % 360) + 360) % 360;
        boolean swap = rot == 90 || rot == 270;
        int outW = (int) Math.round((swap ? h : w) * scale), outH = (int) Math.round((swap ? w : h) * scale);
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                double fx = x / (double) scale, fy = y / (double) scale, px, py;
                switch (rot) {
                    case 90 -> { px = fy; py = fx; }
                    case 180 -> { px = w - fx; py = fy; }
                    case 270 -> { px = w - fy; py = h - fx; }
                    default -> { px = fx; py = h - fy; }
                }
                int ix = (int) (px * scale), iy = (int) ((h - py) * scale);
                if (ix >= 0 && iy >= 0 && ix < raw.getWidth() && iy < raw.getHeight()) out.setRGB(x, y, raw.getRGB(ix, iy));
                else out.setRGB(x, y, 0xFFFFFF);
            }
        }
        return out;
    }
}
