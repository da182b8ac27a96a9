package org.fiscallens.projects;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Cell;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Project;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's six 项目支出绩效自评表 (pages 35–40) as the whole pipeline extracts them: the table engine's merged-cell
 * grids equal the grids written by hand from the page images (corpus/expected/projects/), and the projects of the
 * extraction carry every figure and indicator row those hand grids give.
 */
class SeedProjectsFromTablesTest {

    private static final String[] FILES = {"seed_p35_2-1.tsv", "seed_p36_2-2.tsv", "seed_p37_2-3.tsv",
            "seed_p38_2-4.tsv", "seed_p39_2-5.tsv", "seed_p40_2-6.tsv"};

    private static List<Cell> hand(int i) {
        return GridTsv.read(Corpus.expected().resolve("projects").resolve(FILES[i]), 35 + i);
    }

    private static List<Table> selfAssessments(FiscalDocument doc) {
        return doc.tables().stream().filter(t -> ProjectReader.TABLE_KIND.equals(t.kind())).toList();
    }

    private static String squeeze(String s) {
        return s == null ? "" : s.replaceAll("\\s", "");
    }

    @Test
    void theTableEngineGivesTheHandWrittenGrids() {
        List<Table> tables = selfAssessments(Corpus.extract(Corpus.seedPdf()));
        assertEquals(6, tables.size(), "six 自评表 typed performance_self_assessment");
        for (int i = 0; i < 6; i++) {
            Table t = tables.get(i);
            assertEquals(List.of(35 + i), t.pages(), FILES[i]);
            assertNotNull(t.cells(), FILES[i]);
            Map<String, Cell> real = new HashMap<>();
            for (Cell c : t.cells()) real.put(c.row() + "," + c.col(), c);
            List<String> hand = new ArrayList<>();
            for (Cell h : hand(i)) {
                String at = h.row() + "," + h.col();
                hand.add(at);
                Cell c = real.get(at);
                assertNotNull(c, FILES[i] + ": no cell at " + at + " (" + h.text() + ")");
                assertEquals(h.rowSpan() + "x" + h.colSpan(), c.rowSpan() + "x" + c.colSpan(), FILES[i] + " spans at " + at);
                // Line breaks inside a cell follow the rendering; the text is the same.
                assertEquals(squeeze(h.text()), squeeze(c.text()), FILES[i] + " text at " + at);
                assertEquals(35 + i, c.page());
                assertNotNull(c.box(), FILES[i] + " box at " + at);
            }
            // The hand grids leave out the empty cells of the 其中/上年结转/其他资金 rows; the engine keeps them, empty.
            for (Cell c : t.cells()) {
                if (!hand.contains(c.row() + "," + c.col())) assertEquals("", c.text().strip(), FILES[i] + " extra cell " + c);
            }
        }
    }

    @Test
    void theExtractionsProjectsCarryEveryFigureAndIndicatorOfTheTables() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        List<Project> fromTables = doc.projects().stream().filter(p -> p.sources() != null && p.sources().contains("table")).toList();
        assertEquals(6, fromTables.size(), doc.projects().toString());
        for (int i = 0; i < 6; i++) {
            Project want = PerformanceGridReader.read(hand(i));
            Project got = fromTables.get(i);
            String f = FILES[i];
            assertEquals(want.name(), got.name(), f);
            assertEquals(want.department(), got.department(), f);
            assertEquals(want.implementer(), got.implementer(), f);
            assertEquals(want.initialBudget(), got.initialBudget(), f);
            assertEquals(want.annualBudget(), got.annualBudget(), f + ": scale kept as printed");
            assertEquals(want.executed(), got.executed(), f);
            assertEquals(want.executionRate(), got.executionRate(), f);
            assertEquals(want.weight(), got.weight(), f);
            assertEquals(want.score(), got.score(), f);
            assertEquals(want.totalWeight(), got.totalWeight(), f);
            assertEquals(want.totalScore(), got.totalScore(), f);
            assertEquals(want.indicators(), got.indicators(), f);
            // Merged with its narrative summary (第三部分 pages 17–18), which adds its page.
            assertEquals(List.of("table", "narrative"), got.sources(), f);
            assertTrue(got.pages().contains(35 + i) && got.pages().size() == 2, f + " " + got.pages());
        }
        // The hand-verified figures themselves (the printed tables), so the comparison cannot pass on two wrong readings.
        assertEquals("区工伤保险", fromTables.get(4).name());
        assertEquals(List.of("工伤保险"), fromTables.get(4).aliases(), "the narrative's wording");
        assertEquals("929.57|824.77|88.73|8", fromTables.get(3).annualBudget() + "|" + fromTables.get(3).executed() + "|"
                + fromTables.get(3).executionRate() + "|" + fromTables.get(3).indicators().size());
        assertEquals("50.00", fromTables.get(0).annualBudget().toPlainString());
        assertEquals("≦50万元", fromTables.get(0).indicators().get(2).target());
        assertEquals("48.51万元", fromTables.get(0).indicators().get(2).actual());
    }
}
