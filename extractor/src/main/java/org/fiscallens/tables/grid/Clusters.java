package org.fiscallens.tables.grid;

import java.util.ArrayList;
import java.util.List;

/** 1-D clustering of coordinates: values closer than a tolerance to their neighbour share one centre. */
public final class Clusters {
    private Clusters() {}

    /** Sorted cluster centres (means) of the values, chaining neighbours within tol. */
    public static List<Double> centres(List<Double> values, double tol) {
        List<Double> v = new ArrayList<>(values);
        v.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0; int n = 0; double last = Double.NaN;
        for (double x : v) {
            if (n > 0 && x - last > tol) { out.add(sum / n); sum = 0; n = 0; }
            sum += x; n++; last = x;
        }
        if (n > 0) out.add(sum / n);
        return out;
    }

    /** Index of the boundary interval [b[i], b[i+1]) holding x, or -1. */
    public static int interval(List<Double> b, double x) {
        if (b.size() < 2 || x < b.get(0) || x > b.get(b.size() - 1)) return -1;
        int lo = 0, hi = b.size() - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (b.get(mid) <= x) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
