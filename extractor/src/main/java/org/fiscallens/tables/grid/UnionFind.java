package org.fiscallens.tables.grid;

/** Disjoint sets over 0..n-1. */
public final class UnionFind {
    private final int[] parent;

    public UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    public int find(int i) {
        while (parent[i] != i) { parent[i] = parent[parent[i]]; i = parent[i]; }
        return i;
    }

    public void union(int a, int b) { parent[find(a)] = find(b); }
}
