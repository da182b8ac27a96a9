package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every real PDF: the standard tables present are found and typed (Shanghai documents carry the nine, Jiangsu
 * table files their 9–13), every table has a title and a unit, and the narrative-only Jiangsu files (文字, per
 * CATALOG.tsv) yield no table at all. Prints the kinds found per document.
 */
class TableCorpusTest {
    static final Set<String> NINE = Set.of("income_expenditure_summary", "income", "expenditure", "appropriation_summary",
            "general_budget_expenditure", "general_budget_basic_expenditure", "government_fund", "state_capital", "three_public");
    static final Set<String> JIANGSU_CORE = Set.of("income_expenditure_summary", "income", "general_budget_expenditure",
            "general_budget_basic_expenditure", "three_public", "procurement");

    static Set<String> printedTitleKinds(Path pdf) throws Exception {
        Set<String> out = new TreeSet<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.fiscallens.pdf.PdfOpener.open(pdf, null)) {
            org.fiscallens.pipeline.DocumentExtractor.Layout layout = org.fiscallens.pipeline.DocumentExtractor.layout(doc);
            for (org.fiscallens.layout.PageLayout p : layout.pages()) {
                if (layout.toc().pages().contains(p.number())) continue;
                for (org.fiscallens.layout.TextLine l : p.lines()) {
                    String t = l.text().replaceAll("\\s+", "");
                    if (layout.toc().lines().contains(l) || !org.fiscallens.tables.typing.CaptionFinder.isTitleText(t)) continue;
                    String kind = org.fiscallens.tables.typing.TableKinds.classify(org.fiscallens.tables.typing.CaptionFinder.cleanTitle(t), "");
                    if (NINE.contains(kind)) out.add(kind);
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyStandardTableIsFoundAndTyped() {
        Path real = Corpus.real();
        List<Map<String, String>> catalog = Corpus.tsv(real.resolve("CATALOG.tsv"));
        return catalog.stream().map(entry -> DynamicTest.dynamicTest(entry.get("file"), () -> {
            FiscalDocument doc = Corpus.extract(real.resolve(entry.get("file")));
            List<Table> tables = doc.tables();
            System.out.printf("%-70s %2d tables: %s%n", entry.get("file"), tables.size(),
                    tables.stream().map(t -> t.kind() + "@" + t.pages().get(0)).collect(Collectors.joining(" ")));
            String scope = entry.get("scope");
            if (scope.contains("文字") && !scope.contains("表")) {
                assertEquals(List.of(), tables.stream().map(t -> t.kind() + "@" + t.pages()).toList(),
                        "a narrative-only file has no tables");
                return;
            }
            Set<String> kinds = tables.stream().map(Table::kind).collect(Collectors.toCollection(TreeSet::new));
            // Independent evidence of what is present: the standard table titles printed on the (non-contents) pages.
            Set<String> printed = printedTitleKinds(real.resolve(entry.get("file")));
            Set<String> notFound = new TreeSet<>(printed);
            notFound.removeAll(kinds);
            assertTrue(notFound.isEmpty(), "tables whose title is printed but which were not found: " + notFound);
            if (entry.get("file").startsWith("shanghai/")) {
                Set<String> missing = new TreeSet<>(NINE);
                missing.removeAll(kinds);
                assertTrue(missing.size() <= 1, "standard tables not found: " + missing);
                long standard = tables.stream().filter(t -> NINE.contains(t.kind())).count();
                assertTrue(standard >= 8 && standard <= 9, "Shanghai documents carry 8 to 9 standard tables, found " + standard);
            } else {
                Set<String> missing = new TreeSet<>(JIANGSU_CORE);
                missing.removeAll(kinds);
                assertTrue(missing.isEmpty(), "standard tables not found: " + missing);
                assertTrue(tables.size() >= 9 && tables.size() <= 15, "Jiangsu table files carry ~9-12 tables, found " + tables.size());
            }
            for (Table t : tables) {
                if (t.kind().startsWith("performance")) continue;
                assertNotNull(t.unit(), "unit of " + t.kind() + "@" + t.pages());
                if (!t.kind().equals("other")) assertNotNull(t.title(), "title of " + t.kind() + "@" + t.pages());
            }
            long titled = tables.stream().filter(t -> t.title() != null).count();
            assertTrue(titled >= tables.size() - 1, "untitled tables: " + tables.stream().filter(t -> t.title() == null)
                    .map(t -> t.kind() + "@" + t.pages()).toList());
        }));
    }
}
