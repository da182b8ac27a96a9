package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.pdf.PdfReadException;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every error finding the checker raises on the reports of corpus/more has been read by a person against
 * the rendered page and judged true in corpus/expected/checks/findings-review-more.tsv (rows judged false stay on
 * record with the reason). A new error finding nobody reviewed, or one matching a row judged false, fails; a row
 * matches as in {@link ReviewedFindingsTest}.
 *
 * <p>Every rule, the table-arithmetic ones ({@code table.*}) included, on every report of corpus/more: the former
 * holdout folders (chongqing, zhejiang, hunan, jilin), measured once unseen, are covered too; their rows judged false
 * keep the false findings found there from coming back.
 */
class ReviewedFindingsMoreTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    private static final List<Map<String, String>> REVIEW = Corpus.tsv(Corpus.expected().resolve("checks/findings-review-more.tsv"));


    @TestFactory
    Stream<DynamicTest> everyErrorFindingOnCorpusMoreIsReviewedTrue() {
        Path more = Corpus.more();
        return Corpus.morePdfs().stream()
                .map(pdf -> DynamicTest.dynamicTest(more.relativize(pdf).toString(), () -> {
                    String file = more.relativize(pdf).toString();
                    FiscalDocument doc;
                    try {
                        doc = new DocumentExtractor().extract(pdf, null);   // not cached: 133 documents
                    } catch (PdfReadException e) {
                        throw new AssertionError(file + ": " + e.getMessage(), e);
                    }
                    List<String> problems = new ArrayList<>();
                    for (Finding f : doc.findings()) {
                        if (f.severity() != Severity.ERROR) continue;
                        String verdict = ReviewedFindingsTest.verdict(REVIEW, file, f);
                        if (!"true".equals(verdict)) problems.add((verdict == null ? "not reviewed: " : "judged " + verdict + ": ") + file
                                + "\t" + f.rule() + "\t" + (f.evidence().isEmpty() ? 0 : f.evidence().get(0).page()) + "\t" + f.message());
                    }
                    assertEquals(List.of(), problems, "review each error finding against the rendered page and add it to findings-review-more.tsv");
                }));
    }

    @Test
    void reviewRowsHaveVerdictsAndReasons() {
        assertTrue(REVIEW.size() > 50, "review rows: " + REVIEW.size());
        for (Map<String, String> r : REVIEW) {
            assertTrue(r.get("verdict").equals("true") || r.get("verdict").equals("false"), r.toString());
            assertTrue(!r.get("why").isBlank(), r.toString());
            Path more = Corpus.moreOrNull();
            assertTrue(more == null || java.nio.file.Files.exists(more.resolve(r.get("file"))), "no such report: " + r);
        }
    }
}
