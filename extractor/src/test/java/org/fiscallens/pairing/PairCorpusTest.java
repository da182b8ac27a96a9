package org.fiscallens.pairing;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Section;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real report published as two files (Beijing: 北京市司法局 2026, narrative + 报表) pairs, and checked as a pair
 * its narrative's figures meet the companion's cells: the narrative's 基本支出预算19170.50万元 ties to the 支出总表's
 * 合计 基本支出 19,170.497196 (p.8 of the tables file); changed by 10万元 it is flagged, with each side's file named.
 * Skipped where corpus/more is absent.
 */
class PairCorpusTest {

    private static final String NARRATIVE = "beijing/2026_北京市司法局_部门预算.pdf";
    private static final String TABLES = "beijing/2026_北京市司法局_部门预算_表.pdf";

    @Test
    void theNarrativeMeetsTheCompanionsTables() {
        Path more = Corpus.more();
        assumeTrue(Files.exists(more.resolve(NARRATIVE)) && Files.exists(more.resolve(TABLES)), "Beijing pair absent: skipping");
        FiscalDocument narrative = Corpus.extract(more.resolve(NARRATIVE));
        FiscalDocument tables = Corpus.extract(more.resolve(TABLES));

        List<Pairs.Pair<String>> pairs = Pairs.find(List.of(Pairs.Member.of(tables, "tables"), Pairs.Member.of(narrative, "narrative")));
        assertEquals(1, pairs.size(), "one pair");
        assertEquals("narrative", pairs.get(0).narrative().ref());
        assertEquals("tables", pairs.get(0).companion().ref());

        FiscalDocument pair = PairedReport.check(narrative, tables, 1);
        assertEquals("2026_北京市司法局_部门预算_表.pdf", pair.document().companion().file());
        assertEquals(tables.source().sha256(), pair.document().companion().sha256());
        assertTrue(pair.findings().stream().noneMatch(f -> f.rule().equals("narr.table_totals")),
                "19170.50万元 meets 19170.497196: " + pair.findings());

        // The same narrative stating 19180.50万元: alone it has no table to meet; paired, the 支出总表 contradicts it.
        FiscalDocument wrong = withText(narrative, "基本支出预算19170.50万元", "基本支出预算19180.50万元");
        assertTrue(org.fiscallens.checks.Checker.check(wrong, null).stream().noneMatch(f -> f.rule().equals("narr.table_totals")));
        Finding f = PairedReport.check(wrong, tables, 1).findings().stream()
                .filter(x -> x.rule().equals("narr.table_totals")).findFirst().orElse(null);
        assertNotNull(f, "the changed 基本支出 is flagged against the companion's 支出总表");
        Evidence text = f.evidence().get(0), cell = f.evidence().get(1);
        assertEquals("2026_北京市司法局_部门预算.pdf", text.file());
        assertTrue(text.quote().contains("19180.50"), text.quote());
        assertEquals("2026_北京市司法局_部门预算_表.pdf", cell.file());
        assertEquals(8, cell.page(), "the 支出总表's 合计 row is on p.8 of the tables file");
        assertTrue(cell.quote().contains("19170.497196"), cell.quote());
    }

    private static FiscalDocument withText(FiscalDocument d, String from, String to) {
        String joined = String.join("\n", texts(d.sections()));
        assumeTrue(joined.replaceAll("\\s+", "").contains(from), "narrative text changed: " + from + " not found");
        // the facts stage reads the changed figure too (the checks read facts[], not the text)
        java.math.BigDecimal was = new java.math.BigDecimal(from.replaceAll("[^0-9.]", "")), now = new java.math.BigDecimal(to.replaceAll("[^0-9.]", ""));
        List<org.fiscallens.model.Fact> facts = d.facts().stream().map(f -> f.value() == null || f.value().compareTo(was) != 0
                || !f.quote().replaceAll("\\s+", "").contains(was.toPlainString()) ? f
                : new org.fiscallens.model.Fact(f.key(), f.label(), now, f.unit(), f.year(), f.comparison(), f.section(), f.page(),
                        f.quote().replace(was.toPlainString(), now.toPlainString()), f.box(), f.subject(), f.direction(), f.basis(),
                        f.sectionTitle(), f.flags(), f.claim(), null)).toList();
        return new FiscalDocument(d.schemaVersion(), d.tool(), d.source(), d.document(), replace(d.sections(), from, to),
                d.tables(), facts, d.projects(), List.of());
    }

    private static List<String> texts(List<Section> sections) {
        return sections.stream().flatMap(s -> java.util.stream.Stream.concat(
                java.util.stream.Stream.ofNullable(s.text()), texts(s.children()).stream())).toList();
    }

    private static List<Section> replace(List<Section> sections, String from, String to) {
        return sections.stream().map(s -> new Section(s.number(), s.title(), s.level(), s.style(), s.pages(),
                s.text() == null ? null : s.text().replace(from, to), s.heading(), replace(s.children(), from, to))).toList();
    }
}
