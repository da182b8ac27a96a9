package org.fiscallens.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the page's line segments and rectangles (as PDF user-space coordinates, relative to the crop box)
 * from stroked and filled paths, and the boxes of drawn images, during the text pass ({@link PathTracker}
 * feeds it the path, painting and image operators), so that a page's content stream is parsed once. It
 * receives what PDFBox's {@code PDFGraphicsStreamEngine} would report: points transformed by the current
 * transformation matrix the way that engine transforms them. Curves are flattened to their end points:
 * tables are drawn with straight lines.
 *
 * <p>Graphics never cost a page its text: an error in this bookkeeping stops the collection for the rest of
 * the page (the page keeps the rulings found so far) and the text pass goes on.
 */
final class PathCollector {

    /** A segment in PDF space. */
    record Segment(double x0, double y0, double x1, double y1) {}

    /** A rectangle in PDF space; {@code filled} when painted with a fill operator. */
    record Rect(double x0, double y0, double x1, double y1, boolean filled) {}

    private final PDFStreamEngine engine;
    private double offsetX;
    private double offsetY;
    final List<Segment> segments = new ArrayList<>();
    final List<Rect> rects = new ArrayList<>();
    final List<Rect> images = new ArrayList<>();
    /** The filled rectangles painted in a colour other than white (a shaded header cell): white text on them shows. */
    final List<Rect> shaded = new ArrayList<>();

    private final List<double[]> pathLines = new ArrayList<>();
    private final List<double[]> pathRects = new ArrayList<>();
    private Point2D current;
    private Point2D subpathStart;
    private boolean stopped;
    /** Segments, rectangles and images a page may collect ({@link Limits#pagePaths()}); past it, collection stops. */
    private long pathLimit = Long.MAX_VALUE;
    private boolean overLimit;

    PathCollector(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Starts a page whose crop box has this lower-left corner. */
    void startPage(double cropX, double cropY) {
        offsetX = cropX;
        offsetY = cropY;
        segments.clear();
        rects.clear();
        images.clear();
        shaded.clear();
        pathLines.clear();
        pathRects.clear();
        current = null;
        subpathStart = null;
        stopped = false;
        overLimit = false;
    }

    void limit(long maxPaths) {
        pathLimit = maxPaths;
    }

    /** Whether the last page drew more paths than {@link #limit(long)} allows (what was collected is incomplete). */
    boolean overLimit() {
        return overLimit;
    }

    /** What the page has collected so far: segments, rectangles, images and the path under construction. */
    long collected() {
        return (long) segments.size() + rects.size() + images.size() + pathLines.size() + pathRects.size();
    }

    /** Runs one step of the bookkeeping; after a failure, the page's collection stops (see the class comment). */
    void safely(Runnable step) {
        if (stopped) return;
        try {
            step.run();
        } catch (RuntimeException e) {
            stopped = true;
        }
        if (collected() > pathLimit) {
            overLimit = true;
            stopped = true;
        }
    }

    /** A user-space point in device space, computed as PDFGraphicsStreamEngine#transformedPoint does. */
    Point2D.Float transformedPoint(float x, float y) {
        float[] position = {x, y};
        engine.getGraphicsState().getCurrentTransformationMatrix().createAffineTransform().transform(position, 0, position, 0, 1);
        return new Point2D.Float(position[0], position[1]);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        pathRects.add(new double[]{minX - offsetX, minY - offsetY, maxX - offsetX, maxY - offsetY});
        current = p0;
        subpathStart = p0;
    }

    /** An image painted into the unit square of the current transformation matrix. */
    void drawImage() {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
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

    void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            pathLines.add(new double[]{current.getX() - offsetX, current.getY() - offsetY, x - offsetX, y - offsetY});
        }
        current = next;
    }

    /** A curve ending at this point: only its end is kept. */
    void curveTo(float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    /** The current point, as PDFGraphicsStreamEngine's operators see it (the origin before any). */
    Point2D currentPoint() {
        return current == null ? new Point2D.Float(0, 0) : current;
    }

    void closePath() {
        if (current != null && subpathStart != null) {
            pathLines.add(new double[]{current.getX() - offsetX, current.getY() - offsetY,
                    subpathStart.getX() - offsetX, subpathStart.getY() - offsetY});
            current = subpathStart;
        }
    }

    void endPath() {
        pathLines.clear();
        pathRects.clear();
    }

    void strokePath() {
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

    void fillPath() {
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
            // A thin filled polygon is a ruling drawn as an area, whatever its ends: a rule drawn with mitred
            // corners closes on a short diagonal (798 50.44 m 42 50.44 l 42 51.19 l 797.25 51.19 l h f).
            double thin = Math.min(maxX - minX, maxY - minY), length = Math.max(maxX - minX, maxY - minY);
            boolean ruling = thin <= 1.5 && length >= 4 * Math.max(thin, 0.5);
            if ((axisAligned || ruling) && pathLines.size() >= 3) rects.add(new Rect(minX, minY, maxX, maxY, true));
        }
        PDColor fill = engine.getGraphicsState().getNonStrokingColor();
        if (rects.size() > from && !Colours.white(fill)) shaded.addAll(rects.subList(from, rects.size()));
        endPath();
    }

    void fillAndStrokePath() {
        List<double[]> lines = new ArrayList<>(pathLines);
        List<double[]> rs = new ArrayList<>(pathRects);
        fillPath();
        pathLines.addAll(lines);
        pathRects.addAll(rs);
        strokePath();
    }
}
