package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.fiscallens.ocr.PageOcr;
import org.fiscallens.ocr.RasterTables;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Ruling;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;
import org.fiscallens.layout.WordBuilder;
import org.fiscallens.model.Box;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one PDF page into a {@link PageLayout}: glyphs with boxes, fonts and sizes; words; lines; rulings,
 * filled rectangles and image boxes. The page is turned so that its dominant text direction reads left to
 * right (a /Rotate page, or a landscape table drawn sideways on a portrait page, come out upright), and
 * the graphics are mapped into the same frame as the text.
 */
public final class PageLayoutReader {
    /** A filled rectangle thinner than this (points) is a ruling, not a shaded cell. */
    private static final double RULING_THICKNESS = 2.0;

    private final PDDocument document;
    private final TextCollector text = new TextCollector();
    private final PageOcr ocr;
    private final Limits limits;
    private final StreamBudget budget;
    private PDFRenderer renderer;
    /** The document's pages in order, listed once: looking a page up by its index walks the page tree each time. */
    private List<PDPage> pageList;

    public PageLayoutReader(PDDocument document) {
        this(document, null);
    }

    /** @param ocr the engine for pages without a text layer (scans), or null to leave them empty */
    public PageLayoutReader(PDDocument document, PageOcr ocr) {
        this(document, ocr, Limits.current());
    }

    public PageLayoutReader(PDDocument document, PageOcr ocr, Limits limits) {
        this.document = document;
        this.ocr = ocr;
        this.limits = limits;
        this.budget = new StreamBudget(limits);
        text.limits(limits);
    }

    private PDPage page(int pageNumber) {
        if (pageList == null) {
            pageList = new ArrayList<>();
            for (PDPage p : document.getPages()) {
                pageList.add(p);
                if (pageList.size() > limits.pages()) break;
            }
        }
        // a page tree whose pages are fewer than its /Count says: PDFBox's own lookup gives the error
        return pageNumber - 1 < pageList.size() ? pageList.get(pageNumber - 1) : document.getPage(pageNumber - 1);
    }

    /**
     * The page's layout; a page that goes past one of the {@link Limits} is not read, and comes back empty with
     * the reason ({@link PageLayout#skipped()}), so that the rest of the document is still read.
     */
    public PageLayout read(int pageNumber) throws IOException {
        PDPage page = page(pageNumber);
        PDRectangle crop = page.getCropBox();
        try {
            return read(page, crop, pageNumber);
        } catch (LimitExceededException e) {
            return PageLayout.skipped(pageNumber, crop.getWidth(), crop.getHeight(), 0, e.getMessage());
        }
    }

