package org.fiscallens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.fiscallens.batch.BatchSummary;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.model.Section;
import org.fiscallens.pairing.BatchPairs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code fiscal check} and {@code fiscal batch}'s pairing on the JSON models of a real Beijing report published as
 * two files (北京市司法局 2026), its narrative's 基本支出 changed from 19170.50 to 19180.50万元 so that the pair has
 * one narrative-against-table error to show. Skipped where corpus/more is absent.
 */
class PairCheckCommandTest {

    @TempDir
    Path dir;

    private Path[] models() throws Exception {
        Path more = Corpus.more();
        Path narrativePdf = more.resolve("beijing/2026_北京市司法局_部门预算.pdf"), tablesPdf = more.resolve("beijing/2026_北京市司法局_部门预算_表.pdf");
        assumeTrue(Files.exists(narrativePdf) && Files.exists(tablesPdf), "Beijing pair absent: skipping");
        FiscalDocument n = Corpus.extract(narrativePdf);
        FiscalDocument wrong = new FiscalDocument(n.schemaVersion(), n.tool(), n.source(), n.document(),
                replace(n.sections()), n.tables(), changed(n.facts()), n.projects(), List.of());
        Path a = dir.resolve("narrative.json"), b = dir.resolve("tables.json");
        Files.writeString(a, FiscalJson.write(wrong));
        Files.writeString(b, FiscalJson.write(Corpus.extract(tablesPdf)));
        return new Path[] {a, b};
    }

    /** The facts stage's reading of the changed figure (the checks read facts[], not the text). */
    private static List<org.fiscallens.model.Fact> changed(List<org.fiscallens.model.Fact> facts) {
        java.math.BigDecimal was = new java.math.BigDecimal("19170.50"), now = new java.math.BigDecimal("19180.50");
        return facts.stream().map(f -> f.value() == null || f.value().compareTo(was) != 0 || !f.quote().contains("基本支出预算") ? f
                : new org.fiscallens.model.Fact(f.key(), f.label(), now, f.unit(), f.year(), f.comparison(), f.section(), f.page(),
                        f.quote().replace("19170.50", "19180.50"), f.box(), f.subject(), f.direction(), f.basis(), f.sectionTitle(),
                        f.flags(), f.claim(), null)).toList();
    }

    private static List<Section> replace(List<Section> sections) {
        return sections.stream().map(s -> new Section(s.number(), s.title(), s.level(), s.style(), s.pages(),
                s.text() == null ? null : s.text().replace("基本支出预算19170.50万元", "基本支出预算19180.50万元"),
                s.heading(), replace(s.children()))).toList();
    }

    @Test
    void checkReportsThePairAsOneWithEachEvidencesFile() throws Exception {
        Path[] m = models();
        CliRun r = CliRun.run("check", m[1].toString(), m[0].toString(), "--format", "json");
        assertEquals(FiscalCli.EXIT_FINDINGS, r.code(), r.err());
        // several inputs: JSON Lines, an object per report
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(1, lines.size(), "the pair replaces its members' reports: " + r.out().substring(0, Math.min(300, r.out().length())));
        JsonNode all = FiscalJson.mapper().readTree(lines.get(0));
        assertTrue(all.get("file").asText().matches(".*narrative\\.json \\+ .*tables\\.json"), all.get("file").asText());
        JsonNode findings = all.get("findings");
        JsonNode tie = null;
        for (JsonNode f : findings) if (f.get("rule").asText().equals("narr.table_totals")) tie = f;
        assertTrue(tie != null, "narrative against the companion's 支出总表");
        assertEquals("2026_北京市司法局_部门预算.pdf", tie.get("evidence").get(0).get("file").asText());
        assertEquals("2026_北京市司法局_部门预算_表.pdf", tie.get("evidence").get(1).get("file").asText());
        assertEquals(8, tie.get("evidence").get(1).get("page").asInt());

        // alone, each file is its own report and the narrative has no table to meet
        CliRun alone = CliRun.run("check", m[0].toString(), "--format", "json");
        assertFalse(alone.out().contains("narr.table_totals"), alone.out());
    }

    @Test
    void batchWritesThePairBesideTheResults() throws Exception {
        Path[] m = models();
        StringWriter err = new StringWriter();
        List<BatchSummary.FileEntry> files = List.of(
                new BatchSummary.FileEntry("n.pdf", "narrative.json", "done", null, null, null, null, null),
                new BatchSummary.FileEntry("t.pdf", "tables.json", "done", null, null, null, null, null));
        Path stale = dir.resolve("pairs/old+gone.pair.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{}");
        assertEquals(1, BatchPairs.run(dir, files, new PrintWriter(err)), err.toString());
        Path pair = dir.resolve("pairs/narrative+tables.pair.json");
        assertTrue(Files.exists(pair));
        assertFalse(Files.exists(stale), "a pair file of an earlier run that no longer pairs is removed");
        FiscalDocument doc = FiscalJson.read(pair);
        assertEquals("2026_北京市司法局_部门预算_表.pdf", doc.document().companion().file());
        assertTrue(doc.findings().stream().anyMatch(f -> f.rule().equals("narr.table_totals")
                && "2026_北京市司法局_部门预算_表.pdf".equals(f.evidence().get(1).file())));
        // the export reads the members, not the pair file again as a third document
        CliRun export = CliRun.run("export", "--format", "csv", dir.toString(), "-o", dir.resolve("csv").toString());
        assertEquals(0, export.code(), export.err());
        long documents = Files.readAllLines(dir.resolve("csv/documents.csv")).size() - 1;
        assertEquals(2, documents);
    }
}
