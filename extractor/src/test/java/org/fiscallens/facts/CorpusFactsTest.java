package org.fiscallens.facts;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facts over all real PDFs: no document fails, every fact is where it says (page in range, quote holding the
 * figure as printed), and every document with a narrative yields keyed headline facts. Prints the counts.
 */
class CorpusFactsTest {

    @Test
    void everyRealDocumentYieldsWellFormedFacts() {
        List<String> problems = new ArrayList<>();
        int docs = 0, facts = 0, keyed = 0;
        for (Path pdf : Corpus.realPdfs()) {
            FiscalDocument doc = Corpus.extract(pdf);
            docs++;
            long k = doc.facts().stream().filter(f -> f.key() != null).count();
            facts += doc.facts().size();
            keyed += (int) k;
            System.out.printf("facts %4d keyed %4d projects %2d  %s%n", doc.facts().size(), k, doc.projects().size(),
                    Corpus.real().relativize(pdf));
            for (Fact f : doc.facts()) {
                if (f.page() < 1 || f.page() > doc.source().pages()) problems.add(pdf.getFileName() + ": page " + f.page());
                if (f.quote() == null || f.quote().isBlank()) problems.add(pdf.getFileName() + ": no quote " + f);
                if (f.value() != null) {
                    String q = NumberScanner.fold(f.quote()).replaceAll("[\\s,]", "");
                    String v = f.value().toPlainString();
                    boolean inWords = f.hasFlag("chinese_numeral")
                            && ChineseCounts.scan(f.quote()).stream().anyMatch(c -> c.value().compareTo(f.value()) == 0 && c.unit().equals(f.unit()));
                    if (!q.contains(v) && !inWords) problems.add(pdf.getFileName() + ": quote lacks " + v + ": " + f.quote());
                }
                if (f.value() == null && f.flags() == null) problems.add(pdf.getFileName() + ": empty fact without flag " + f);
                if (f.box() == null) problems.add(pdf.getFileName() + ": no box " + f);
            }
            for (Project p : doc.projects()) if (p.name() == null || p.name().isBlank()) problems.add(pdf.getFileName() + ": unnamed project");
            boolean narrative = doc.sections().stream().anyMatch(s -> s.title() != null && s.title().contains("说明"));
            if (narrative && doc.facts().size() >= 20) {
                assertTrue(k >= 10, pdf.getFileName() + " has only " + k + " keyed facts");
            }
        }
        System.out.printf("corpus: %d documents, %d facts, %d keyed%n", docs, facts, keyed);
        assertEquals(31, docs);
        assertEquals(List.of(), problems.stream().limit(30).toList());
    }
}