    private PageLayout read(PDPage page, PDRectangle crop, int pageNumber) throws IOException {
        budget.check(page);
        List<TextPosition> positions = text.collect(document, page);
        // read in the same pass; broken graphics do not stop text extraction, the page simply has fewer rulings
        PathCollector graphics = text.graphics();
        if (graphics.overLimit()) {
            throw Limits.exceeded("page-paths", "the page draws more than " + Limits.amount("page-paths", limits.pagePaths())
                    + " lines, rectangles and images", limits.pagePaths());
        }
        positions = withoutUnseenText(positions, graphics.shaded, graphics.images);

        int rotation = dominantDirection(positions, page.getRotation());
        PageFrame frame = new PageFrame(crop.getWidth(), crop.getHeight(), rotation);

        List<Glyph> glyphs = new ArrayList<>(positions.size());
        for (TextPosition tp : positions) {
            Glyph g = glyph(tp, frame, rotation);
            if (g != null) glyphs.add(g);
        }

        List<Ruling> rulings = new ArrayList<>();
        List<Box> rects = new ArrayList<>();
        for (PathCollector.Segment s : graphics.segments) {
            Ruling r = new Ruling(frame.x(s.x0(), s.y0()), frame.y(s.x0(), s.y0()), frame.x(s.x1(), s.y1()), frame.y(s.x1(), s.y1()));
            if ((r.horizontal() || r.vertical()) && r.length() >= 2) rulings.add(r);
        }
        for (PathCollector.Rect rc : graphics.rects) {
            Box b = box(frame, rc.x0(), rc.y0(), rc.x1(), rc.y1());
            if (b.height() <= RULING_THICKNESS && b.width() > RULING_THICKNESS) {
                rulings.add(new Ruling(b.x0(), b.centerY(), b.x1(), b.centerY()));
            } else if (b.width() <= RULING_THICKNESS && b.height() > RULING_THICKNESS) {
                rulings.add(new Ruling(b.centerX(), b.top(), b.centerX(), b.bottom()));
            } else if (b.width() > RULING_THICKNESS && b.height() > RULING_THICKNESS) {
                rects.add(b);
            }
        }
        List<Box> images = new ArrayList<>();
        for (PathCollector.Rect rc : graphics.images) images.add(box(frame, rc.x0(), rc.y0(), rc.x1(), rc.y1()));

        String source = "text";
        if (glyphs.isEmpty() && ocr != null && coveredByImage(images, frame) && ocr.available()) {
            // A scanned page: render it as displayed and read its words with OCR. With no text on the page its
            // frame is the page's own /Rotate orientation, which is how PDFRenderer draws it.
            checkImages(page.getResources(), 0);
            int dpi = ocr.dpi();
            BufferedImage image = renderer().renderImageWithDPI(pageNumber - 1, dpi, ImageType.GRAY);
            // a scan placed sideways is turned upright first; its frame turns with it
            int turn = org.fiscallens.ocr.Orientation.uprightTurn(image, dpi);
            if (turn != 0) {
                image = org.fiscallens.ocr.Orientation.turn(image, turn);
                rotation = (rotation + turn) % 360;
                frame = new PageFrame(crop.getWidth(), crop.getHeight(), rotation);
                rulings.clear(); // vector lines and boxes over the scan were placed in the old frame
                rects.clear();
                images.clear();
                images.add(new Box(0, 0, frame.frameWidth(), frame.frameHeight()));
            }
            glyphs = new ArrayList<>(RasterTables.read(image, 72.0 / dpi, 0, 0, ocr, pageNumber, frame.frameWidth(), frame.frameHeight(), rulings));
            source = "ocr";
        } else if (!glyphs.isEmpty() && ocr != null && rotation == ((page.getRotation() % 360) + 360) % 360) {
            // A table pasted into a text page as a picture: an image with no text on it, large enough to hold a table.
            BufferedImage rendered = null;
            for (Box img : images) {
                if (!tableSized(img, frame) || hasText(glyphs, img) || !ocr.available()) continue;
                int dpi = ocr.dpi();
                // the page as displayed, in the upright frame when the page has a /Rotate and no turned text
                if (rendered == null) {
                    // a picture over the image-pixels limit is not decoded for OCR: the page keeps its text layer
                    try {
                        checkImages(page.getResources(), 0);
                    } catch (LimitExceededException tooLarge) {
                        break;
                    }
                    rendered = renderer().renderImageWithDPI(pageNumber - 1, dpi, ImageType.GRAY);
                }
                if (rendered.getWidth() * 72.0 / dpi < frame.frameWidth() - 2 || rendered.getHeight() * 72.0 / dpi < frame.frameHeight() - 2) break;
                List<Glyph> read = RasterTables.readArea(rendered, 72.0 / dpi, img, ocr, pageNumber, frame.frameWidth(), frame.frameHeight(), rulings);
                if (read == null) continue;
                glyphs = new ArrayList<>(glyphs);
                glyphs.addAll(read);
                source = "text+ocr";
            }
        }

        WordBuilder.Page built = WordBuilder.page(glyphs, pageNumber);
        List<Word> words = built.words();
        List<TextLine> lines = built.lines();
        return new PageLayout(pageNumber, frame.frameWidth(), frame.frameHeight(), rotation,
                glyphs, words, lines, rulings, rects, images, source, null, unreadText(source));
    }

