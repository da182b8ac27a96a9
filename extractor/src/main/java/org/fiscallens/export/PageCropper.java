package org.fiscallens.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.fiscallens.model.Box;
import org.fiscallens.pdf.PageLayoutReader;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the region of a page around a box, with the box highlighted, for a report. Boxes are in the
 * page's upright frame (docs: a page whose text runs sideways is turned so it reads left to right), so the
 * rendered page is turned the same way before cropping.
 */
public final class PageCropper implements AutoCloseable {
    /** Points to pixels: 1.5 = 108 dpi, sharp enough to read a table cell, small enough to embed. */
    static final float SCALE = 1.5f;
    /** The highlight's outline colour; reports use it nowhere else, so a test can find it in a screenshot. */
    public static final Color HIGHLIGHT = new Color(255, 0, 170);
    static final Color FILL = new Color(255, 230, 0, 70);
    /** Context kept around the box, in points. */
    static final double MARGIN_X = 90, MARGIN_Y = 45;

    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final Map<Integer, BufferedImage> pages = new LinkedHashMap<>(8, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Integer, BufferedImage> e) { return size() > 3; }
    };

    public PageCropper(PDDocument pdf) {
        this.pdf = pdf;
        this.renderer = new PDFRenderer(pdf);
    }

    /** The crop around {@code box} on 1-based {@code page}, box outlined; null when the page is not in the file. */
    public BufferedImage crop(int page, Box box) throws IOException {
        return crop(page, box, null, null);
    }

    /**
     * The crop around {@code box} and, for a table cell, around the cell and its column's header cell too (so the
     * header that says what the figure is stays in view): the box shaded, the cell outlined in {@link #HIGHLIGHT}
     * and the header outlined dashed; null when the page is not in the file. {@code cell} and {@code header} may
     * be null.
     */
    public BufferedImage crop(int page, Box box, Box cell, Box header) throws IOException {
        if (page < 1 || page > pdf.getNumberOfPages()) return null;
        BufferedImage full = upright(page);
        Box area = box;
        if (cell != null) area = area == null ? cell : area.union(cell);
        if (header != null) area = area == null ? header : area.union(header);
        if (area == null) return null;
        double w = full.getWidth() / SCALE, h = full.getHeight() / SCALE;
        double x0 = clamp(area.x0() - MARGIN_X, 0, w), x1 = clamp(area.x1() + MARGIN_X, 0, w);
        double y0 = clamp(area.top() - MARGIN_Y, 0, h), y1 = clamp(area.bottom() + MARGIN_Y, 0, h);
        int px0 = (int) Math.floor(x0 * SCALE), py0 = (int) Math.floor(y0 * SCALE);
        int px1 = (int) Math.ceil(x1 * SCALE), py1 = (int) Math.ceil(y1 * SCALE);
        px1 = Math.min(full.getWidth(), Math.max(px1, px0 + 1));
        py1 = Math.min(full.getHeight(), Math.max(py1, py0 + 1));
        BufferedImage out = new BufferedImage(px1 - px0, py1 - py0, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(full, -px0, -py0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            if (cell == null) {
                int[] r = rect(box, px0, py0, 3);
                g.setColor(FILL);
                g.fillRect(r[0], r[1], r[2], r[3]);
                g.setColor(HIGHLIGHT);
                g.setStroke(new BasicStroke(3f));
                g.drawRect(r[0], r[1], r[2], r[3]);
            } else {
                if (box != null) {                                     // the row, shaded: its label stays legible
                    int[] r = rect(box, px0, py0, 1);
                    g.setColor(FILL);
                    g.fillRect(r[0], r[1], r[2], r[3]);
                }
                if (header != null) {
                    int[] r = rect(header, px0, py0, 1);
                    g.setColor(HIGHLIGHT);
                    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
                    g.drawRect(r[0], r[1], r[2], r[3]);
                }
                int[] r = rect(cell, px0, py0, 1);
                g.setColor(HIGHLIGHT);
                g.setStroke(new BasicStroke(3f));
                g.drawRect(r[0], r[1], r[2], r[3]);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A box in pixels of the crop starting at (px0, py0), grown by {@code pad} pixels: x, y, width, height. */
    private static int[] rect(Box b, int px0, int py0, int pad) {
        return new int[]{(int) Math.round(b.x0() * SCALE) - px0 - pad, (int) Math.round(b.top() * SCALE) - py0 - pad,
                (int) Math.round(b.width() * SCALE) + 2 * pad, (int) Math.round(b.height() * SCALE) + 2 * pad};
    }

    /** The whole page, upright, at half the crop scale; null when the page is not in the file. */
    public BufferedImage page(int page) throws IOException {
        if (page < 1 || page > pdf.getNumberOfPages()) return null;
        BufferedImage full = upright(page);
        int w = full.getWidth() / 2, h = full.getHeight() / 2;
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(full, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The page rendered and turned into the upright frame the boxes are in. */
    private BufferedImage upright(int page) throws IOException {
        BufferedImage cached = pages.get(page);
        if (cached != null) return cached;
        BufferedImage img = renderer.renderImage(page - 1, SCALE, ImageType.RGB);
        int frameRotation = new PageLayoutReader(pdf).read(page).rotation();
        int displayed = pdf.getPage(page - 1).getRotation();
        BufferedImage turned = rotateClockwise(img, ((frameRotation - displayed) % 360 + 360) % 360);
        pages.put(page, turned);
        return turned;
    }

    static BufferedImage rotateClockwise(BufferedImage img, int degrees) {
        if (degrees == 0) return img;
        int w = img.getWidth(), h = img.getHeight();
        boolean quarter = degrees == 90 || degrees == 270;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            switch (degrees) {
                case 90 -> { g.translate(h, 0); g.rotate(Math.PI / 2); }
                case 180 -> { g.translate(w, h); g.rotate(Math.PI); }
                case 270 -> { g.translate(0, w); g.rotate(-Math.PI / 2); }
                default -> throw new IllegalArgumentException("rotation " + degrees);
            }
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
