package org.fiscallens.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * Keeps a text-only stream engine's clipping path in step with the page. PDFBox's text stripper does not process
 * path construction or clipping operators (m l c v y h re, W W*, n and the painting operators), so its clip stays
 * the crop box; a page that draws a whole text flow and clips it to the page's share (word-processor exports
 * that repeat the previous page's lines above or below a clip rectangle) would then read the clipped lines as
 * if printed. This builds the current path in device space and, at the operator that ends it, intersects the
 * graphics state's clip with it when W or W* was given — as a renderer does.
 */
final class ClipTracker {
    private final PDFStreamEngine engine;
    private final GeneralPath path = new GeneralPath();
    /** The winding rule of a pending W / W*, or -1. */
    private int pendingClip = -1;

    private ClipTracker(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Registers the path and clip operators on the engine. */
    static void install(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> addOperator) {
        ClipTracker t = new ClipTracker(engine);
        addOperator.accept(t.op("m", (o, a) -> { Point2D p = t.point(a, 0); t.path.moveTo(p.getX(), p.getY()); }));
        addOperator.accept(t.op("l", (o, a) -> { Point2D p = t.point(a, 0); t.lineOrMove(p); }));
        addOperator.accept(t.op("c", (o, a) -> t.curve(t.point(a, 0), t.point(a, 2), t.point(a, 4))));
        addOperator.accept(t.op("v", (o, a) -> {
            Point2D cur = t.path.getCurrentPoint();
            t.curve(cur == null ? t.point(a, 0) : cur, t.point(a, 0), t.point(a, 2));
        }));
        addOperator.accept(t.op("y", (o, a) -> t.curve(t.point(a, 0), t.point(a, 2), t.point(a, 2))));
        addOperator.accept(t.op("h", (o, a) -> { if (t.path.getCurrentPoint() != null) t.path.closePath(); }));
        addOperator.accept(t.op("re", (o, a) -> t.rectangle(a)));
        addOperator.accept(t.op("W", (o, a) -> t.pendingClip = Path2D.WIND_NON_ZERO));
        addOperator.accept(t.op("W*", (o, a) -> t.pendingClip = Path2D.WIND_EVEN_ODD));
        for (String end : new String[]{"n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}) {
            addOperator.accept(t.op(end, (o, a) -> t.endPath()));
        }
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
     * A path-ending operator: applies a pending clip. An empty path (no segment at all, a malformed stream) is not
     * applied, so that it cannot blank a page.
     */
    private void endPath() {
        if (pendingClip != -1 && path.getCurrentPoint() != null) {
            GeneralPath clip = new GeneralPath(pendingClip);
            clip.append(path, false);
            engine.getGraphicsState().intersectClippingPath(clip);
        }
        pendingClip = -1;
        path.reset();
    }
}
