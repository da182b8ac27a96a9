package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
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
 * Every finding the checker raises on the real corpus has been read by a person against the rendered page and
 * judged true: error findings in corpus/expected/checks/findings-review.tsv, warning and info findings in
 * findings-review-warnings.tsv (which also keeps the findings judged false, fixed since). A new finding nobody
 * reviewed, or one matching a row judged false, fails. A row matches a finding with the same file, rule and page
 * (of its first evidence) whose quote, whitespace removed, contains the row's quote.
 */
class ReviewedFindingsTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    private static final List<Map<String, String>> ERRORS = Corpus.tsv(Corpus.expected().resolve("checks/findings-review.tsv"));
    private static final List<Map<String, String>> WARNINGS = Corpus.tsv(Corpus.expected().resolve("checks/findings-review-warnings.tsv"));

    @TestFactory
    Stream<DynamicTest> everyFindingOnTheRealCorpusIsReviewedTrue() {
        Path real = Corpus.real();
        return Corpus.realPdfs().stream().map(pdf -> DynamicTest.dynamicTest(real.relativize(pdf).toString(), () -> {
            String file = real.relativize(pdf).toString();
            FiscalDocument doc = Corpus.extract(pdf);
            List<String> problems = new ArrayList<>();
            for (Finding f : doc.findings()) {
                List<Map<String, String>> review = f.severity() == Severity.ERROR ? ERRORS : WARNINGS;
                String verdict = verdict(review, file, f);
                if (!"true".equals(verdict)) problems.add((verdict == null ? "not reviewed: " : "judged " + verdict + ": ") + row(file, f));
            }
            assertEquals(List.of(), problems, "review each finding against the rendered page and add it to the review file");
        }));
    }

    @Test
    void reviewFilesHaveVerdictsAndReasons() {
        assertTrue(WARNINGS.size() > 30, "warning/info review rows: " + WARNINGS.size());
        for (Map<String, String> r : WARNINGS) {
            assertTrue(r.get("verdict").equals("true") || r.get("verdict").equals("false"), r.toString());
            assertTrue(!r.get("why").isBlank(), r.toString());
        }
        assertTrue(WARNINGS.stream().anyMatch(r -> r.get("verdict").equals("false")), "the fixed false findings stay on record");
    }

    /** The verdict for a finding: null when no row matches, "false" when any matching row says so. */
    static String verdict(List<Map<String, String>> review, String file, Finding f) {
        Evidence e = f.evidence().isEmpty() ? null : f.evidence().get(0);
        int page = e == null ? 0 : e.page();
        String quote = e == null ? "" : ExpectedFindings.norm(e.quote());
        String verdict = null;
        for (Map<String, String> r : review) {
            if (!r.get("file").equals(file) || !r.get("rule").equals(f.rule()) || Integer.parseInt(r.get("page")) != page) continue;
            if (!quote.contains(ExpectedFindings.norm(r.get("quote")))) continue;
            if (!"true".equals(r.get("verdict"))) return r.get("verdict");
            verdict = "true";
        }
        return verdict;
    }

    private static String row(String file, Finding f) {
        Evidence e = f.evidence().isEmpty() ? null : f.evidence().get(0);
        String q = e == null ? "" : ExpectedFindings.norm(e.quote());
        return file + "\t" + f.rule() + "\t" + (e == null ? 0 : e.page()) + "\t" + (q.length() > 40 ? q.substring(0, 40) : q)
                + "\t" + f.severity().id() + "\t" + f.message();
    }
}
