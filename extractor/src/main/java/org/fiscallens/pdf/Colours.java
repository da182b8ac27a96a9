package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * Whether a fill colour is white (1 g, 1 1 1 rg, 0 0 0 0 k, or any colour space whose RGB is white): paint that
 * vanishes on a white page. The device spaces are read from their components, so no colour conversion runs per glyph;
 * other spaces (ICC, separation) through PDFBox's conversion, and a colour that cannot be converted (a pattern)
 * counts as not white.
 */
final class Colours {
    private Colours() {}

    private static final float WHITE = 0.97f;

    static boolean white(PDColor c) {
        if (c == null || c.getColorSpace() == null) return false;
        float[] v = c.getComponents();
        try {
            if (c.getColorSpace() instanceof PDDeviceGray) return v.length == 1 && v[0] >= WHITE;
            if (c.getColorSpace() instanceof PDDeviceRGB) return v.length == 3 && v[0] >= WHITE && v[1] >= WHITE && v[2] >= WHITE;
            if (c.getColorSpace() instanceof PDDeviceCMYK) return v.length == 4 && v[0] <= 1 - WHITE && v[1] <= 1 - WHITE && v[2] <= 1 - WHITE && v[3] <= 1 - WHITE;
            float[] rgb = c.getColorSpace().toRGB(v);
            return rgb.length == 3 && rgb[0] >= WHITE && rgb[1] >= WHITE && rgb[2] >= WHITE;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
