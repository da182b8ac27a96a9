package org.fiscallens.tables.grid;

import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.tables.lattice.LatticeDetector;
import org.fiscallens.tables.stream.StreamDetector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the table grids of one page: lattice grids where ruling lines enclose cells, then stream grids
 * from text alignment in what is left of the page. Each grid comes back with its cell text.
 */
public final class PageTables {
    private PageTables() {}

    /**
     * Two tables whose frames touch come out as one grid; a full-width row naming a standard table
     * (…预算总表) below the first row starts a new table: the rules are cut there and each part detected anew.
     */
    static List<CellGrid> split(PageLayout page, Rules rules, CellGrid g, int depth) {
        if (depth > 3) return List.of(g);
        for (GridCell c : g.cells()) {
            if (c.row() == 0 || c.box().width() < 0.8 * g.area().width()) continue;
            boolean title = false;
            for (String line : c.lines()) {
                String t = Regexes.replaceAll(line, "\\s+", "");
                if (org.fiscallens.tables.typing.CaptionFinder.isTitleText(t) && !org.fiscallens.tables.typing.TableKinds
                        .classify(org.fiscallens.tables.typing.CaptionFinder.cleanTitle(t), "").equals("other")) title = true;
            }
            if (!title) continue;
            double y = g.ys().get(c.row());
            List<CellGrid> out = new ArrayList<>();
            for (boolean upper : new boolean[]{true, false}) {
                Rules part = clip(rules.clippedTo(g.area(), 3), upper ? g.area().top() - 3 : y, upper ? y : g.area().bottom() + 3);
                for (CellGrid p : LatticeDetector.detect(page.number(), part, centres(page))) out.addAll(split(page, rules, CellTextFiller.fill(p, page.glyphs()), depth + 1));
            }
            return out;
        }
        return List.of(g);
    }

    static Rules clip(Rules r, double top, double bottom) {
        List<AxisSegment> h = r.horizontal().stream().filter(s -> s.pos() >= top - 1 && s.pos() <= bottom + 1).toList();
        List<AxisSegment> v = new ArrayList<>();
        for (AxisSegment s : r.vertical()) {
            double from = Math.max(s.from(), top), to = Math.min(s.to(), bottom);
            if (to - from > 3) v.add(new AxisSegment(s.pos(), from, to));
        }
        return new Rules(h, v);
    }

    /** The centres of the page's visible glyphs. */
    static List<double[]> centres(PageLayout page) {
        List<double[]> out = new ArrayList<>();
        for (var g : page.glyphs()) if (!g.isSpace()) out.add(new double[]{g.centerX(), g.centerY()});
        return out;
    }

    public static List<CellGrid> find(PageLayout page) {
        Rules rules = RuleMerger.of(page);
        List<CellGrid> out = new ArrayList<>();
        for (CellGrid g : LatticeDetector.detect(page.number(), rules, centres(page))) {
            for (CellGrid part : split(page, rules, CellTextFiller.fill(g, page.glyphs()), 0)) {
                if (LatticeDetector.isTable(part)) out.add(part);
            }
        }
        for (CellGrid g : StreamDetector.detect(page, rules, out.stream().map(CellGrid::area).toList())) out.add(g);
        out.sort(Comparator.comparingDouble((CellGrid c) -> c.area().top()).thenComparingDouble(c -> c.area().x0()));
        return out;
    }
}
