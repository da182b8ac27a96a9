package org.fiscallens.tables.grid;

import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Glyph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each glyph into the grid cell holding its centre and writes every cell's text as lines. Working
 * on glyphs, not words, splits text that runs across a cell border ("31,214,205.80一、一般公共…").
 * A glyph drawn twice at the same place (fake bold) is kept once.
 */
public final class CellTextFiller {
    private CellTextFiller() {}

    public static CellGrid fill(CellGrid grid, List<Glyph> glyphs) {
        GridCell[][] m = grid.matrix();
        Map<GridCell, List<Glyph>> byCell = new HashMap<>();
        for (Glyph g : glyphs) {
            if (g.isSpace()) continue;
            int c = Clusters.interval(grid.xs(), g.centerX());
            int r = Clusters.interval(grid.ys(), g.centerY());
            if (r < 0 || c < 0 || m[r][c] == null) continue;
            byCell.computeIfAbsent(m[r][c], k -> new ArrayList<>()).add(g);
        }
        List<GridCell> cells = new ArrayList<>(grid.cells().size());
        for (GridCell cell : grid.cells()) {
            List<Glyph> gs = byCell.get(cell);
            cells.add(gs == null ? cell : cell.withLines(lines(gs), confidence(gs), Glyph.snappedFrom(gs)));
        }
        return grid.withCells(cells);
    }

    /** The OCR confidence of the least certain glyph (0–100), or null when the text is from the text layer. */
    static Double confidence(List<Glyph> gs) {
        double min = Double.MAX_VALUE;
        for (Glyph g : gs) if (!g.isSpace() && g.ocr()) min = Math.min(min, g.confidence());
        return min == Double.MAX_VALUE ? null : min;
    }

    /** Glyphs of one cell to text lines, top to bottom. */
    public static List<String> lines(List<Glyph> gs) {
        List<Glyph> sorted = new ArrayList<>(gs);
        sorted.sort(Comparator.comparingDouble(g -> g.centerY()));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Double> centres = new ArrayList<>();
        for (Glyph g : sorted) {
            double cy = g.centerY();
            int best = -1;
            for (int i = rows.size() - 1; i >= 0 && i >= rows.size() - 3; i--) {
                if (Math.abs(centres.get(i) - cy) < 0.45 * Math.max(g.height(), 1)) { best = i; break; }
            }
            if (best < 0) { rows.add(new ArrayList<>(List.of(g))); centres.add(cy); }
            else {
                List<Glyph> row = rows.get(best);
                row.add(g);
                centres.set(best, (centres.get(best) * (row.size() - 1) + cy) / row.size());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(g -> g.x0()));
            StringBuilder sb = new StringBuilder();
            Glyph prev = null;
            for (Glyph g : row) {
                if (prev != null) {
                    if (g.text().equals(prev.text()) && Math.abs(g.x0() - prev.x0()) < 0.3 * Math.max(g.size(), 1)) continue;
                    double gap = g.x0() - prev.x1();
                    if (gap > 0.3 * Math.max(g.size(), 1) && Chars.needsSpace(prev.text(), g.text())) sb.append(' ');
                }
                sb.append(g.text());
                prev = g;
            }
            String s = sb.toString().strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }
}
