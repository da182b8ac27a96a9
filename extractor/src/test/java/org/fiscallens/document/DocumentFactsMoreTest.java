package org.fiscallens.document;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.DocumentInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The document facts of every report of corpus/more (eleven provinces: covers with the year first, titles over
 * two lines, tables-only files, narrative and tables published as two files) equal the expectations in
 * corpus/expected/documents-more.tsv, each checked by hand against the rendered cover or labelled table (CATALOG.tsv
 * where it agrees with the page; where it does not, the note says why). Skipped where corpus/more is absent.
 */
class DocumentFactsMoreTest {

    @TestFactory
    Stream<DynamicTest> documentFactsMatchThePages() {
        Path more = Corpus.more();
        Map<String, Map<String, String>> expected = Corpus.tsv(Corpus.expected().resolve("documents-more.tsv")).stream()
                .collect(Collectors.toMap(r -> r.get("file"), Function.identity()));
        return Corpus.morePdfs().stream().map(pdf -> {
            String rel = more.relativize(pdf).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(rel, () -> {
                Map<String, String> row = expected.get(rel);
                assertNotNull(row, "no expected facts for " + rel + " in documents-more.tsv");
                DocumentInfo d = Corpus.extract(pdf).document();
                String got = d.kind().id() + " | " + d.scope().id() + " | " + d.fiscalYear() + " | " + d.entity();
                String want = row.get("kind") + " | " + row.get("scope") + " | " + row.get("fiscal_year") + " | " + row.get("entity");
                assertEquals(want, got, "document facts of " + rel);
            });
        });
    }
}
