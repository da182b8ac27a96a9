package org.fiscallens.tables.stream;

import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.Rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Stream tables (no ruling grid): runs of at least {@link #MIN_ROWS} closely spaced text lines most of
 * which break into several chunks at wide gaps, whose chunks line up into at least two columns. Prose
 * (one chunk per line), a list of amounts in sentences, or a contents page with dot leaders does not.
 */
public final class StreamDetector {
    static final int MIN_ROWS = 3;
    /** Largest blank between two lines of one table, in line heights. */
    static final double MAX_LEADING = 1.9;

    private StreamDetector() {}

    public static List<CellGrid> detect(PageLayout page, Rules rules, List<Box> taken) {
        List<TextLine> free = new ArrayList<>();
        for (TextLine l : page.lines()) {
            if (l.role() != LineRole.BODY) continue;
            boolean inside = false;
            for (Box b : taken) if (b.contains(l.box().centerX(), l.box().centerY())) inside = true;
            if (!inside) free.add(l);
        }
        List<CellGrid> out = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        // lines of one chunk inside a run, kept while the run may go on: the pieces of a name wrapped onto two
        // lines around its row's figures (机关事业单位基本养老保险缴 / 2080505 … 398.88 … / 费支出)
        List<TextLine> pending = new ArrayList<>();
        for (TextLine l : free) {
            boolean tabular = LineChunker.chunks(l).size() >= 2 && !Regexes.matches(l.text(), ".*[.。…·]{4,}.*");
            if (!run.isEmpty()) {
                TextLine prev = pending.isEmpty() ? run.get(run.size() - 1) : pending.get(pending.size() - 1);
                double h = Math.max(prev.box().height(), 4);
                if (l.box().top() - prev.box().bottom() > MAX_LEADING * h) { flush(page, run, out); run.clear(); pending.clear(); }
            }
            if (tabular) {
                run.addAll(pending);
                pending.clear();
                run.add(l);
            } else if (!run.isEmpty() && pending.size() < 2 && isWrappedPiece(l, run.get(run.size() - 1))) {
                pending.add(l);
            } else if (!run.isEmpty()) {
                flush(page, run, out);
                run.clear();
                pending.clear();
            }
        }
        flush(page, run, out);
        return out;
    }

    /**
     * A line that may be a piece of a wrapped cell inside a run of table lines: one chunk of words, no figure, set
     * no larger than the table's lines and starting to the right of the run's first column (a caption or note
     * starts at the margin or is set larger).
     */
    static boolean isWrappedPiece(TextLine l, TextLine tableLine) {
        if (LineChunker.chunks(l).size() != 1 || Regexes.matches(l.text(), ".*\\d[\\d,]*\\.\\d+.*")) return false;
        if (l.fontSize() > tableLine.fontSize() + 0.5) return false;
        if (Regexes.matches(l.text(), "^(注|说明|备注)[:：].*")) return false;
        return l.box().x0() > tableLine.box().x0() + Math.max(tableLine.fontSize(), 4) && l.box().x1() < tableLine.box().x1();
    }

    private static void flush(PageLayout page, List<TextLine> run, List<CellGrid> out) {
        if (run.size() < MIN_ROWS) return;
        CellGrid g = StreamGridBuilder.build(page.number(), new ArrayList<>(run), page.glyphs());
        if (g == null || g.cols() < 2) return;
        // Each row must use at least two columns, and the columns must be used by several rows.
        int[] used = new int[g.cols()];
        for (var c : g.cells()) if (!c.isEmpty()) used[c.col()]++;
        int solid = 0;
        for (int u : used) if (u >= Math.min(3, g.rows())) solid++;
        // Tables carry figures: at least one column besides the first holds mostly numbers.
        int[] numeric = new int[g.cols()], filled = new int[g.cols()];
        for (var c : g.cells()) {
            if (c.isEmpty()) continue;
            filled[c.col()]++;
            if (Regexes.matches(c.compact(), "[-+(]?[$€£¥]?[\\d.,%()\\-–]+[%*]?")) numeric[c.col()]++;
        }
        boolean figures = false;
        for (int k = 1; k < g.cols(); k++) if (filled[k] >= 2 && numeric[k] * 2 >= filled[k]) figures = true;
        if (solid >= 2 && figures) out.add(g);
    }

    /** The grid of the text lines inside a given table region (structure recognition only). */
    public static CellGrid structure(PageLayout page, Box region) {
        List<TextLine> lines = new ArrayList<>();
        for (TextLine l : page.lines()) if (region.contains(l.box().centerX(), l.box().centerY())) lines.add(l);
        return StreamGridBuilder.build(page.number(), lines, page.glyphs());
    }
}
