package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Area;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the {@link TextPosition}s of one page through PDFBox's text stripper (which resolves fonts,
 * Unicode mappings and drops duplicated overlapping glyphs used to fake bold). Glyphs drawn outside the clipping
 * path (at the latest the crop box) are left out: some word processors write a page's whole text flow onto every
 * page and clip it to the page's share, so the clipped text is not on the page a reader sees.
 */
final class TextCollector extends PDFTextStripper {
    private final List<TextPosition> positions = new ArrayList<>();

    TextCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    List<TextPosition> collect(PDDocument doc, int pageNumber) throws IOException {
        positions.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(doc, new StringWriter());
        return new ArrayList<>(positions);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (visible(text)) super.processTextPosition(text);
    }

    /** Whether a point inside the glyph (a third of an em above its baseline, a quarter em in) lies within the clip. */
    private boolean visible(TextPosition text) {
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip == null) return true;
        Matrix m = text.getTextMatrix();
        double x = m.getTranslateX() + 0.25 * m.getScaleX() + 0.33 * m.getShearX();
        double y = m.getTranslateY() + 0.25 * m.getShearY() + 0.33 * m.getScaleY();
        return clip.contains(x, y);
    }

    /**
     * The glyphs of the page in content-stream order, as the stripper collected them (fonts resolved,
     * overlapping duplicates suppressed, clipped ones dropped). The stripper's own line and word building,
     * normalisation and writing are skipped: the layout stage builds lines and words itself.
     */
    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) positions.addAll(article);
    }
}
