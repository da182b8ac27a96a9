package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Recall and precision on the seed: every real error of corpus/seed/NOTES.md that corpus/expected/checks/seed-errors.tsv
 * marks findable is found (rule, page, quote), and no error-severity finding is anything else.
 */
class SeedFindingsTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }


    @Test
    void everyFindableSeedErrorIsFoundAndNothingElseIsAnError() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        List<Finding> findings = doc.findings();
        List<Map<String, String>> expected = Corpus.tsv(Corpus.expected().resolve("checks/seed-errors.tsv"));
        List<String> missing = new ArrayList<>();
        int findable = 0;
        for (Map<String, String> e : expected) {
            if (!e.get("findable").equals("yes")) continue;
            findable++;
            if (!ExpectedFindings.found(findings, e.get("rule"), Integer.parseInt(e.get("page")), e.get("quote")))
                missing.add("note " + e.get("note") + " " + e.get("rule") + " p." + e.get("page") + " " + e.get("quote"));
        }
        assertTrue(findable >= 30, "the expected list covers the findable notes");
        assertEquals(List.of(), missing, "seed errors not found; findings were:" + ExpectedFindings.describe(findings));

        List<Finding> unexpected = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.ERROR) continue;
            boolean known = expected.stream().filter(e -> e.get("findable").equals("yes"))
                    .anyMatch(e -> ExpectedFindings.matches(f, e.get("rule"), Integer.parseInt(e.get("page")), e.get("quote")))
                    // the contents page repeats the two placeholder titles
                    || (f.rule().equals("residue.placeholder") && f.evidence().get(0).page() == 2)
                    // 增长（下降） beside an expected 增加（减少） in the same sentence
                    || (f.rule().equals("residue.alternative") && f.message().contains("增长（下降）"));
            if (!known) unexpected.add(f);
        }
        assertEquals(List.of(), unexpected, "error findings outside NOTES.md:" + ExpectedFindings.describe(unexpected));
    }

    @Test
    void correctFiguresOfTheSeedAreNotErrors() {
        List<Finding> errors = Corpus.extract(Corpus.seedPdf()).findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        for (String ok : new String[]{"85.6%", "91%", "93%", "公用经费19.99", "人员经费354.57", "15.67", "84.33", "85.15", "97.02", "88.73"}) {
            for (Finding f : errors) {
                assertFalse(f.evidence().stream().anyMatch(e -> ExpectedFindings.norm(e.quote()).contains(ok)) && !f.rule().startsWith("residue"),
                        "NOTES.md 10–12 and 'checked and consistent': " + ok + " flagged by " + f);
            }
        }
    }
}
