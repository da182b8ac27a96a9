package org.fiscallens.pdf;

import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Path2D;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Collects the {@link TextPosition}s of one page through PDFBox's text stripper (which resolves fonts,
 * Unicode mappings and drops duplicated overlapping glyphs used to fake bold). Glyphs drawn outside the clipping
 * path (at the latest the crop box) are left out: some word processors write a page's whole text flow onto every
 * page and clip it to the page's share, so the clipped text is not on the page a reader sees. The clip follows the
 * page's path and W / W* operators ({@link PathTracker}); PDFTextStripper alone only knows the crop box. The same
 * operators give the page's rulings, rectangles and images ({@link #graphics()}): one pass reads a page.
 */
final class TextCollector extends PDFTextStripper {
    private final List<TextPosition> positions = new ArrayList<>();

    /** Glyphs drawn with text rendering mode 3 or 7 (neither filled nor stroked): on a page, only an OCR layer's. */
    private final Set<TextPosition> invisible = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The crop box's lower-left corner of the page being read: TextPosition coordinates are relative to it. */
    private double cropX, cropY;

    /** The page's rulings, rectangles and images, collected in the same pass as its text. */
    private final PathCollector graphics = new PathCollector(this);

    /** Glyphs filled in white (the non-stroking colour of the text state when shown): unseen on a white page. */
    private final Set<TextPosition> white = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Glyphs shown on the page being read, and how many it may show ({@link Limits#pageGlyphs()}). */
    private long shown, glyphLimit = Long.MAX_VALUE;

    /** The page being read: the stripper is given it alone (see {@link #processPages}). */
    private PDPage target;

    /**
     * Glyphs the page's text operators showed (mapped to a character or not, seen or clipped), and whether one of
     * them maps to a readable character: a page that shows text none of which reads is damaged (a font or its
     * character map broken or missing), not blank.
     */
    private long glyphsShown, illegible;
    private boolean legible;

    /** Whether the page's content stream stopped being read part way (damaged past some point). */
    private boolean damaged;

    TextCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        PathTracker.install(this, this::addOperator, graphics);
        // the text stripper keeps no colour; these keep the non-stroking colour of the graphics state current
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    void limits(Limits limits) {
        glyphLimit = limits.pageGlyphs();
        graphics.limit(limits.pagePaths());
    }

    /**
     * The glyphs of one page.
     *
     * @throws LimitExceededException when the page shows more glyphs than {@link Limits#pageGlyphs()}
     */
    List<TextPosition> collect(PDDocument doc, PDPage page) throws IOException {
        positions.clear();
        invisible.clear();
        white.clear();
        shown = 0;
        glyphsShown = 0;
        illegible = 0;
        legible = false;
        damaged = false;
        graphics.startPage(0, 0); // a page without contents is not processed: no graphics, not the last page's
        // PDFTextStripper counts pages as it walks the whole page tree and reads those in its range: for each page
        // read, a walk over all pages (quadratic in the page count). It is given the one page instead, as its
        // page 1 (the counter it checks the range against starts at 1 and is advanced only by its own walk).
        target = page;
        setStartPage(1);
        setEndPage(1);
        try {
            writeText(doc, new StringWriter());
        } catch (IOException e) {
            // a content stream damaged part way (an operand cut off, a string never closed): what was shown before
            // the damage is kept, and the page says it was not read to its end (see damaged())
            damaged = true;
            if (positions.isEmpty()) for (List<TextPosition> article : getCharactersByArticle()) positions.addAll(article);
        } finally {
            target = null;
        }
        return new ArrayList<>(positions);
    }

    /** How many glyphs the text operators of the last page read showed, whatever they map to. */
    long glyphsShown() {
        return glyphsShown;
    }

    /** Whether one glyph of the last page read maps to a readable character (not blank, a control or U+FFFD). */
    boolean legible() {
        return legible;
    }

    /** How many glyphs of the last page read map to no character, or to a control, private-use or replacement one. */
    long illegible() {
        return illegible;
    }

    /** Whether the last page's content stream could not be read to its end. */
    boolean damaged() {
        return damaged;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        glyphsShown++;
        String unicode = font.toUnicode(code);
        if (readable(unicode)) legible = true;
        else if (!blank(unicode)) illegible++;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** Blanks only (spaces): shown on purpose, nothing to read. */
    static boolean blank(String unicode) {
        return unicode != null && !unicode.isEmpty() && unicode.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** A character a reader can read: not blank, not a control character, not the replacement character or a private-use code. */
    static boolean readable(String unicode) {
        if (unicode == null) return false;
        for (int i = 0; i < unicode.length(); ) {
            int c = unicode.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFFFD || type == Character.CONTROL
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.FORMAT) continue;
            return true;
        }
        return false;
    }

    @Override
    protected void processPages(org.apache.pdfbox.pdmodel.PDPageTree pages) throws IOException {
        if (target != null && target.hasContents()) processPage(target);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        PDRectangle crop = page.getCropBox();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        // the stripper offers every page of the document and reads the one asked for
        if (getCurrentPageNo() >= getStartPage() && getCurrentPageNo() <= getEndPage()) graphics.startPage(cropX, cropY);
        super.processPage(page);
    }

    /** The graphics of the last page read. */
    PathCollector graphics() {
        return graphics;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++shown > glyphLimit) throw Limits.exceeded("page-glyphs", "the page shows more than "
                + Limits.amount("page-glyphs", glyphLimit) + " characters", glyphLimit);
        if (!visible(text)) return;
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) invisible.add(text);
        else if (mode.isFill() && !mode.isStroke() && Colours.white(getGraphicsState().getNonStrokingColor())) white.add(text);
        super.processTextPosition(text);
    }

    /** Whether the glyph was filled in white (and not stroked) on the last page read. */
    boolean white(TextPosition text) {
        return white.contains(text);
    }

    /** Whether the glyph was collected with rendering mode 3 (invisible) on the last page read. */
    boolean invisible(TextPosition text) {
        return invisible.contains(text);
    }

    /**
     * Whether a point inside the glyph (a third of an em above its baseline, a quarter em in) lies within the clip.
     * The clip is the intersection of the clipping paths in force, so the point is inside it when it is inside
     * each of them (under each path's own winding rule). Testing the paths one by one gives the answer of
     * {@link org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState#getCurrentClippingPath()} without building
     * that intersection as an {@link java.awt.geom.Area}: word-processor exports clip every table cell, and the
     * area arithmetic for each cell was a tenth of the page-reading time.
     */
    private boolean visible(TextPosition text) {
        List<Path2D> clip = getGraphicsState().getCurrentClippingPaths();
        if (clip == null || clip.isEmpty()) return true;
        Matrix m = text.getTextMatrix();
        // TextPosition coordinates are relative to the crop box's lower-left corner; the clip is in user space.
        double x = cropX + m.getTranslateX() + 0.25 * m.getScaleX() + 0.33 * m.getShearX();
        double y = cropY + m.getTranslateY() + 0.25 * m.getShearY() + 0.33 * m.getScaleY();
        for (Path2D path : clip) {
            if (!path.contains(x, y)) return false;
        }
        return true;
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
