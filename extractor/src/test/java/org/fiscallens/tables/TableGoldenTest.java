package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every cell of every hand-verified golden table (corpus/expected/tables, format in TABLE_GOLDEN_FORMAT.md)
 * against the extraction: the table is found by document + kind + first page, then title, unit, pages,
 * and each row's block, code, name and every value are compared; all differing cells are reported.
 * {@link #compare} takes the corpus root the index's {@code file} column is relative to, so that
 * {@link TableGoldenMoreTest} runs the same comparison over corpus/more.
 */
class TableGoldenTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenCellIsExtracted() throws IOException {
        Path dir = Corpus.expected().resolve("tables");
        List<Map<String, String>> index = Corpus.tsv(dir.resolve("index.tsv"));
        assertTrue(index.size() >= 12, "at least 12 golden tables expected, found " + index.size());
        return index.stream().map(g -> DynamicTest.dynamicTest(g.get("golden"), () -> check(dir, g)));
    }

    static void check(Path dir, Map<String, String> g) throws IOException {
        String file = g.get("file");
        Path root = file.startsWith("seed/") ? Corpus.projectRoot().resolve("corpus") : Corpus.real();
        Comparison c = compare(dir, g, root);
        if (!c.diffs().isEmpty()) fail(c.report(g.get("golden")));
    }

    /**
     * The outcome of comparing one golden with the extraction: every difference, and the cell counts (each
     * golden row's block, code, name and values; a golden row without an extracted counterpart counts all its
     * cells as wrong). Rows are paired in order; a dropped or extra row is reported as such and the rows after it
     * are still paired with their counterparts (longest common subsequence on code + name; the rows left between
     * two matches are paired in order).
     */
    record Comparison(List<String> diffs, int exactCells, int totalCells) {
        String report(String golden) {
            return golden + ": " + diffs.size() + " differences (" + exactCells + "/" + totalCells + " cells exact)\n  "
                    + String.join("\n  ", diffs.subList(0, Math.min(60, diffs.size())));
        }
    }

    /** Compares golden {@code g} of folder {@code dir} with the extraction of {@code root.resolve(g.file)}. */
    static Comparison compare(Path dir, Map<String, String> g, Path root) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(g.get("golden")));
        String[] header = lines.get(0).split("\t", -1);
        List<String[]> want = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        int total = want.size() * header.length;

        String file = g.get("file");
        FiscalDocument doc = Corpus.extract(root.resolve(file));
        List<Integer> pages = Arrays.stream(g.get("pages").split(",")).map(String::trim).map(Integer::valueOf).toList();
        Table t = doc.tables().stream()
                .filter(x -> x.kind().equals(g.get("kind")) && !x.pages().isEmpty() && x.pages().get(0).equals(pages.get(0)))
                .findFirst().orElse(null);
        List<String> diffs = new ArrayList<>();
        if (t == null) {
            diffs.add("no " + g.get("kind") + " table starting on page " + pages.get(0) + " in " + file + "; found: "
                    + doc.tables().stream().map(x -> x.kind() + "@" + x.pages()).collect(Collectors.joining(", ")));
            return new Comparison(diffs, 0, total);
        }
        if (!compact(g.get("title")).equals(compact(t.title()))) diffs.add("title: want " + g.get("title") + ", got " + t.title());
        if (!g.get("unit").equals(t.unit())) diffs.add("unit: want " + g.get("unit") + ", got " + t.unit());
        if (!pages.equals(t.pages())) diffs.add("pages: want " + pages + ", got " + t.pages());

        List<TableRow> got = t.rows();
        if (want.size() != got.size()) diffs.add("row count: want " + want.size() + ", got " + got.size());
        int[][] pairs = pair(want, got);
        int exact = 0;
        int listed = 0;
        for (int[] p : pairs) {
            if (p[0] < 0) {
                TableRow r = got.get(p[1]);
                diffs.add("extra row " + (p[1] + 1) + " (" + nz(r.code()) + " " + nz(r.name()) + ")");
                continue;
            }
            String[] w = want.get(p[0]);
            String where = "row " + (p[0] + 1) + " (" + cell(w, 2) + ")";
            if (p[1] < 0) {
                diffs.add(where + ": missing");
                continue;
            }
            TableRow r = got.get(p[1]);
            // a department table of one block of rows per subordinate unit: the model names the unit in TableRow.unit
            // (block is kept for side-by-side blocks such as 收入 | 支出, which such a table does not have); the
            // golden's block column names the unit there (index.tsv notes of szsw2026_T10)
            String gotBlock = r.unit() != null && nz(r.block()).isEmpty() ? r.unit() : nz(r.block());
            exact += cmp(diffs, where, "block", cell(w, 0), gotBlock);
            exact += cmp(diffs, where, "code", cell(w, 1), nz(r.code()));
            exact += cmp(diffs, where, "name", cell(w, 2), nz(r.name()));
            for (int c = 3; c < header.length; c++) {
                BigDecimal v = r.values().get(header[c]);
                if (v == null && !cell(w, c).isEmpty() && !r.values().containsKey(header[c])) {
                    // the extracted columns are listed once per golden, not on every missing cell
                    diffs.add(where + " column " + header[c] + ": missing" + (listed++ == 0 ? " (extracted columns " + r.values().keySet() + ")" : ""));
                    continue;
                }
                exact += cmp(diffs, where, header[c], cell(w, c), v == null ? "" : v.toPlainString());
            }
        }
        return new Comparison(diffs, exact, total);
    }

    /**
     * Golden rows paired with extracted rows in order: {@code [wantIndex, gotIndex]}, -1 on the side that has no
     * counterpart. Identical row counts pair by position; otherwise the longest common subsequence on code + name.
     */
    static int[][] pair(List<String[]> want, List<TableRow> got) {
        int n = want.size(), m = got.size();
        List<int[]> out = new ArrayList<>();
        if (n == m) {
            for (int i = 0; i < n; i++) out.add(new int[]{i, i});
            return out.toArray(new int[0][]);
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(want.get(i), got.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0, j = 0;
        List<Integer> wantGap = new ArrayList<>(), gotGap = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && same(want.get(i), got.get(j))) {
                flushGap(out, wantGap, gotGap);
                out.add(new int[]{i++, j++});
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) gotGap.add(j++);
            else wantGap.add(i++);
        }
        flushGap(out, wantGap, gotGap);
        return out.toArray(new int[0][]);
    }

    /** Rows between two matched pairs are paired in order (a misread name still compares its values). */
    private static void flushGap(List<int[]> out, List<Integer> wantGap, List<Integer> gotGap) {
        int k = Math.max(wantGap.size(), gotGap.size());
        for (int x = 0; x < k; x++) {
            out.add(new int[]{x < wantGap.size() ? wantGap.get(x) : -1, x < gotGap.size() ? gotGap.get(x) : -1});
        }
        wantGap.clear();
        gotGap.clear();
    }

    private static boolean same(String[] w, TableRow r) {
        return cell(w, 1).equals(nz(r.code())) && compact(cell(w, 2)).equals(compact(r.name()));
    }

    /** Records a difference; 1 when the cell is exact, else 0. */
    static int cmp(List<String> diffs, String where, String what, String want, String got) {
        if (want.equals(got)) return 1;
        diffs.add(where + " " + what + ": want '" + want + "', got '" + got + "'");
        return 0;
    }

    static String cell(String[] row, int i) { return i < row.length ? row[i] : ""; }

    static String nz(String s) { return s == null ? "" : s; }

    static String compact(String s) { return s == null ? "" : s.replaceAll("\\s+", ""); }
}
