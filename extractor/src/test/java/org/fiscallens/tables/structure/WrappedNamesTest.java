package org.fiscallens.tables.structure;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A 科目名称 wrapped onto two lines keeps its row, and the rows after it are read. */
class WrappedNamesTest {

    static TableRow row(String code, String name, String value) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("合计", value == null ? null : new BigDecimal(value));
        return new TableRow(code, name, Codes.level(code), null, v, 1, null);
    }

    @Test
    void piecesAroundTheFiguresJoinTheirRow() {
        // a stream grid: 机关事业单位基本养老保险缴 / 2080505 … 398.88 / 费支出, then the next wrapped row
        List<TableRow> rows = List.of(
                row("2080502", "事业单位离退休", "47.42"),
                row(null, "机关事业单位基本养老保险缴", null),
                row("2080505", null, "398.88"),
                row(null, "费支出", null),
                row(null, "机关事业单位职业年金缴费支", null),
                row("2080506", null, "199.44"),
                row(null, "出", null),
                row("210", "卫生健康支出", "6.71"));
        List<TableRow> out = RowReader.joinWrappedNames(rows, List.of(5, 6, 7, 8, 9, 10, 11, 12), true);
        assertEquals(List.of("事业单位离退休", "机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出", "卫生健康支出"),
                out.stream().map(TableRow::name).toList());
        assertEquals(List.of("2080502", "2080505", "2080506", "210"), out.stream().map(TableRow::code).toList());
    }

    @Test
    void aSecondLineBelowACodedNamedRowContinuesItsNameWithoutRulings() {
        List<TableRow> rows = List.of(
                row("2080505", "机关事业单位基本养老保险缴费", "10387.06"),
                row(null, "支出", null),
                row("2080506", "机关事业单位职业年金缴费支出", "4341.95"));
        assertEquals(List.of("机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出"),
                RowReader.joinWrappedNames(rows, List.of(3, 4, 5), true).stream().map(TableRow::name).toList());
        // a ruled grid puts a wrapped name in one cell: a lone name line there is a row of its own
        assertEquals(3, RowReader.joinWrappedNames(rows, List.of(3, 4, 5), false).size());
    }

    @Test
    void labelsAndTotalsAreNotPieces() {
        List<TableRow> rows = List.of(
                row(null, "其中：基本支出", null),
                row(null, null, "5.00"),
                row(null, "合计", null));
        assertEquals(3, RowReader.joinWrappedNames(rows, List.of(0, 1, 2), true).size());
    }

    /**
     * 广州市气象局 2026 本年支出总体情况表 (pages 8–9): rulings drawn as thin filled polygons, two names wrapped onto
     * two lines. Read without its rulings the table stopped at the first wrapped name and lost its continuation.
     */
    @Test
    void realTableWithWrappedNamesKeepsEveryRow() {
        Path pdf = Corpus.more().resolve("guangdong/2026_广州市气象局_部门预算.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(pdf), "corpus/more/guangdong/2026_广州市气象局_部门预算.pdf not found: skipping");
        FiscalDocument doc = Corpus.extract(pdf);
        Table t = doc.tables().stream().filter(x -> "expenditure".equals(x.kind()) && x.pages().contains(8)).findFirst().orElseThrow();
        assertEquals(List.of(8, 9), t.pages());
        TableRow pension = t.rows().stream().filter(r -> "2080505".equals(r.code())).findFirst().orElseThrow();
        assertEquals("机关事业单位基本养老保险缴费支出", pension.name());
        assertEquals(0, new BigDecimal("398.88").compareTo(pension.values().get("合计")));
        assertTrue(t.rows().stream().anyMatch(r -> "2210203".equals(r.code())), "the continuation's last row 2210203 购房补贴");
        assertEquals(Boolean.TRUE, t.understood(), t.reason());
        List<String> own = doc.findings().stream().filter(f -> f.rule().startsWith("table.") && f.message().contains("《" + t.title() + "》"))
                .map(f -> f.message()).toList();
        assertEquals(List.of(), own);
    }
}
