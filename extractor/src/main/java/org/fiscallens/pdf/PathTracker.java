package org.fiscallens.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;

/**
 * The path, painting and image operators of a text-only stream engine, which PDFBox's text stripper does not
 * process (m l c v y h re, W W*, n and the painting operators, and the images of Do and BI). They serve two
 * ends in one pass over the page:
 * <ul>
 * <li>the clip: the current path is built in device space and, at the operator that ends it, intersected
 * with the graphics state's clip when W or W* was given — as a renderer does. Without it the stripper's clip
 * stays the crop box, and a page that draws a whole text flow and clips it to the page's share (word-processor
 * exports that repeat the previous page's lines above or below a clip rectangle) would read the clipped lines
 * as if printed;</li>
 * <li>the page's graphics, handed to a {@link PathCollector} as PDFBox's graphics engine would report them
 * (the same operand checks, the same points), for rulings, shaded cells and image boxes.</li>
 * </ul>
 */
final class PathTracker {
    private final PDFStreamEngine engine;
    private final PathCollector graphics;
    private final GeneralPath path = new GeneralPath();
    /** The winding rule of a pending W / W*, or -1. */
    private int pendingClip = -1;

    private PathTracker(PDFStreamEngine engine, PathCollector graphics) {
        this.engine = engine;
        this.graphics = graphics;
    }

    /** Registers the path, clip, painting and image operators on the engine, reporting graphics to the collector. */
    static void install(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> addOperator, PathCollector graphics) {
        PathTracker t = new PathTracker(engine, graphics);
        addOperator.accept(t.op("m", (o, a) -> {
            Point2D p = t.point(a, 0);
            t.path.moveTo(p.getX(), p.getY());
            t.report(a, 2, 2, 0, graphics::moveTo);
        }));
        addOperator.accept(t.op("l", (o, a) -> {
            t.lineOrMove(t.point(a, 0));
            t.report(a, 2, 2, 0, graphics::lineTo);
        }));
        addOperator.accept(t.op("c", (o, a) -> {
            t.curve(t.point(a, 0), t.point(a, 2), t.point(a, 4));
            t.report(a, 6, a.size(), 4, graphics::curveTo);
        }));
        addOperator.accept(t.op("v", (o, a) -> {
            Point2D cur = t.path.getCurrentPoint();
            t.curve(cur == null ? t.point(a, 0) : cur, t.point(a, 0), t.point(a, 2));
            t.report(a, 4, a.size(), 2, graphics::curveTo);
        }));
        addOperator.accept(t.op("y", (o, a) -> {
            t.curve(t.point(a, 0), t.point(a, 2), t.point(a, 2));
            t.report(a, 4, a.size(), 2, graphics::curveTo);
        }));
        addOperator.accept(t.op("h", (o, a) -> {
            if (t.path.getCurrentPoint() != null) t.path.closePath();
            t.graphics.safely(t.graphics::closePath);
        }));
        addOperator.accept(t.op("re", (o, a) -> {
            t.rectangle(a);
            if (numbers(a, 4, a.size())) t.graphics.safely(() -> {
                float x = f(a, 0), y = f(a, 1), w = f(a, 2), h = f(a, 3);
                PathCollector g = t.graphics;
                g.appendRectangle(g.transformedPoint(x, y), g.transformedPoint(x + w, y),
                        g.transformedPoint(x + w, y + h), g.transformedPoint(x, y + h));
            });
        }));
        addOperator.accept(t.op("W", (o, a) -> t.pendingClip = Path2D.WIND_NON_ZERO));
        addOperator.accept(t.op("W*", (o, a) -> t.pendingClip = Path2D.WIND_EVEN_ODD));
        addOperator.accept(t.op("n", (o, a) -> t.endPath(t.graphics::endPath)));
        addOperator.accept(t.op("S", (o, a) -> t.endPath(t.graphics::strokePath)));
        addOperator.accept(t.op("s", (o, a) -> t.endPath(() -> { t.graphics.closePath(); t.graphics.strokePath(); })));
        for (String fill : new String[]{"f", "F", "f*"}) addOperator.accept(t.op(fill, (o, a) -> t.endPath(t.graphics::fillPath)));
        for (String both : new String[]{"B", "B*"}) addOperator.accept(t.op(both, (o, a) -> t.endPath(t.graphics::fillAndStrokePath)));
        for (String both : new String[]{"b", "b*"}) {
            addOperator.accept(t.op(both, (o, a) -> t.endPath(() -> { t.graphics.closePath(); t.graphics.fillAndStrokePath(); })));
        }
        DrawObject forms = new DrawObject(engine);
        addOperator.accept(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                // an image XObject is a box of the page's graphics; anything else (forms) goes to the text
                // stripper's own Do, which reads their text
                if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
                    PDResources resources = engine.getResources();
                    if (resources != null && resources.isImageXObject(name)) {
                        t.image(resources, name);
                        return;
                    }
                }
                forms.process(operator, operands);
            }