    /**
     * Why text the last page read shows was not read, or null: its content stream is damaged part way (what came
     * before the damage is kept), or it shows characters none of which maps to a readable one, blanks aside (a font or its
     * character map, ToUnicode, damaged or missing) and OCR did not read the page instead. Such a page is never
     * silently empty: the report says which page it is ({@code source.unreadTextPages}).
     */
    private String unreadText(String source) {
        if (text.damaged()) {
            return "its content stream is damaged: the page was read only up to the damage"
                    + (text.legible() ? "" : ", and no readable text came before it");
        }
        if (text.illegible() > 0 && !text.legible() && !source.equals("ocr")) {
            return "it shows " + Limits.amount("page-glyphs", text.glyphsShown()) + " characters, none of which maps to a "
                    + "readable character (a font or its character map, ToUnicode, is damaged or missing)";
        }
        return null;
    }

    /**
     * Drops the glyphs a reader cannot see: invisible ones (rendering mode 3) unless they lie on a drawn image
     * (a scan's OCR layer is the page's text), and ones filled in white unless they lie on a shaded rectangle or
     * an image (white on the white page is hidden; white on a dark header cell or a picture is what one reads).
     */
    private List<TextPosition> withoutUnseenText(List<TextPosition> positions, List<PathCollector.Rect> shaded,
                                                 List<PathCollector.Rect> images) {
        List<TextPosition> kept = null;
        for (int i = 0; i < positions.size(); i++) {
            TextPosition tp = positions.get(i);
            boolean drop = text.invisible(tp) ? !onImage(tp, images)
                    : text.white(tp) && !onImage(tp, shaded) && !onImage(tp, images);
            if (drop && kept == null) kept = new ArrayList<>(positions.subList(0, i));
            if (!drop && kept != null) kept.add(tp);
        }
        return kept == null ? positions : kept;
    }

    /** Whether the glyph's centre (crop-box-relative PDF space, as image boxes are) lies on a drawn image. */
    private static boolean onImage(TextPosition tp, List<PathCollector.Rect> images) {
        Matrix m = tp.getTextMatrix();
        double w = tp.getWidthDirAdj() > 0 ? tp.getWidthDirAdj() : 0.5 * Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        double along = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
        double ux = along == 0 ? 1 : m.getValue(0, 0) / along, uy = along == 0 ? 0 : m.getValue(0, 1) / along;
        double x = m.getTranslateX() + ux * w / 2 + 0.3 * m.getValue(1, 0);
        double y = m.getTranslateY() + uy * w / 2 + 0.3 * m.getValue(1, 1);
        for (PathCollector.Rect r : images) {
            if (x >= r.x0() && x <= r.x1() && y >= r.y0() && y <= r.y1()) return true;
        }
        return false;
    }

