package org.fiscallens.tables.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ICDAR 2013 table competition's structure measure: for every non-empty cell, its adjacency relation to the
 * nearest non-empty cell to the right (in each row it spans) and below (in each column it spans), blank cells
 * skipped. A relation is (text of cell, text of neighbour, direction) with the texts normalised to letters and
 * digits; detected relations are matched to ground-truth ones as multisets.
 */
public final class AdjacencyRelations {
    private AdjacencyRelations() {}

    public static Map<String, Integer> of(List<RelationCell> cells) {
        Map<Long, Integer> at = new HashMap<>();
        int maxR = 0, maxC = 0;
        for (int i = 0; i < cells.size(); i++) {
            RelationCell c = cells.get(i);
            for (int r = c.r0(); r <= c.r1(); r++) for (int k = c.c0(); k <= c.c1(); k++) at.put(key(r, k), i);
            maxR = Math.max(maxR, c.r1());
            maxC = Math.max(maxC, c.c1());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            RelationCell a = cells.get(i);
            String ta = normalise(a.text());
            if (ta.isEmpty()) continue;
            Set<Integer> seen = new HashSet<>();
            for (int r = a.r0(); r <= a.r1(); r++) {
                for (int k = a.c1() + 1; k <= maxC; k++) {
                    Integer j = at.get(key(r, k));
                    if (j == null || j == i || normalise(cells.get(j).text()).isEmpty()) continue;
                    if (seen.add(j)) out.merge(ta + "\u0001" + normalise(cells.get(j).text()) + "\u0001H", 1, Integer::sum);
                    break;
                }
            }
            seen.clear();
            for (int k = a.c0(); k <= a.c1(); k++) {
                for (int r = a.r1() + 1; r <= maxR; r++) {
                    Integer j = at.get(key(r, k));
                    if (j == null || j == i || normalise(cells.get(j).text()).isEmpty()) continue;
                    if (seen.add(j)) out.merge(ta + "\u0001" + normalise(cells.get(j).text()) + "\u0001V", 1, Integer::sum);
                    break;
                }
            }
        }
        return out;
    }

    /** Matched relations between two multisets. */
    public static int matched(Map<String, Integer> detected, Map<String, Integer> truth) {
        int n = 0;
        for (Map.Entry<String, Integer> e : detected.entrySet()) n += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        return n;
    }

    public static int size(Map<String, Integer> m) {
        int n = 0;
        for (int v : m.values()) n += v;
        return n;
    }

    public static void addAll(Map<String, Integer> into, Map<String, Integer> from) {
        from.forEach((k, v) -> into.merge(k, v, Integer::sum));
    }

    static String normalise(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static long key(int r, int c) { return ((long) r << 32) | (c & 0xffffffffL); }

    /** Cells of a detected grid in the measure's form. */
    public static List<RelationCell> cells(org.fiscallens.tables.grid.CellGrid g) {
        List<RelationCell> out = new ArrayList<>();
        for (var c : g.cells()) out.add(new RelationCell(c.row(), c.col(), c.lastRow(), c.lastCol(), c.text()));
        return out;
    }
}
