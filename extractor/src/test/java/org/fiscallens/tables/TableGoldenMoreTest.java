package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
class TableGoldenMoreTest {

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
        String status = g.get("status");
        assertTrue(Set.of("pass", "known-fail").contains(status), g.get("golden") + ": status must be pass or known-fail, not " + status);
        Path root = Corpus.more();
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve(g.get("file"))), g.get("file") + " not in corpus/more: skipping");
        TableGoldenTest.Comparison c = TableGoldenTest.compare(dir(), g, root);
        if (status.equals("pass")) {
            if (!c.diffs().isEmpty()) fail(c.report(g.get("golden")));
            assertEquals(c.totalCells(), c.exactCells(), g.get("golden"));
        } else {
            System.out.println("[known-fail] " + c.report(g.get("golden")));
            if (c.diffs().isEmpty()) {
                fail(g.get("golden") + " now matches its golden to the cell: set its status to pass in "
                        + "corpus/expected/tables-more/index.tsv");
            }
        }
    }
}
