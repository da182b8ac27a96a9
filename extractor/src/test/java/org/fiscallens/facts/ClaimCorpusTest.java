package org.fiscallens.facts;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims over corpus/real and the seed: every fact with a standard key has a claim naming its subject, measure, funds
 * and relation, a {@code whole} points to an earlier money figure, and the share of facts with a subject is printed.
 */
class ClaimCorpusTest {

    @Test
    void everyKeyedFactHasATypedClaim() {
        List<Path> pdfs = new ArrayList<>(Corpus.realPdfs());
        pdfs.add(Corpus.seedPdf());
        List<String> problems = new ArrayList<>();
        int facts = 0, withSubject = 0, withMeasure = 0, withFund = 0, keyed = 0;
        for (Path pdf : pdfs) {
            FiscalDocument doc = Corpus.extract(pdf);
            for (int i = 0; i < doc.facts().size(); i++) {
                Fact f = doc.facts().get(i);
                Claim c = f.claim();
                facts++;
                if (c == null) { problems.add(pdf.getFileName() + ": no claim on " + f.quote()); continue; }
                if (c.subject() != null) withSubject++;
                if (c.measure() != null) withMeasure++;
                if (c.fund() != null) withFund++;
                if (c.whole() != null) {
                    Fact w = c.whole() >= 0 && c.whole() < i ? doc.facts().get(c.whole()) : null;
                    if (w == null || w.unit() == null || !w.unit().endsWith("元")) problems.add(pdf.getFileName() + ": whole " + c.whole() + " of " + i);
                }
                if (f.key() == null) continue;
                keyed++;
                if (c.subject() == null || c.measure() == null || c.fund() == null || c.relation() == null) {
                    problems.add(pdf.getFileName() + ": " + f.key() + " " + c + " " + f.quote());
                }
                if (f.key().endsWith(".change_pct") && c.relation() != Claim.Relation.CHANGE_RATE
                        || f.key().endsWith(".share") && c.relation() != Claim.Relation.SHARE
                        || f.key().endsWith(".completion_pct") && c.relation() != Claim.Relation.COMPLETION) {
                    problems.add(pdf.getFileName() + ": " + f.key() + " relation " + c.relation());
                }
            }
        }
        System.out.printf("claims: %d documents, %d facts (%d keyed): subject %.1f%%, measure %.1f%%, fund %.1f%%%n", pdfs.size(), facts,
                keyed, 100.0 * withSubject / facts, 100.0 * withMeasure / facts, 100.0 * withFund / facts);
        assertTrue(keyed > 1000, "keyed facts " + keyed);
        assertEquals(List.of(), problems.stream().limit(30).toList());
    }
}
