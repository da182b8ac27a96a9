package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every defect of the real corpus's KNOWN_DEFECTS.tsv (as corpus/expected/checks/known-defects.tsv) is found. */
class KnownDefectsTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }


    @TestFactory
    Stream<DynamicTest> everyKnownDefectIsFound() {
        Path real = Corpus.real();
        List<Map<String, String>> rows = Corpus.tsv(Corpus.expected().resolve("checks/known-defects.tsv"));
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.get("file") + " p." + r.get("page") + " " + r.get("rule"), () -> {
            FiscalDocument doc = Corpus.extract(real.resolve(r.get("file")));
            if (r.get("needs").equals("tables")) {
                Assumptions.assumeFalse(doc.tables().isEmpty(), "needs the tables stage (branch tables): skipped until merged");
            }
            assertTrue(ExpectedFindings.found(doc.findings(), r.get("rule"), Integer.parseInt(r.get("page")), r.get("quote")),
                    r.get("what") + "; findings were:" + ExpectedFindings.describe(doc.findings()));
        }));
    }

    @Test
    void blankTemplateRaisesTemplateResidueNotArithmetic() {
        FiscalDocument doc = Corpus.extract(Corpus.real().resolve("shanghai/附件2：部门决算模板.pdf"));
        List<Finding> errors = doc.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.stream().filter(f -> f.rule().equals("residue.placeholder")).count() >= 20, ExpectedFindings.describe(errors));
        for (int page : new int[]{1, 4, 15, 20}) {
            assertTrue(ExpectedFindings.found(doc.findings(), "template_residue", page, ""), "placeholder on page " + page);
        }
        assertEquals(List.of(), errors.stream().filter(f -> !f.category().equals("template_residue")).toList(),
                "an empty template has nothing to add up");
    }

    @Test
    void roundingArtefactsOfTheGoodSampleAreNotFlagged() {
        FiscalDocument doc = Corpus.extract(Corpus.real().resolve("shanghai/上海市普陀区财政局2024年度部门决算.pdf"));
        for (Finding f : doc.findings()) {
            String all = f.message() + " " + f.arithmetic() + " " + f.evidence();
            for (String v : new String[]{"326.71", "326.72", "2940.06", "2336.92", "251.25", "98.20"})
                assertFalse(all.contains(v) && f.severity() != Severity.INFO, "KNOWN_DEFECTS: NOT a defect: " + v + " in " + f);
        }
    }
}