            @Override
            public String getName() {
                return "Do";
            }
        });
        addOperator.accept(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operator.getImageData() == null || operator.getImageData().length == 0) return;
                t.inlineImage(operator);
            }

            @Override
            public String getName() {
                return "BI";
            }
        });
    }

    private interface Body {
        void run(Operator operator, List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Body body) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                body.run(operator, operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private interface PointSink {
        void accept(float x, float y);
    }

    /**
     * Hands the collector the point at operand {@code i} in device space, when the operands are what PDFBox's
     * graphics operator requires ({@link #numbers}); otherwise that operator does nothing, nor does this.
     */
    private void report(List<COSBase> a, int min, int checked, int i, PointSink sink) {
        if (!numbers(a, min, checked)) return;
        graphics.safely(() -> {
            Point2D.Float d = graphics.transformedPoint(f(a, i), f(a, i + 1));
            sink.accept(d.x, d.y);
        });
    }

    /** As PDFBox's graphics operators require: at least {@code min} operands, the first {@code checked} of them numbers. */
    private static boolean numbers(List<COSBase> operands, int min, int checked) {
        if (operands.size() < min) return false;
        for (int i = 0; i < checked; i++) if (!(operands.get(i) instanceof COSNumber)) return false;
        return true;
    }

    private static float f(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    /** The operand pair at {@code i}, transformed into device space; malformed operands are read as 0. */
    private Point2D point(List<COSBase> operands, int i) {
        float x = number(operands, i), y = number(operands, i + 1);
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private static float number(List<COSBase> operands, int i) {
        return i < operands.size() && operands.get(i) instanceof COSNumber n ? n.floatValue() : 0f;
    }

    private void lineOrMove(Point2D p) {
        if (path.getCurrentPoint() == null) path.moveTo(p.getX(), p.getY());
        else path.lineTo(p.getX(), p.getY());
    }

    private void curve(Point2D c1, Point2D c2, Point2D end) {
        if (path.getCurrentPoint() == null) path.moveTo(end.getX(), end.getY());
        else path.curveTo(c1.getX(), c1.getY(), c2.getX(), c2.getY(), end.getX(), end.getY());
    }

    private void rectangle(List<COSBase> a) {
        if (a.size() < 4) return;
        float x = number(a, 0), y = number(a, 1), w = number(a, 2), h = number(a, 3);
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D p0 = ctm.transformPoint(x, y), p1 = ctm.transformPoint(x + w, y);
        Point2D p2 = ctm.transformPoint(x + w, y + h), p3 = ctm.transformPoint(x, y + h);
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    /**
     * An image XObject, as PDFBox's graphics engine draws it (loaded to know that it is one). One that cannot be
     * loaded is skipped, as that engine's Do skips it.
     */
    private void image(PDResources resources, COSName name) {
        graphics.safely(() -> {
            PDXObject xobject;
            try {
                xobject = resources.getXObject(name);
            } catch (IOException e) {
                return;
            }
            if (xobject instanceof PDImageXObject) graphics.drawImage();
        });
    }

    /**
     * An inline image, drawn unless its data decodes to nothing (as PDFBox's graphics engine decides); data that
     * cannot be decoded stops the page's graphics, as it stopped that engine, and never its text.
     */
    private void inlineImage(Operator operator) {
        graphics.safely(() -> {
            PDInlineImage image;
            try {
                image = new PDInlineImage(operator.getImageParameters(), operator.getImageData(), engine.getResources());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!image.isEmpty()) graphics.drawImage();
        });
    }

    /**
     * A path-ending operator: paints the path into the collected graphics, then applies a pending clip. An empty
     * path (no segment at all, a malformed stream) is not applied, so that it cannot blank a page.
     */
    private void endPath(Runnable paint) {
        graphics.safely(paint);
        if (pendingClip != -1 && path.getCurrentPoint() != null) {
            GeneralPath clip = new GeneralPath(pendingClip);
            clip.append(path, false);
            engine.getGraphicsState().intersectClippingPath(clip);
        }
        pendingClip = -1;
        path.reset();
    }
}
