package org.fiscallens.layout;

import org.fiscallens.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the areas of a page enclosed by a grid of rulings (ruled tables): clusters of touching
 * horizontal and vertical rulings with at least two of each. Used to keep table text out of the
 * narrative flow and as lattice-table candidates.
 */
public final class RuledRegions {
    private static final double TOUCH = 3.0;

    private RuledRegions() {}

    public static List<Box> of(PageLayout page) {
        List<Ruling> rs = page.rulings().stream().filter(r -> r.length() >= 4).toList();
        int n = rs.size();
        if (n < 4) return List.of();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        List<Box> boxes = new ArrayList<>(n);
        for (Ruling r : rs) boxes.add(new Box(r.x0() - TOUCH, Math.min(r.y0(), r.y1()) - TOUCH, r.x1() + TOUCH, Math.max(r.y0(), r.y1()) + TOUCH));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (intersects(boxes.get(i), boxes.get(j))) union(parent, i, j);
            }
        }
        java.util.Map<Integer, List<Ruling>> groups = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rs.get(i));
        List<Box> out = new ArrayList<>();
        for (List<Ruling> g : groups.values()) {
            long h = g.stream().filter(Ruling::horizontal).count();
            long v = g.stream().filter(Ruling::vertical).count();
            if (h >= 2 && v >= 2) {
                Box b = null;
                for (Ruling r : g) {
                    Box rb = new Box(r.x0(), Math.min(r.y0(), r.y1()), r.x1(), Math.max(r.y0(), r.y1()));
                    b = b == null ? rb : b.union(rb);
                }
                if (b.width() > 20 && b.height() > 10) out.add(b);
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Box::top));
        return out;
    }

    private static boolean intersects(Box a, Box b) {
        return a.x0() <= b.x1() && b.x0() <= a.x1() && a.top() <= b.bottom() && b.top() <= a.bottom();
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    private static void union(int[] p, int a, int b) { p[find(p, a)] = find(p, b); }
}
