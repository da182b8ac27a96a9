package org.fiscallens.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the page's line segments and rectangles (as PDF user-space coordinates, relative to the
 * crop box) from stroked and filled paths, and the boxes of drawn images. Curves are flattened to
 * their end points: tables are drawn with straight lines.
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {

    /** A segment in PDF space; {@code filled} when it came from a filled thin rectangle. */
    record Segment(double x0, double y0, double x1, double y1) {}

    /** A rectangle in PDF space; {@code filled} when painted with a fill operator. */
    record Rect(double x0, double y0, double x1, double y1, boolean filled) {}

    private final double offsetX;
    private final double offsetY;
    final List<Segment> segments = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    final List<Rect> images = new ArrayList<>();
    /** The filled rectangles painted in a colour other than white (a shaded header cell): white text on them shows. */
    final List<Rect> shaded = new ArrayList<>();

    private final List<double[]> pathLines = new ArrayList<>();
    private final List<double[]> pathRects = new ArrayList<>();
    private Point2D current;
    private Point2D subpathStart;

    GraphicsCollector(PDPage page) {
        super(page);
        this.offsetX = page.getCropBox().getLowerLeftX();
        this.offsetY = page.getCropBox().getLowerLeftY();
        // Tf would load the font (parsing an embedded CJK font again, measured a quarter of a page's reading
        // time when the document's fonts are not shared objects); this pass draws no glyphs, so it only
        // keeps the size.
        addOperator(new OperatorProcessor(this) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operands.size() >= 2 && operands.get(1) instanceof COSNumber size) {
                    getGraphicsState().getTextState().setFontSize(size.floatValue());
                }
            }

            @Override
            public String getName() {
                return OperatorName.SET_FONT_AND_SIZE;
            }
        });
    }

    void run() throws IOException {
        processPage(getPage());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        pathRects.add(new double[]{minX - offsetX, minY - offsetY, maxX - offsetX, maxY - offsetY});
        current = p0;
        subpathStart = p0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float a = ctm.transformPoint(0, 0);
        Point2D.Float b = ctm.transformPoint(1, 1);
        Point2D.Float c = ctm.transformPoint(0, 1);
        Point2D.Float d = ctm.transformPoint(1, 0);
        double minX = Math.min(Math.min(a.x, b.x), Math.min(c.x, d.x));
        double maxX = Math.max(Math.max(a.x, b.x), Math.max(c.x, d.x));
        double minY = Math.min(Math.min(a.y, b.y), Math.min(c.y, d.y));
        double maxY = Math.max(Math.max(a.y, b.y), Math.max(c.y, d.y));
        images.add(new Rect(minX - offsetX, minY - offsetY, maxX - offsetX, maxY - offsetY, true));
    }

    @Override
    public void clip(int windingRule) {
        // Clipping paths are not painted; the path is discarded by endPath().
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            pathLines.add(new double[]{current.getX() - offsetX, current.getY() - offsetY, x - offsetX, y - offsetY});
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float(0, 0) : current;
    }

    @Override
    public void closePath() {
        if (current != null && subpathStart != null) {
            pathLines.add(new double[]{current.getX() - offsetX, current.getY() - offsetY,
                    subpathStart.getX() - offsetX, subpathStart.getY() - offsetY});
            current = subpathStart;
        }
    }

    @Override
    public void endPath() {
        pathLines.clear();
        pathRects.clear();
    }

    @Override
    public void strokePath() {
        for (double[] l : pathLines) segments.add(new Segment(l[0], l[1], l[2], l[3]));
        for (double[] r : pathRects) {
            // A stroked rectangle is four rulings.
            segments.add(new Segment(r[0], r[1], r[2], r[1]));
            segments.add(new Segment(r[0], r[3], r[2], r[3]));
            segments.add(new Segment(r[0], r[1], r[0], r[3]));
            segments.add(new Segment(r[2], r[1], r[2], r[3]));
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        int from = rects.size();
        for (double[] r : pathRects) rects.add(new Rect(r[0], r[1], r[2], r[3], true));
        // A filled closed polygon made of lines that is axis-aligned acts as a rectangle too.
        if (!pathLines.isEmpty()) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            boolean axisAligned = true;
            for (double[] l : pathLines) {
                if (Math.abs(l[0] - l[2]) > 0.5 && Math.abs(l[1] - l[3]) > 0.5) axisAligned = false;
                minX = Math.min(minX, Math.min(l[0], l[2]));
                maxX = Math.max(maxX, Math.max(l[0], l[2]));
                minY = Math.min(minY, Math.min(l[1], l[3]));
                maxY = Math.max(maxY, Math.max(l[1], l[3]));
            }
            if (axisAligned && pathLines.size() >= 3) rects.add(new Rect(minX, minY, maxX, maxY, true));
        }
        if (rects.size() > from && !Colours.white(getGraphicsState().getNonStrokingColor())) shaded.addAll(rects.subList(from, rects.size()));
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<double[]> lines = new ArrayList<>(pathLines);
        List<double[]> rs = new ArrayList<>(pathRects);
        fillPath(windingRule);
        pathLines.addAll(lines);
        pathRects.addAll(rs);
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    /**
     * Text is read by {@link TextCollector}; this pass wants paths and images only, so glyphs are not decoded
     * here (decoding them means loading every embedded CJK font a second time: measured most of a cold run).
     */
    @Override
    protected void showText(byte[] string) {
    }
}
