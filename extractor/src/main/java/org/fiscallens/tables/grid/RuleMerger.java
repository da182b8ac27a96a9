package org.fiscallens.tables.grid;

import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Ruling;
import org.fiscallens.model.Box;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a page's rulings and the edges of its filled rectangles into merged rules: pieces on the same line
 * (within {@link #ALIGN} points) that touch or nearly touch (gap up to {@link #JOIN}) become one segment.
 * Word and Excel exports draw every cell border separately, often doubled; this gives one line per border.
 */
public final class RuleMerger {
    static final double ALIGN = 1.5;
    static final double JOIN = 2.5;
    static final double MIN_LENGTH = 3.0;

    private RuleMerger() {}

    public static Rules of(PageLayout page) {
        List<AxisSegment> h = new ArrayList<>(), v = new ArrayList<>();
        for (Ruling r : page.rulings()) {
            if (r.horizontal()) h.add(new AxisSegment(r.position(), r.start(), r.end()));
            else if (r.vertical()) v.add(new AxisSegment(r.position(), r.start(), r.end()));
        }
        double pageArea = page.width() * page.height();
        for (Box b : page.rects()) {
            if (b.width() * b.height() > 0.5 * pageArea) continue; // a page background, not a cell
            h.add(new AxisSegment(b.top(), b.x0(), b.x1()));
            h.add(new AxisSegment(b.bottom(), b.x0(), b.x1()));
            v.add(new AxisSegment(b.x0(), b.top(), b.bottom()));
            v.add(new AxisSegment(b.x1(), b.top(), b.bottom()));
        }
        return new Rules(clip(merge(h), page.height(), page.width()), clip(merge(v), page.width(), page.height()));
    }

    /** Drops what is drawn outside the page (clipped away when printed) and cuts rules at the page edge. */
    static List<AxisSegment> clip(List<AxisSegment> segs, double posMax, double extentMax) {
        List<AxisSegment> out = new ArrayList<>();
        for (AxisSegment s : segs) {
            if (s.pos() < -1 || s.pos() > posMax + 1) continue;
            double from = Math.max(0, s.from()), to = Math.min(extentMax, s.to());
            if (to - from >= MIN_LENGTH) out.add(new AxisSegment(s.pos(), from, to));
        }
        return out;
    }

    /** Merges collinear, touching segments of one orientation. */
    public static List<AxisSegment> merge(List<AxisSegment> in) {
        List<AxisSegment> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(AxisSegment::pos));
        List<List<AxisSegment>> lines = new ArrayList<>();
        List<AxisSegment> cur = new ArrayList<>();
        double start = Double.NaN;
        for (AxisSegment s : sorted) {
            if (!cur.isEmpty() && s.pos() - start > ALIGN) { lines.add(cur); cur = new ArrayList<>(); }
            if (cur.isEmpty()) start = s.pos();
            cur.add(s);
        }
        if (!cur.isEmpty()) lines.add(cur);
        List<AxisSegment> out = new ArrayList<>();
        for (List<AxisSegment> line : lines) {
            line.sort(Comparator.comparingDouble(AxisSegment::from));
            double from = line.get(0).from(), to = line.get(0).to(), sum = 0, weight = 0;
            for (AxisSegment s : line) {
                if (s.from() > to + JOIN) {
                    add(out, sum / weight, from, to);
                    from = s.from(); to = s.to(); sum = 0; weight = 0;
                }
                to = Math.max(to, s.to());
                double w = Math.max(s.length(), 0.1);
                sum += s.pos() * w; weight += w;
            }
            add(out, sum / weight, from, to);
        }
        return out;
    }

    private static void add(List<AxisSegment> out, double pos, double from, double to) {
        if (to - from >= MIN_LENGTH) out.add(new AxisSegment(pos, from, to));
    }
}
