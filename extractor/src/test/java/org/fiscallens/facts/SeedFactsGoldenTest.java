package org.fiscallens.facts;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure of the seed's narrative (第三部分 and 附件一), listed by hand in
 * corpus/expected/facts/seed_000_f643c22fe8df2981.tsv, is extracted with its value (scale kept), unit, page,
 * quote and, for standard statements, its stable key; and nothing else is reported as a figure there.
 */
class SeedFactsGoldenTest {

    @Test
    void everySeedFigureIsFoundWithItsKey() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        List<FactGolden> golden = FactGolden.read(Corpus.expected().resolve("facts/seed_000_f643c22fe8df2981.tsv"));
        FactGolden.Result r = FactGolden.match(golden, doc.facts());
        List<String> missing = new ArrayList<>(), wrongKey = new ArrayList<>();
        int keyed = 0, keyedOk = 0;
        for (int i = 0; i < golden.size(); i++) {
            FactGolden g = golden.get(i);
            Fact f = r.found().get(i);
            if (g.key() != null) keyed++;
            if (f == null) { missing.add("line " + g.line() + ": p" + g.page() + " " + g.value() + " " + g.unit() + " " + g.context()); continue; }
            if (g.key() != null) {
                if (g.key().equals(f.key())) keyedOk++;
                else wrongKey.add("line " + g.line() + ": " + g.key() + " but " + f.key() + " for " + f.quote());
            }
            assertNotNull(f.box(), "box of " + f);
            assertTrue(f.quote() != null && !f.quote().isBlank(), "quote of " + f);
        }
        int found = golden.size() - missing.size();
        System.out.printf("seed facts: recall %d/%d (%.1f%%), keys %d/%d, extracted %d, not in golden %d%n",
                found, golden.size(), 100.0 * found / golden.size(), keyedOk, keyed, doc.facts().size(), r.unmatched().size());
        missing.forEach(m -> System.out.println("  missing " + m));
        wrongKey.forEach(m -> System.out.println("  key " + m));
        r.unmatched().forEach(f -> System.out.println("  extra p" + f.page() + " " + f.value() + " " + f.unit() + " " + f.quote()));
        assertEquals(List.of(), missing, "golden figures not found");
        assertEquals(List.of(), wrongKey, "golden figures with a wrong key");
        assertEquals(List.of(), r.unmatched().stream().map(f -> "p" + f.page() + " " + f.value() + f.unit() + " " + f.quote()).toList(),
                "facts that are not figures of the narrative");
    }
}
