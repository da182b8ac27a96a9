package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hand-verified golden tables of corpus/more (corpus/expected/tables-more: layouts of provinces other than the
 * two familiar families, some from the holdout provinces) against the extraction, with {@link TableGoldenTest}'s
 * comparison. Each golden has a {@code status}: {@code pass} ones must match to the cell; {@code known-fail} ones
 * must still differ (their differences are printed), so that a fix that makes one match fails this test until the
 * index flips it to {@code pass}. Skipped where corpus/more (or one of its files) is absent.
 * <p>
 * Goldens of holdout provinces ({@code holdout} yes) print neither their differences nor their cell counts unless
 * {@code -Dfiscal.golden.holdoutDetails=true}: the holdout measures the engine on layouts nobody fits.
 * The exact-cell rate per golden and overall is printed at the end ({@code [golden-more]} lines; holdout goldens
 * only with that property).
 */
class TableGoldenMoreTest {
    private static final Map<String, int[]> RATES = new ConcurrentHashMap<>();

    static Path dir() {
        return Corpus.expected().resolve("tables-more");
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCellOfCorpusMore() {
        List<Map<String, String>> index = Corpus.tsv(dir().resolve("index.tsv"));
        assertTrue(index.size() >= 12, "at least 12 golden tables expected, found " + index.size());
        long provinces = index.stream().map(g -> g.get("file").split("/")[0]).distinct().count();
        assertTrue(provinces >= 8, "goldens from at least 8 provinces expected, found " + provinces);
        return index.stream().map(g -> DynamicTest.dynamicTest(g.get("golden") + " [" + g.get("status") + "]", () -> check(g)));
    }

    static void check(Map<String, String> g) throws Exception {
        String name = g.get("golden");
        String status = g.get("status");
        assertTrue(Set.of("pass", "known-fail").contains(status), name + ": status must be pass or known-fail, not " + status);
        assertTrue(Set.of("yes", "no").contains(g.get("holdout")), name + ": holdout must be yes or no");
        Path root = Corpus.more();
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve(g.get("file"))), g.get("file") + " not in corpus/more: skipping");
        TableGoldenTest.Comparison c = TableGoldenTest.compare(dir(), g, root);
        boolean withheld = g.get("holdout").equals("yes") && !Boolean.getBoolean("fiscal.golden.holdoutDetails");
        if (!withheld) RATES.put(name + (g.get("holdout").equals("yes") ? " (holdout)" : ""), new int[]{c.exactCells(), c.totalCells()});
        String report = withheld
                ? name + ": differs (holdout: details withheld, run with -Dfiscal.golden.holdoutDetails=true)"
                : c.report(name);
        if (status.equals("pass")) {
            if (!c.diffs().isEmpty()) fail(report);
            assertEquals(c.totalCells(), c.exactCells(), name);
        } else {
            System.out.println("[known-fail] " + report);
            if (c.diffs().isEmpty()) {
                fail(name + " now matches its golden to the cell: set its status to pass in corpus/expected/tables-more/index.tsv");
            }
        }
    }

    @AfterAll
    static void printRates() {
        int exact = 0, total = 0;
        for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(RATES).entrySet()) {
            System.out.println("[golden-more] " + e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]);
            exact += e.getValue()[0];
            total += e.getValue()[1];
        }
        if (total > 0) System.out.printf("[golden-more] all %d/%d cells exact (%.1f %%)%n", exact, total, 100.0 * exact / total);
    }
}
