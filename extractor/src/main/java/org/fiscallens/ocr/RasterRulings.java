package org.fiscallens.ocr;

import org.fiscallens.layout.Ruling;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a table in a page image: the image is straightened (a skew of up to 2° is measured
 * from the ink's row profile), then horizontal and vertical runs of ink long enough not to be a stroke of a
 * character are collected (a dashed or broken line is joined over short gaps; light grey rules count, since
 * ink is anything clearly darker than the paper), and each band of runs becomes one {@link Ruling} in PDF
 * points, the way a vector ruling is given. A band too thick for a line (a shaded cell) gives its two edges.
 * The rules are then painted out of the image handed to OCR, which otherwise reads them as | and _.
 */
public final class RasterRulings {

    /**
     * @param image    the straightened image with the rules painted white (what OCR should read)
     * @param rulings  the rules in points, in the frame of the straightened image
     * @param angle    the skew removed, in degrees
     */
    public record Result(BufferedImage image, List<Ruling> rulings, double angle) {}

    /** Skew angles tried, in degrees (either way). */
    private static final double MAX_SKEW = 2.0, SKEW_STEP = 0.05;
    /** Shortest horizontal and vertical rule, in points: longer than a stroke of a character. */
    static final double MIN_H = 40, MIN_V = 10;
    /** Longest gap joined within one rule (a dash pattern, a broken scan), in points; a wider one is the space between two characters. */
    static final double GAP = 1.5;
    /** A band of runs thicker than this (points) is a filled area, whose edges are rules. */
    static final double MAX_THICK = 3.0;

    private RasterRulings() {}

    /**
     * @param image          the page (or an image's area of it), any type
     * @param pointsPerPixel 72 / dpi
     * @param offsetX        where the image's left edge lies on the page, in points
     * @param offsetY        where its top edge lies, in points
     */
    public static Result find(BufferedImage image, double pointsPerPixel, double offsetX, double offsetY) {
        BufferedImage grey = grey(image);
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int ink = inkThreshold(px);
        double angle = skew(px, w, h, ink);
        if (Math.abs(angle) >= SKEW_STEP) {
            grey = rotate(grey, -angle);
            px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        }
        double ppp = pointsPerPixel;
        int minH = (int) Math.round(MIN_H / ppp), minV = (int) Math.round(MIN_V / ppp);
        int gap = Math.max(1, (int) Math.round(GAP / ppp)), thick = Math.max(2, (int) Math.round(MAX_THICK / ppp));
        List<int[]> hBands = bands(px, w, h, ink, true, minH, gap, thick);
        List<int[]> vBands = bands(px, w, h, ink, false, minV, gap, thick);
        List<Ruling> out = new ArrayList<>();
        for (int[] b : hBands) {
            double y = offsetY + (b[0] + b[1] + 1) / 2.0 * ppp;
            out.add(new Ruling(offsetX + b[2] * ppp, y, offsetX + (b[3] + 1) * ppp, y));
        }
        List<int[]> keptV = new ArrayList<>();
        for (int[] b : vBands) {
            // A short upright run is a rule only where it meets a horizontal rule (a column border between two
            // header rules), not a lone stroke of a large character.
            if ((b[3] - b[2]) * ppp < 3 * MIN_V && !meetsHorizontal(b, hBands, Math.max(2, (int) Math.round(1.0 / ppp)))) continue;
            keptV.add(b);
            double x = offsetX + (b[0] + b[1] + 1) / 2.0 * ppp;
            out.add(new Ruling(x, offsetY + b[2] * ppp, x, offsetY + (b[3] + 1) * ppp));
        }
        BufferedImage clean = paintOut(grey, hBands, keptV, true);
        return new Result(clean, out, angle);
    }

    /** The page as 8-bit grey (a copy when it is another type). */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            copy.getRaster().setRect(image.getRaster());
            return copy;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gr = g.createGraphics();
        gr.drawImage(image, 0, 0, null);
        gr.dispose();
        return g;
    }

    /** Ink is anything clearly darker than the paper (the brightest common level), so light grey rules count. */
    static int inkThreshold(byte[] px) {
        int[] hist = new int[256];
        for (byte b : px) hist[b & 0xff]++;
        int paper = 255, best = -1;
        for (int v = 128; v < 256; v++) if (hist[v] > best) { best = hist[v]; paper = v; }
        return Math.max(90, paper - 40);
    }

    /** The skew (degrees, positive = the content turned clockwise) that makes the ink's row profile sharpest. */
    static double skew(byte[] px, int w, int h, int ink) {
        List<int[]> dark = new ArrayList<>();
        for (int y = 0; y < h; y += 2) {
            int row = y * w;
            for (int x = 0; x < w; x += 2) if ((px[row + x] & 0xff) < ink) dark.add(new int[]{x, y});
        }
        if (dark.size() < 100) return 0;
        double coarse = bestOf(dark, w, h, -MAX_SKEW, MAX_SKEW, 0.25);
        return bestOf(dark, w, h, coarse - 0.25, coarse + 0.25, SKEW_STEP);
    }

    private static double bestOf(List<int[]> dark, int w, int h, double from, double to, double step) {
        double bestAngle = 0, bestScore = -1;
        long[] profile = new long[h + 2 * w + 4];
        int steps = (int) Math.round((to - from) / step);
        for (int s = 0; s <= steps; s++) {
            double a = Math.round((from + s * step) / SKEW_STEP) * SKEW_STEP, t = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(profile, 0);
            for (int[] d : dark) {
                int idx = (int) Math.round(d[1] - d[0] * t) + w + 2;
                if (idx >= 0 && idx < profile.length) profile[idx]++;
            }
            double score = 0;
            for (long p : profile) score += (double) p * p;
            // ties (and near-ties) go to the angle nearest zero: an upright page stays untouched
            if (score > bestScore * 1.000001 || score >= bestScore * 0.999999 && Math.abs(a) < Math.abs(bestAngle)) { bestScore = Math.max(score, bestScore); bestAngle = a; }
        }
        return bestAngle;
    }

    /** The image turned by {@code degrees} about its centre, on white. */
    static BufferedImage rotate(BufferedImage img, double degrees) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * Bands of long ink runs: {from, to} across the run direction, {start, end} along it (pixels, inclusive).
     * Runs on neighbouring lines that overlap along most of their length form one band.
     */
    static List<int[]> bands(byte[] px, int w, int h, int ink, boolean horizontal, int minLen, int gap, int thick) {
        int lines = horizontal ? h : w, len = horizontal ? w : h;
        List<int[]> open = new ArrayList<>(), done = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            List<int[]> runs = runs(px, w, l, len, lines, ink, horizontal, minLen, gap);
            List<int[]> next = new ArrayList<>();
            for (int[] r : runs) {
                int[] band = null;
                for (int[] b : open) {
                    int ov = Math.min(b[3], r[1]) - Math.max(b[2], r[0]);
                    if (b[1] == l - 1 && ov > 0.5 * Math.min(b[3] - b[2], r[1] - r[0])) { band = b; break; }
                }
                if (band == null) band = new int[]{l, l, r[0], r[1]};
                else { band[1] = l; band[2] = Math.min(band[2], r[0]); band[3] = Math.max(band[3], r[1]); }
                if (!next.contains(band)) next.add(band);
            }
            for (int[] b : open) if (!next.contains(b)) done.add(b);
            open = next;
        }
        done.addAll(open);
        List<int[]> out = new ArrayList<>();
        for (int[] b : done) {
            if (b[1] - b[0] + 1 <= thick) {
                if (!busy(px, w, h, ink, horizontal, b)) out.add(b);
            }
            else { // a filled area: its two edges
                out.add(new int[]{b[0], b[0], b[2], b[3]});
                out.add(new int[]{b[1], b[1], b[2], b[3]});
            }
        }
        return out;
    }

    /**
     * Whether ink lies along much of the band just beside it: a row of characters whose strokes happen to
     * line up (一般公共…) rather than a rule, which has paper on both sides except where lines cross it.
     */
    static boolean busy(byte[] px, int w, int h, int ink, boolean horizontal, int[] b) {
        int lines = horizontal ? h : w;
        int n = 0, inked = 0;
        for (int i = b[2]; i <= b[3]; i++) {
            n++;
            boolean any = false;
            for (int d = 2; d <= 4 && !any; d++) {
                for (int l : new int[]{b[0] - d, b[1] + d}) {
                    if (l < 0 || l >= lines) continue;
                    if ((px[horizontal ? l * w + i : i * w + l] & 0xff) < ink) { any = true; break; }
                }
            }
            if (any) inked++;
        }
        return inked > 0.3 * n;
    }

    /** Runs of ink along one pixel line, joined over gaps up to {@code gap}, at least {@code minLen} long and mostly ink. */
    private static List<int[]> runs(byte[] px, int w, int l, int len, int lines, int ink, boolean horizontal, int minLen, int gap) {
        List<int[]> out = new ArrayList<>();
        int start = -1, last = -1, filled = 0;
        for (int i = 0; i <= len; i++) {
            // ink on this pixel line or the next: a rule left a fraction of a degree off straight stays one run
            boolean dark = i < len && ((px[horizontal ? l * w + i : i * w + l] & 0xff) < ink
                    || l + 1 < lines && (px[horizontal ? (l + 1) * w + i : i * w + l + 1] & 0xff) < ink);
            if (dark) {
                if (start >= 0 && i - last - 1 > gap) { keep(out, start, last, filled, minLen); start = -1; }
                if (start < 0) { start = i; filled = 0; }
                last = i;
                filled++;
            }
        }
        if (start >= 0) keep(out, start, last, filled, minLen);
        return out;
    }

    private static void keep(List<int[]> out, int start, int end, int filled, int minLen) {
        int length = end - start + 1;
        if (length >= minLen && filled >= 0.6 * length) out.add(new int[]{start, end});
    }

    private static boolean meetsHorizontal(int[] v, List<int[]> hBands, int tol) {
        boolean top = false, bottom = false;
        for (int[] hb : hBands) {
            if (v[0] < hb[2] - tol || v[1] > hb[3] + tol) continue;
            if (Math.abs(hb[0] - v[2]) <= tol || Math.abs(hb[1] - v[2]) <= tol) top = true;
            if (Math.abs(hb[0] - v[3]) <= tol || Math.abs(hb[1] - v[3]) <= tol) bottom = true;
        }
        return top && bottom;
    }

    /** The image with the rule bands (and a pixel either side, the anti-aliased edge) painted white. */
    static BufferedImage paintOut(BufferedImage grey, List<int[]> hBands, List<int[]> vBands, boolean copy) {
        BufferedImage out = grey;
        if (copy) {
            out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            out.getRaster().setRect(grey.getRaster());
        }
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        for (int[] b : hBands) if (b[1] - b[0] <= 12) g.fillRect(b[2], b[0] - 1, b[3] - b[2] + 1, b[1] - b[0] + 3);
        for (int[] b : vBands) if (b[1] - b[0] <= 12) g.fillRect(b[0] - 1, b[2], b[1] - b[0] + 3, b[3] - b[2] + 1);
        g.dispose();
        return out;
    }
}
