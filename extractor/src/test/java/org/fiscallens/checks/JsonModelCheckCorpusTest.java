package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code check} on a JSON model gives exactly what {@code check} on its PDF gives: the checks read only the model
 * (sections placed on the model's body lines), so the findings recomputed from the written JSON equal the
 * extraction's own, rule, message, arithmetic and every evidence's page, quote and box — on every document of the
 * real corpus and the seed.
 */
class JsonModelCheckCorpusTest {

    static void assertSameFindings(Path pdf) throws Exception {
        FiscalDocument extracted = Corpus.extract(pdf);
        // read as `fiscal check model.json` reads it
        Path json = java.nio.file.Files.createTempFile("model-", ".json");
        FiscalDocument read;
        try {
            java.nio.file.Files.writeString(json, FiscalJson.write(extracted));
            read = FiscalJson.readModel(json);
        } finally {
            java.nio.file.Files.deleteIfExists(json);
        }
        List<Finding> again = Checker.withFindings(read, null).findings();
        assertEquals(extracted.findings().size(), again.size(), pdf.getFileName() + ": number of findings");
        for (int i = 0; i < again.size(); i++) assertEquals(extracted.findings().get(i), again.get(i), pdf.getFileName() + " finding " + i);
    }

    @TestFactory
    Stream<DynamicTest> everyRealDocumentChecksTheSameFromItsJson() {
        List<Path> pdfs = new ArrayList<>(Corpus.realPdfs());
        return pdfs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> assertSameFindings(p)));
    }

    @Test
    void seedChecksTheSameFromItsJson() throws Exception {
        assertSameFindings(Corpus.seedPdf());
        FiscalDocument seed = Corpus.extract(Corpus.seedPdf());
        // the placement the JSON gives is the PDF's, not a section's first page: the seed's template residue
        // on page 14 (its section starts on page 13) and the placeholders of its contents page (no paragraph)
        assertFalse(seed.lines().isEmpty());
        assertTrue(seed.findings().stream().anyMatch(f -> f.rule().equals("residue.alternative") && f.evidence().get(0).page() == 14),
                ExpectedFindings.describe(seed.findings()));
        assertTrue(seed.findings().stream().anyMatch(f -> f.rule().equals("residue.placeholder") && f.evidence().get(0).page() == 2),
                ExpectedFindings.describe(seed.findings()));
    }

    @Test
    void withoutLinesTheChecksMissWhatOnlyTheLinesHold() throws Exception {
        // what the lines add: a model stripped of them loses the contents page's placeholders and the pages of
        // paragraphs; so the equality above is a property of the lines, not of a test that cannot fail
        FiscalDocument seed = Corpus.extract(Corpus.seedPdf());
        List<Finding> without = Checker.withFindings(FiscalJson.read(FiscalJson.write(seed.withLines(List.of()))), null).findings();
        assertNotEquals(seed.findings(), without);
        assertFalse(without.stream().anyMatch(f -> f.rule().equals("residue.placeholder") && f.evidence().get(0).page() == 2));
    }
}
