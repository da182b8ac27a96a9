package org.fiscallens.document;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.FiscalDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real PDF extracts, and its document facts equal the hand-verified expectations in
 * corpus/expected/documents.tsv (CATALOG.tsv checked against each cover; differences noted there).
 */
class DocumentFactsCorpusTest {

    @TestFactory
    Stream<DynamicTest> documentFactsMatchTheCovers() {
        Path real = Corpus.real();
        List<Map<String, String>> rows = Corpus.tsv(Corpus.expected().resolve("documents.tsv"));
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("file"), () -> {
            Path pdf = real.resolve(row.get("file"));
            assertTrue(Files.exists(pdf), "missing corpus file " + pdf);
            FiscalDocument doc = Corpus.extract(pdf);
            DocumentInfo d = doc.document();
            String got = d.kind().id() + " | " + d.scope().id() + " | " + d.fiscalYear() + " | " + d.entity();
            String want = row.get("kind") + " | " + row.get("scope") + " | " + row.get("fiscal_year") + " | " + row.get("entity");
            assertEquals(want, got, "document facts of " + row.get("file"));
        }));
    }

    @Test
    void everyRealPdfIsListedInTheExpectations() {
        Path real = Corpus.real();
        List<String> listed = Corpus.tsv(Corpus.expected().resolve("documents.tsv")).stream().map(r -> r.get("file")).toList();
        for (Path pdf : Corpus.realPdfs()) {
            String rel = real.relativize(pdf).toString().replace('\\', '/');
            assertTrue(listed.contains(rel), "no expected facts for " + rel);
        }
    }

    @Test
    void seedPdfFacts() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        assertEquals("final_accounts", doc.document().kind().id());
        assertEquals("department", doc.document().scope().id());
        assertEquals(2023, doc.document().fiscalYear());
        assertEquals("鄂州市葛店经济技术开发区社会保险服务中心", doc.document().entity());
    }
}
