package org.fiscallens.bench;

import org.fiscallens.facts.NumberScanner;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.pipeline.DocumentExtractor;
import org.fiscallens.sections.Paragraph;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MutationBenchTest {

    private static final SourceInfo SOURCE = new SourceInfo("synthetic.pdf", null, 1, null, null, List.of(), List.of());

    /** Glyphs of a line set from x0 at top in one size: one glyph per character, Latin and digits half as wide. */
    private static List<Glyph> line(double x0, double top, double size, String text) {
        List<Glyph> out = new ArrayList<>();
        double x = x0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            double w = cp < 0x2000 ? size * 0.5 : size;
            out.add(new Glyph(new String(Character.toChars(cp)), new Box(x, top, x + w, top + size), "SimSun", size, 0));
            x += w;
            k += Character.charCount(cp);
        }
        return out;
    }

    /** A page of a 2023 final-accounts report whose total is wrapped over two lines (2940. | 05万元). */
    private static List<PageLayout> report() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(line(150, 80, 20, "某区卫生健康局2023年度部门决算"));
        g.addAll(line(114, 160, 12, "一、收入支出决算总体情况"));
        // the first line runs to the right margin (x 506): the paragraph goes on in the next line
        g.addAll(line(114, 190, 12, "本部门（含下属各单位）2023年度全部收入总计与支出总计数额均为2940."));
        g.addAll(line(90, 208, 12, "05万元，比2022年增加120.5万元，增长4.3%。"));
        g.addAll(line(114, 226, 12, "卫生健康支出（类）公共卫生（款）支出800.00万元。"));
        g.addAll(line(114, 244, 12, "其他收入为300.00万元，占本年收入10.20%。本年无结转结余资金，年末"));
        g.addAll(line(90, 262, 12, "无结余。"));
        g.addAll(line(114, 290, 12, "主要用于住房公积金发放。"));
        PageLayout blank = new PageLayout(1, 595, 842, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "text");
        return List.of(PageMutator.rebuild(blank, g));
    }

    private static String pageText(PageLayout p) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : p.lines()) b.append(l.text()).append('\n');
        return b.toString();
    }

    private static int glyphAt(PageLayout p, String text, double top) {
        for (int i = 0; i < p.glyphs().size(); i++) {
            Glyph g = p.glyphs().get(i);
            if (g.text().equals(text) && Math.abs(g.box().top() - top) < 0.5) return i;
        }
        throw new AssertionError("no glyph " + text + " at " + top);
    }

    @Test
    void aMutatedPageReadsTheChangedFigure() {
        List<PageLayout> pages = report();
        PageLayout p = pages.get(0);
        // 800.00 → 860.00: the "0" after the 8 on the line at 226
        int eight = glyphAt(p, "8", 226);
        List<PageLayout> mutated = PageMutator.apply(pages, new PageMutator.Edit(1, List.of(eight + 1), "6"));
        assertTrue(pageText(mutated.get(0)).contains("支出860.00万元"), pageText(mutated.get(0)));
        assertFalse(pageText(mutated.get(0)).contains("800.00"));
        // positions kept, the other glyphs the same
        assertEquals(p.glyphs().get(eight + 1).box(), mutated.get(0).glyphs().get(eight + 1).box());
        assertEquals(p.glyphs().size(), mutated.get(0).glyphs().size());
        FiscalDocument doc = DocumentExtractor.fromPages(mutated, SOURCE, 1);
        assertTrue(doc.facts().stream().anyMatch(f -> f.value() != null && f.value().compareTo(new BigDecimal("860.00")) == 0),
                "the facts read the changed figure: " + doc.facts());
    }

    @Test
    void aDigitInsideAWrappedNumberIsMutatedWhereItIsPrinted() {
        List<PageLayout> pages = report();
        FiscalDocument base = DocumentExtractor.fromPages(pages, SOURCE, 1);
        assertTrue(hasValue(base, "2940.05"), "the wrapped total is read whole: " + base.facts());
        // the paragraph's text maps every character of 2940.05 to its glyph, across the line break
        List<Paragraph> paragraphs = DocumentExtractor.paragraphs(DocumentExtractor.layout(pages));
        Paragraph para = paragraphs.stream().filter(x -> x.text().contains("2940.")).findFirst().orElseThrow();
        PageMutator.GlyphRef[] at = PageMutator.glyphsOf(para, PageMutator.index(pages));
        // the lines are joined with a blank (2940. 05): the blank is no glyph
        int five = para.text().indexOf("05万元") + 1;
        assertEquals(null, at[five - 2]);
        assertEquals("5", at[five].glyph().text());
        assertEquals(208.0, at[five].glyph().box().top(), 0.01);
        assertEquals(190.0, at[five - 4].glyph().box().top(), 0.01); // the 0 before the point, on line one
        assertEquals("0", at[five - 4].glyph().text());
        // change the 5 on the second line: the document now reads 2940.07
        FiscalDocument mutated = DocumentExtractor.fromPages(
                PageMutator.apply(pages, new PageMutator.Edit(1, List.of(at[five].index()), "7")), SOURCE, 1);
        assertTrue(hasValue(mutated, "2940.07"), "" + mutated.facts());
        assertFalse(hasValue(mutated, "2940.05"));
        // the bench offers the wrapped figure as one amount, its box over both lines
        MutationBench.Mutant m = MutationBench.candidates(pages, base, new Random(1)).stream()
                .filter(x -> x.kind() == MutationBench.Kind.AMOUNT && x.original().equals("2940.05")).findFirst().orElseThrow();
        assertTrue(m.box().top() <= 190 && m.box().bottom() >= 220, "" + m.box());
        assertFalse(m.mutated().equals(m.original()));
        assertEquals(7, m.mutated().length());
    }

    private static boolean hasValue(FiscalDocument doc, String v) {
        return doc.facts().stream().anyMatch(f -> f.value() != null && f.value().compareTo(new BigDecimal(v)) == 0);
    }

    @Test
    void everyClassMutatesWhatItSays() {
        List<PageLayout> pages = report();
        FiscalDocument base = DocumentExtractor.fromPages(pages, SOURCE, 1);
        assertEquals(2023, base.document().fiscalYear());
        Map<MutationBench.Kind, List<MutationBench.Mutant>> by = MutationBench.byKind(MutationBench.candidates(pages, base, new Random(3)));
        for (MutationBench.Mutant m : by.values().stream().flatMap(List::stream).toList()) {
            String after = NumberScanner.fold(pageText(PageMutator.apply(pages, m.edit()).get(0)).replace("\n", ""));
            String before = pageText(pages.get(0)).replace("\n", "");
            assertFalse(after.equals(before), "a mutation changes the text: " + m);
            switch (m.kind()) {
                case AMOUNT, RATE -> {
                    // one digit changed, the number keeps its length and the digit is another
                    assertEquals(m.original().length(), m.mutated().length());
                    int diff = 0;
                    for (int i = 0; i < m.original().length(); i++) if (m.original().charAt(i) != m.mutated().charAt(i)) diff++;
                    assertEquals(1, diff, m.toString());
                    assertTrue(after.contains(m.mutated()), after + " / " + m);
                }
                case YEAR -> {
                    assertEquals("2022", m.original());
                    assertTrue(m.mutated().equals("2021") || m.mutated().equals("2023"), m.toString());
                    assertTrue(after.contains("比" + m.mutated() + "年"), after);
                }
                case EMPTY -> {
                    // the slot closes up: 其他收入为万元
                    assertFalse(after.contains(m.original() + "万元"), after);
                    if (m.original().equals("300.00")) assertTrue(after.contains("其他收入为万元"), after);
                }
                case NAME -> assertTrue(after.contains(m.mutated()) && !m.mutated().equals(m.original()), after);
                case CELL -> throw new AssertionError("no table on the page");
            }
        }
        assertTrue(by.get(MutationBench.Kind.AMOUNT).size() >= 3);
        assertTrue(by.get(MutationBench.Kind.RATE).size() >= 2);
        assertEquals(1, by.get(MutationBench.Kind.YEAR).size());
        // 卫生健康支出 is the new name of class 210: it becomes its old name 医疗卫生与计划生育支出 (longer, same box)
        MutationBench.Mutant rename = by.get(MutationBench.Kind.NAME).stream().filter(m -> m.original().equals("卫生健康支出"))
                .findFirst().orElseThrow();
        assertEquals("医疗卫生与计划生育支出", rename.mutated());
        PageLayout renamed = PageMutator.apply(pages, rename.edit()).get(0);
        assertTrue(pageText(renamed).contains("医疗卫生与计划生育支出（类）公共卫生（款）"), pageText(renamed));
        MutationBench.Mutant swap = by.get(MutationBench.Kind.NAME).stream().filter(m -> m.original().equals("公共卫生"))
                .findFirst().orElseThrow(() -> new AssertionError(by.get(MutationBench.Kind.NAME).toString()));
        assertEquals("卫生公共", swap.mutated());
        // a 科目 marked by its level has a counterpart; the same kind of name in running prose has none
        assertTrue(rename.counterpart() && swap.counterpart());
        MutationBench.Mutant prose = by.get(MutationBench.Kind.NAME).stream().filter(m -> m.original().equals("住房公积金"))
                .findFirst().orElseThrow();
        assertFalse(prose.counterpart());
        assertEquals("公积金住房", prose.mutated());
    }

    @Test
    void theSameSeedDrawsTheSameMutants() {
        List<PageLayout> pages = report();
        FiscalDocument base = DocumentExtractor.fromPages(pages, SOURCE, 1);
        List<MutationBench.Mutant> a = MutationBench.candidates(pages, base, new Random(42));
        List<MutationBench.Mutant> b = MutationBench.candidates(pages, base, new Random(42));
        assertEquals(a, b);
        boolean differs = false;
        for (long s = 1; s < 20 && !differs; s++) differs = !MutationBench.candidates(pages, base, new Random(s)).equals(a);
        assertTrue(differs, "the seed decides the digits drawn");
    }

    @Test
    void detectionCountsNewFindingsThatCiteTheChangedPlace() {
        Box place = new Box(200, 100, 240, 112);
        MutationBench.Mutant m = new MutationBench.Mutant(MutationBench.Kind.AMOUNT, new PageMutator.Edit(3, List.of(7), "6"),
                "800.00", "860.00", place, "860.00", "支出860.00万元。", true);
        Finding old = finding("a.old", 3, "支出800.00万元", place);
        Finding elsewhere = finding("b.elsewhere", 4, "支出860.00万元", place);
        Finding apart = finding("c.apart", 3, "收入总计2940.05万元", new Box(300, 400, 340, 412));
        Finding overlapping = finding("d.box", 3, "另一句", new Box(90, 98, 506, 114));
        Finding quoted = finding("e.quote", 3, "支出860. 00万元，增长…", null);
        // a finding the unchanged document has already is no detection, even where it cites the place
        assertEquals(List.of(), MutationBench.detecting(m, List.of(old), List.of(old)));
        assertEquals(List.of(), MutationBench.detecting(m, List.of(old), List.of(old, elsewhere, apart)));
        assertEquals(List.of("d.box"), MutationBench.detecting(m, List.of(old), List.of(old, apart, overlapping)));
        assertEquals(List.of("e.quote"), MutationBench.detecting(m, List.of(), List.of(quoted, elsewhere)));
        // the unchanged document flagged the place by the same rule already: the finding that follows the change
        // (its quote now holds the new figure) is no detection; another rule's finding there is
        Finding before = finding("e.quote", 3, "支出800. 00万元，增长…", null);
        assertEquals(List.of(), MutationBench.detecting(m, List.of(before), List.of(quoted)));
        assertEquals(List.of("d.box"), MutationBench.detecting(m, List.of(before), List.of(quoted, overlapping)));
        // an observation (info: a rate cut rather than rounded) there before, an error of the same rule after: new
        Finding noted = new Finding("e.quote", "test", Severity.INFO, "e.quote", List.of(Evidence.text(3, "支出800. 00万元，增长…", null)), null);
        assertEquals(List.of("e.quote"), MutationBench.detecting(m, List.of(noted), List.of(quoted)));
        List<MutationBench.Outcome> outcomes = List.of(
                new MutationBench.Outcome("amount", true, 3, "800.00", "860.00", "", true, List.of("d.box")),
                new MutationBench.Outcome("amount", true, 3, "12.5", "19.5", "", false, List.of()),
                new MutationBench.Outcome("cell", true, 5, "1.00", "7.00", "", true, List.of("table.row_sum")));
        Map<String, int[]> t = MutationBench.tally(outcomes);
        assertEquals(2, t.get("amount")[0]);
        assertEquals(1, t.get("amount")[1]);
        assertEquals(1, t.get("cell")[0]);
        assertEquals(1, t.get("cell")[1]);
        assertEquals(0, t.get("rate")[0]);
    }

    @Test
    void aMutantOfTheSyntheticReportIsDetectedOrNotByTheRealRun() {
        // end to end on the synthetic page: the run counts exactly the outcomes' detected flags
        List<PageLayout> pages = report();
        FiscalDocument base = DocumentExtractor.fromPages(pages, SOURCE, 1);
        List<MutationBench.Mutant> ms = MutationBench.candidates(pages, base, new Random(9));
        assertFalse(ms.isEmpty());
        for (MutationBench.Mutant m : ms.subList(0, Math.min(3, ms.size()))) {
            MutationBench.Outcome o = MutationBench.outcome(m, pages, SOURCE, base, 1);
            FiscalDocument doc = DocumentExtractor.fromPages(PageMutator.apply(pages, m.edit()), SOURCE, 1);
            assertEquals(!MutationBench.detecting(m, base.findings(), doc.findings()).isEmpty(), o.detected());
        }
    }

    @Test
    void aCellMutantChangesTheCellTheTableReads() throws Exception {
        java.nio.file.Path seed = org.fiscallens.corpus.Corpus.seedPdf();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(seed), "no seed PDF at " + seed);
        List<PageLayout> pages;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.fiscallens.pdf.PdfOpener.open(seed, null)) {
            pages = org.fiscallens.pdf.ParallelPageReader.readAll(pdf, null, null, null, 1);
        }
        FiscalDocument base = DocumentExtractor.fromPages(pages, SOURCE, 1);
        List<MutationBench.Mutant> cells = MutationBench.candidates(pages, base, new Random(5)).stream()
                .filter(m -> m.kind() == MutationBench.Kind.CELL && m.counterpart()).toList();
        assertTrue(cells.size() > 50, "cells of the standard tables: " + cells.size());
        for (MutationBench.Mutant m : List.of(cells.get(0), cells.get(cells.size() / 2), cells.get(cells.size() - 1))) {
            FiscalDocument doc = DocumentExtractor.fromPages(PageMutator.apply(pages, m.edit()), SOURCE, 1);
            // the table reads the changed cell at the same place: its text and a row value that is the new figure
            boolean read = doc.tables().stream().filter(t -> t.cells() != null).flatMap(t -> t.cells().stream())
                    .anyMatch(c -> c.page() == m.page() && c.box().equals(m.box()) && m.mutated().equals(c.text()));
            assertTrue(read, "the table reads " + m.mutated() + ": " + m);
            BigDecimal v = org.fiscallens.tables.structure.Amounts.parse(m.mutated());
            assertTrue(doc.tables().stream().flatMap(t -> t.rows().stream()).filter(r -> r.page() == m.page())
                    .anyMatch(r -> r.values().values().stream().anyMatch(x -> x != null && x.compareTo(v) == 0)), m.toString());
            assertFalse(m.mutated().equals(m.original()));
        }
    }

    @Test
    void aChangeInsideTheRoundingOfItsSourcesIsNoMutantWithACounterpart() {
        // 2416.43 stated as 233.1 + 2183.33: the computation allows 2416.38 … 2416.48
        org.fiscallens.model.Tie sum = new org.fiscallens.model.Tie(org.fiscallens.model.Tie.Status.AGREES, List.of(
                new org.fiscallens.model.TieSource.Computed("233.1 + 2183.33", List.of(new BigDecimal("2416.38"), new BigDecimal("2416.48")),
                        List.of(), true)));
        Fact total = new Fact(null, "总额", new BigDecimal("2416.43"), "万元", 2019, null, "一", 1, "总额2416.43万元", null).withTie(sum);
        FiscalDocument doc = new FiscalDocument(FiscalDocument.SCHEMA_VERSION, "t", SOURCE, null, List.of(), List.of(), List.of(total),
                List.of(), List.of());
        assertFalse(MutationBench.detectable(total, new BigDecimal("2416.44"), doc));
        assertTrue(MutationBench.detectable(total, new BigDecimal("2416.53"), doc));
        // a cell in yuan: 1,234,500.00 元 ties 123.45万元; 123.46万元 is 100 yuan away, more than the 50 its rounding allows
        org.fiscallens.model.Tie cell = new org.fiscallens.model.Tie(org.fiscallens.model.Tie.Status.AGREES, List.of(
                new org.fiscallens.model.TieSource.CellRef("expenditure", 3, "行政运行", "2010101", "合计", new BigDecimal("1234500.00"), "元", true)));
        Fact f = new Fact(null, "行政运行", new BigDecimal("123.45"), "万元", 2019, null, "一", 1, "", null).withTie(cell);
        assertTrue(MutationBench.detectable(f, new BigDecimal("123.46"), doc));
        assertTrue(MutationBench.detectable(f, new BigDecimal("128.45"), doc));
        // a cell printed to one place in 万元 (123.5) allows 123.45 ± 0.055: 123.46 cannot be told from it, 123.65 can
        org.fiscallens.model.Tie coarse = new org.fiscallens.model.Tie(org.fiscallens.model.Tie.Status.AGREES, List.of(
                new org.fiscallens.model.TieSource.CellRef("expenditure", 3, "行政运行", "2010101", "合计", new BigDecimal("123.5"), "万元", true)));
        assertFalse(MutationBench.detectable(f.withTie(coarse), new BigDecimal("123.46"), doc));
        assertTrue(MutationBench.detectable(f.withTie(coarse), new BigDecimal("123.65"), doc));
        // no source it agrees with: nothing to tell the change by
        assertFalse(MutationBench.detectable(f.withTie(org.fiscallens.model.Tie.UNTIED), new BigDecimal("923.45"), doc));
        // a decrease: 支出376.88万元，减少41.87万元，减少10%; the rate and the current figure allow a change of −44.22 … −39.56
        org.fiscallens.model.Tie implied = new org.fiscallens.model.Tie(org.fiscallens.model.Tie.Status.AGREES, List.of(
                new org.fiscallens.model.TieSource.Computed("376.88 × -10 ÷ (100 + -10)",
                        List.of(new BigDecimal("-44.215559"), new BigDecimal("-39.561464")), List.of(), true)));
        Fact down = new Fact(null, "减少", new BigDecimal("41.87"), "万元", 2019, "上年", "一", 1, "与上年相比减少41.87万元",
                null, null, "减少", null, null, null).withTie(implied);
        assertFalse(MutationBench.detectable(down, new BigDecimal("41.97"), doc), "a decrease of 41.97 is as much 10% of 418.85");
        assertTrue(MutationBench.detectable(down, new BigDecimal("48.87"), doc));
    }

    private static Finding finding(String rule, int page, String quote, Box box) {
        return new Finding(rule, "test", Severity.ERROR, rule, List.of(Evidence.text(page, quote, box)), null);
    }
}
