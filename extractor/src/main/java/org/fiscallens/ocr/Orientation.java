package org.fiscallens.ocr;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A scan placed sideways (a landscape table scanned onto a portrait page, or a page fed turned): found from
 * the ink's projection profiles, where lines of text and the rules of a table make the profile across them
 * sharp; only a page whose column profile is clearly sharper than its row profile is sent to Tesseract's
 * orientation detection (which tells 90 from 270), so upright pages cost no extra Tesseract run.
 */
public final class Orientation {
    /** How much sharper the column profile must be than the row profile for the page to be taken as sideways. */
    static final double SIDEWAYS_RATIO = 1.5;

    private Orientation() {}

    /** The clockwise turn (90 or 270) that makes a sideways scan upright, or 0. */
    public static int uprightTurn(BufferedImage gray, int dpi) {
        if (!sideways(gray) || !TesseractCli.available()) return 0;
        try {
            int turn = TesseractCli.orientation(gray, dpi);
            return turn == 90 || turn == 270 ? turn : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether the ink's column profile is much sharper than its row profile (text lines run down the image). */
    static boolean sideways(BufferedImage gray) {
        int w = gray.getWidth(), h = gray.getHeight(), step = Math.max(1, Math.min(w, h) / 800);
        int cw = w / step, ch = h / step;
        if (cw < 10 || ch < 10) return false;
        double[] rows = new double[ch], cols = new double[cw];
        java.awt.image.Raster r = gray.getRaster();
        int bands = r.getNumBands();
        int[] px = new int[bands];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                r.getPixel(x * step, y * step, px);
                int v = bands >= 3 ? (px[0] + px[1] + px[2]) / 3 : px[0];
                if (v < 128) { rows[y]++; cols[x]++; }
            }
        }
        double sr = sharpness(rows), sc = sharpness(cols);
        return sc > SIDEWAYS_RATIO * sr && sc > 0;
    }

    /** Σ (p[i] − p[i−1])² / Σ p: large where the profile jumps between ink and gaps. */
    static double sharpness(double[] p) {
        double s = 0, t = 0;
        for (int i = 1; i < p.length; i++) s += (p[i] - p[i - 1]) * (p[i] - p[i - 1]);
        for (double v : p) t += v;
        return t == 0 ? 0 : s / t;
    }

    /** The image turned clockwise by 90, 180 or 270 degrees. */
    public static BufferedImage turn(BufferedImage img, int degrees) {
        int q = ((degrees / 90) % 4 + 4) % 4;
        if (q == 0) return img;
        int w = img.getWidth(), h = img.getHeight();
        AffineTransform t = AffineTransform.getQuadrantRotateInstance(q);
        if (q == 1) t.preConcatenate(AffineTransform.getTranslateInstance(h, 0));
        else if (q == 2) t.preConcatenate(AffineTransform.getTranslateInstance(w, h));
        else t.preConcatenate(AffineTransform.getTranslateInstance(0, w));
        BufferedImage out = new BufferedImage(q == 2 ? w : h, q == 2 ? h : w, img.getType() == 0 ? BufferedImage.TYPE_BYTE_GRAY : img.getType());
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(img, out);
        return out;
    }
}
