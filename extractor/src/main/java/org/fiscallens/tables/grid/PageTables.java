package org.fiscallens.tables.grid;

import org.fiscallens.layout.PageLayout;
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

    public static List<CellGrid> find(PageLayout page) {
        Rules rules = RuleMerger.of(page);
        List<CellGrid> out = new ArrayList<>();
        for (CellGrid g : LatticeDetector.detect(page.number(), rules)) {
            CellGrid filled = CellTextFiller.fill(g, page.glyphs());
            if (LatticeDetector.isTable(filled)) out.add(filled);
        }
        for (CellGrid g : StreamDetector.detect(page, rules, out.stream().map(CellGrid::area).toList())) out.add(g);
        out.sort(Comparator.comparingDouble((CellGrid c) -> c.area().top()).thenComparingDouble(c -> c.area().x0()));
        return out;
    }
}
