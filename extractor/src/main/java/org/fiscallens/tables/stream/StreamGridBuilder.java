package org.fiscallens.tables.stream;

import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.CellTextFiller;
import org.fiscallens.tables.grid.GridCell;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a grid for text lines without rulings (stream mode): column boundaries at the vertical white
 * runs that (almost) no chunk of the lines with several chunks crosses; one row per text line; a chunk
 * crossing a boundary (a spanning header) makes a merged cell.
 */
public final class StreamGridBuilder {
    /** Narrowest white run that separates columns, in points. */
    static final double MIN_GUTTER = 3.0;

    private StreamGridBuilder() {}

    public static CellGrid build(int page, List<TextLine> lines, List<Glyph> glyphs) {
        if (lines.isEmpty()) return null;
        List<List<Chunk>> chunked = new ArrayList<>();
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE;
        for (TextLine l : lines) {
            List<Chunk> cs = LineChunker.chunks(l);
            chunked.add(cs);
            x0 = Math.min(x0, l.box().x0());
            x1 = Math.max(x1, l.box().x1());
        }
        int width = (int) Math.ceil(x1 - x0) + 2;
        int[] cover = new int[width];
        int multi = 0;
        for (List<Chunk> cs : chunked) {
            if (cs.size() < 2) continue;
            multi++;
            for (Chunk c : cs) for (int x = (int) (c.box().x0() - x0); x <= (int) (c.box().x1() - x0) && x < width; x++) cover[Math.max(0, x)]++;
        }
        int allowed = multi >= 10 ? multi / 10 : 0;
        List<Double> xs = new ArrayList<>();
        xs.add(x0 - 1);
        int runStart = -1;
        for (int x = 0; x < width; x++) {
            boolean white = cover[x] <= allowed;
            if (white && runStart < 0) runStart = x;
            if ((!white || x == width - 1) && runStart >= 0) {
                int runEnd = white ? x : x - 1;
                if (runStart > 0 && !white && runEnd - runStart + 1 >= MIN_GUTTER) xs.add(x0 + (runStart + runEnd) / 2.0);
                runStart = -1;
            }
        }
        xs.add(x1 + 1);
        List<Double> ys = new ArrayList<>();
        ys.add(lines.get(0).box().top() - 1);
        for (int i = 1; i < lines.size(); i++) ys.add((lines.get(i - 1).box().bottom() + lines.get(i).box().top()) / 2);
        ys.add(lines.get(lines.size() - 1).box().bottom() + 1);
        for (int i = 1; i < ys.size(); i++) if (ys.get(i) <= ys.get(i - 1)) ys.set(i, ys.get(i - 1) + 0.01);

        int rows = lines.size(), cols = xs.size() - 1;
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            boolean[] taken = new boolean[cols];
            for (Chunk c : chunked.get(r)) {
                int a = column(xs, c.box().x0() + 0.5), b = column(xs, c.box().x1() - 0.5);
                if (a < 0 || b < a) continue;
                boolean free = true;
                for (int k = a; k <= b; k++) free &= !taken[k];
                if (!free) continue;
                for (int k = a; k <= b; k++) taken[k] = true;
                cells.add(new GridCell(r, a, 1, b - a + 1, new Box(xs.get(a), ys.get(r), xs.get(b + 1), ys.get(r + 1)), List.of()));
            }
            for (int k = 0; k < cols; k++) if (!taken[k])
                cells.add(new GridCell(r, k, 1, 1, new Box(xs.get(k), ys.get(r), xs.get(k + 1), ys.get(r + 1)), List.of()));
        }
        Box area = new Box(xs.get(0), ys.get(0), xs.get(cols), ys.get(rows));
        return CellTextFiller.fill(new CellGrid(page, area, xs, ys, cells, "stream"), glyphs);
    }

    static int column(List<Double> xs, double x) {
        for (int k = 0; k + 1 < xs.size(); k++) if (x >= xs.get(k) && x < xs.get(k + 1)) return k;
        return -1;
    }
}
