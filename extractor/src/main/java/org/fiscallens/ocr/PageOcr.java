package org.fiscallens.ocr;

import org.fiscallens.layout.Glyph;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * Recognises the text of a page image and returns it as glyphs in page points, so that scanned pages
 * flow through the same word, line, section and table stages as pages with a text layer.
 */
public interface PageOcr {

    /**
     * @param image         the page rendered upright
     * @param pointsPerPixel the size of one image pixel in PDF points (72 / dpi)
     */
    List<Glyph> recognise(BufferedImage image, double pointsPerPixel) throws IOException;

    /**
     * The same for an image known to be upright whose table cells were painted out (they are read one by one): an
     * engine that guesses the orientation of the page from its text must not guess it from the few lines left.
     */
    default List<Glyph> recogniseUpright(BufferedImage image, double pointsPerPixel) throws IOException {
        return recognise(image, pointsPerPixel);
    }

    /** The rendering resolution this engine wants. */
    default int dpi() { return 200; }

    /** Whether the engine can run here (asked only when a page needs it: finding out may start a process). */
    default boolean available() { return true; }
}
