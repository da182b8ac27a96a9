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
        Path pdf = file.startsWith("seed/") ? Corpus.projectRoot().resolve("corpus").resolve(file) : Corpus.real().resolve(file);
        FiscalDocument doc = Corpus.extract(pdf);
        List<Integer> pages = Arrays.stream(g.get("pages").split(",")).map(String::trim).map(Integer::valueOf).toList();
        Table t = doc.tables().stream()
                .filter(x -> x.kind().equals(g.get("kind")) && !x.pages().isEmpty() && x.pages().get(0).equals(pages.get(0)))
                .findFirst().orElse(null);
        if (t == null) {
            fail("no " + g.get("kind") + " table starting on page " + pages.get(0) + " in " + file + "; found: "
                    + doc.tables().stream().map(x -> x.kind() + "@" + x.pages()).collect(Collectors.joining(", ")));
        }
        List<String> diffs = new ArrayList<>();
        if (!compact(g.get("title")).equals(compact(t.title()))) diffs.add("title: want " + g.get("title") + ", got " + t.title());
        if (!g.get("unit").equals(t.unit())) diffs.add("unit: want " + g.get("unit") + ", got " + t.unit());
        if (!pages.equals(t.pages())) diffs.add("pages: want " + pages + ", got " + t.pages());

        List<String> lines = Files.readAllLines(dir.resolve(g.get("golden")));
        String[] header = lines.get(0).split("\t", -1);
        List<String[]> want = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        List<TableRow> got = t.rows();
        if (want.size() != got.size()) diffs.add("row count: want " + want.size() + ", got " + got.size());
        int n = Math.min(want.size(), got.size());
        for (int i = 0; i < n; i++) {
            String[] w = want.get(i);
            TableRow r = got.get(i);
            String where = "row " + (i + 1) + " (" + cell(w, 2) + ")";
            cmp(diffs, where, "block", cell(w, 0), nz(r.block()));
            cmp(diffs, where, "code", cell(w, 1), nz(r.code()));
            cmp(diffs, where, "name", cell(w, 2), nz(r.name()));
            for (int c = 3; c < header.length; c++) {
                BigDecimal v = r.values().get(header[c]);
                if (v == null && !cell(w, c).isEmpty() && !r.values().containsKey(header[c])) {
                    diffs.add(where + " column " + header[c] + ": missing (extracted columns " + r.values().keySet() + ")");
                    continue;
                }
                cmp(diffs, where, header[c], cell(w, c), v == null ? "" : v.toPlainString());
            }
        }
        if (!diffs.isEmpty()) {
            fail(g.get("golden") + ": " + diffs.size() + " differences\n  " + String.join("\n  ", diffs.subList(0, Math.min(60, diffs.size()))));
        }
    }

    static void cmp(List<String> diffs, String where, String what, String want, String got) {
        if (!want.equals(got)) diffs.add(where + " " + what + ": want '" + want + "', got '" + got + "'");
    }

    static String cell(String[] row, int i) { return i < row.length ? row[i] : ""; }

    static String nz(String s) { return s == null ? "" : s; }

    static String compact(String s) { return s == null ? "" : s.replaceAll("\\s+", ""); }
}