    /** Refuses a scan whose images would decode to more pixels than {@link Limits#imagePixels()} allows. */
    private void checkImages(org.apache.pdfbox.pdmodel.PDResources res, int depth) throws IOException {
        if (res == null || depth > 8) return;
        for (org.apache.pdfbox.cos.COSName n : res.getXObjectNames()) {
            org.apache.pdfbox.cos.COSBase x = res.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.XOBJECT).getDictionaryObject(n);
            if (!(x instanceof org.apache.pdfbox.cos.COSStream s)) continue;
            if (org.apache.pdfbox.cos.COSName.IMAGE.equals(s.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE))) {
                long px = (long) Math.max(0, s.getInt(org.apache.pdfbox.cos.COSName.WIDTH)) * Math.max(0, s.getInt(org.apache.pdfbox.cos.COSName.HEIGHT));
                if (px > limits.imagePixels()) {
                    throw Limits.exceeded("image-pixels", "the scanned page's image has " + Limits.amount("image-pixels", px)
                            + " pixels", limits.imagePixels());
                }
            } else if (org.apache.pdfbox.cos.COSName.FORM.equals(s.getCOSName(org.apache.pdfbox.cos.COSName.SUBTYPE))
                    && s.getDictionaryObject(org.apache.pdfbox.cos.COSName.RESOURCES) instanceof org.apache.pdfbox.cos.COSDictionary r) {
                checkImages(new org.apache.pdfbox.pdmodel.PDResources(r), depth + 1);
            }
        }
    }

    private PDFRenderer renderer() {
        if (renderer == null) renderer = new PDFRenderer(document);
        return renderer;
    }

    /** An image large enough to hold a table: a fifth of the page's width and two lines of a table high at least. */
    private static boolean tableSized(Box img, PageFrame frame) {
        return img.width() >= 0.2 * frame.frameWidth() && img.height() >= 40 && img.width() * img.height() >= 0.03 * frame.frameWidth() * frame.frameHeight();
    }

    /** Whether any glyph lies on the image (a scan with its own text layer, a caption over a picture). */
    private static boolean hasText(List<Glyph> glyphs, Box img) {
        for (Glyph g : glyphs) {
            if (!g.isSpace() && img.contains(g.centerX(), g.centerY())) return true;
        }
        return false;
    }

    /** Whether images cover most of the page (a scan rather than a page with a logo). */
    private static boolean coveredByImage(List<Box> images, PageFrame frame) {
        double area = frame.frameWidth() * frame.frameHeight();
        double covered = 0;
        for (Box b : images) covered = Math.max(covered, b.width() * b.height());
        return covered >= 0.3 * area;
    }

    private static Box box(PageFrame f, double x0, double y0, double x1, double y1) {
        return new Box(f.x(x0, y0), f.y(x0, y0), f.x(x1, y1), f.y(x1, y1));
    }

    /** The text direction most glyphs share, or the page's /Rotate when it has no text. */
    static int dominantDirection(List<TextPosition> positions, int pageRotation) {
        if (positions.isEmpty()) return ((pageRotation % 360) + 360) % 360;
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextPosition tp : positions) {
            String u = tp.getUnicode();
            if (u == null || u.isBlank()) continue;
            counts.merge(Math.round(tp.getDir()) % 360, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(((pageRotation % 360) + 360) % 360);
    }

    /**
     * One copy of each glyph text and font name of the document: a page holds thousands of glyphs and a report
     * thousands of pages, and a string per glyph for the same character or font was about half of a page's memory.
     */
    private final Map<String, String> strings = new HashMap<>();

    private String shared(String s) {
        if (s == null) return null;
        if (strings.size() > 50_000) strings.clear(); // a hostile document's endless variety: share less, not grow
        String had = strings.putIfAbsent(s, s);
        return had == null ? s : had;
    }

    private Glyph glyph(TextPosition tp, PageFrame frame, int rotation) {
        String u = tp.getUnicode();
        if (u == null || u.isEmpty()) return null;
        u = shared(Chars.normalize(u));
        Matrix m = tp.getTextMatrix();
        double ox = m.getTranslateX(), oy = m.getTranslateY();
        // Unit vectors of the glyph's baseline and "up" direction in PDF space; their lengths are the font scale.
        double ax = m.getValue(0, 0), ay = m.getValue(0, 1);
        double cx = m.getValue(1, 0), cy = m.getValue(1, 1);
        double along = Math.hypot(ax, ay), up = Math.hypot(cx, cy);
        if (along == 0 || up == 0) return null;
        double size = up;
        double width = tp.getWidthDirAdj();
        if (!(width > 0)) width = size * 0.5;
        double ux = ax / along, uy = ay / along, vx = cx / up, vy = cy / up;
        double desc = -0.12 * size, asc = 0.88 * size;
        double[][] corners = {
                {ox + vx * desc, oy + vy * desc},
                {ox + ux * width + vx * desc, oy + uy * width + vy * desc},
                {ox + vx * asc, oy + vy * asc},
                {ox + ux * width + vx * asc, oy + uy * width + vy * asc}};
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] c : corners) {
            double fx = frame.x(c[0], c[1]), fy = frame.y(c[0], c[1]);
            minX = Math.min(minX, fx); maxX = Math.max(maxX, fx);
            minY = Math.min(minY, fy); maxY = Math.max(maxY, fy);
        }
        int dir = ((Math.round(tp.getDir()) - rotation) % 360 + 360) % 360;
        String font = tp.getFont() == null ? null : tp.getFont().getName();
        if (font != null) {
            int plus = font.indexOf('+');
            if (plus == 6) font = font.substring(7); // subset prefix ABCDEF+
            font = shared(font);
        }
        return new Glyph(u, new Box(minX, minY, maxX, maxY), font, round(size), dir);
    }

    private static double round(double v) { return Math.round(v * 100.0) / 100.0; }
}
