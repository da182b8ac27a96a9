package org.fiscallens.facts;

import org.fiscallens.model.Fact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A hand-written list of the figures a document states, and the matching of extracted facts against it. */
record FactGolden(int page, BigDecimal value, String unit, String key, String context, int line) {

    static List<FactGolden> read(Path tsv) {
        try {
            List<FactGolden> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(tsv);
            boolean header = true;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.startsWith("#") || l.isBlank()) continue;
                if (header) { header = false; continue; }
                String[] f = l.split("\t", -1);
                out.add(new FactGolden(Integer.parseInt(f[0]), f[1].equals("-") ? null : new BigDecimal(f[1]),
                        f[2].isEmpty() ? null : f[2], f[3].isEmpty() ? null : f[3], f.length > 4 ? f[4] : "", i + 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same page, same value with the same scale (or both empty), same unit, the context in the quote. */
    boolean sameFigure(Fact f) {
        if (f.page() != page) return false;
        if (value == null ? f.value() != null : !value.equals(f.value())) return false;
        if (unit == null ? f.unit() != null : !unit.equals(f.unit())) return false;
        String q = f.quote() == null ? "" : f.quote().replaceAll("\\s", "");
        return q.contains(context.replaceAll("\\s", ""));
    }

    boolean sameKey(Fact f) {
        return key == null || key.equals(f.key());
    }

    /** Matches each golden row to one distinct fact; returns for each row the fact (or null) and the unmatched facts. */
    static Result match(List<FactGolden> golden, List<Fact> facts) {
        List<Fact> pool = new ArrayList<>(facts);
        Fact[] found = new Fact[golden.size()];
        // Exact matches (key included) first, then figure-only matches for the rows left.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < golden.size(); i++) {
                if (found[i] != null) continue;
                FactGolden g = golden.get(i);
                for (Fact f : pool) {
                    if (g.sameFigure(f) && (pass == 1 || g.sameKey(f))) { found[i] = f; pool.remove(f); break; }
                }
            }
        }
        return new Result(java.util.Arrays.asList(found), pool);
    }

    record Result(List<Fact> found, List<Fact> unmatched) {}
}
