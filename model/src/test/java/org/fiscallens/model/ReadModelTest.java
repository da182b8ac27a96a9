package org.fiscallens.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** FiscalJson.readModel: a model read exactly (amounts keep their scale, lines kept), anything else refused with a reason. */
class ReadModelTest {

    static FiscalDocument doc() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("合计", new BigDecimal("873617.00"));
        values.put("基本支出", new BigDecimal("0.00"));
        Table t = new Table("general_budget_expenditure", "一般公共预算支出表", "元", List.of(15), "lattice", List.of("合计", "基本支出"),
                List.of(new TableRow("2080506", "机关事业单位职业年金缴费支出", "项", null, values, 15, new Box(1, 2, 3, 4))), null, null);
        Fact f = new Fact(null, "x", new BigDecimal("87.70"), "万元", 2025, null, "一", 7, "87.70万元", null);
        return new FiscalDocument(1, "t", new SourceInfo("a.pdf", "0".repeat(64), 20, null, null),
                new DocumentInfo(DocumentKind.BUDGET, Scope.DEPARTMENT, 2025, "某局", null, null), List.of(), List.of(t),
                List.of(f), List.of(), List.of(), List.of(new Provenance(7, new Box(86.52, 372.73, 783.02, 386.73), "5.行政单位离退休87.70万元，")));
    }

    @Test
    void aModelIsReadExactly(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("m.json");
        Files.writeString(p, FiscalJson.write(doc()));
        FiscalDocument back = FiscalJson.readModel(p);
        assertEquals(doc(), back);
        // the scale of every amount as printed: 873617.00 is not 873617, 87.70 not 87.7
        assertEquals("873617.00", back.tables().get(0).rows().get(0).values().get("合计").toPlainString());
        assertEquals("0.00", back.tables().get(0).rows().get(0).values().get("基本支出").toPlainString());
        assertEquals("87.70", back.facts().get(0).value().toPlainString());
        assertEquals(1, back.lines().size());
        // and a tree of it too (what a re-serialisation goes through)
        assertEquals("873617.00", FiscalJson.mapper().readTree(Files.readString(p)).at("/tables/0/rows/0/values/合计").decimalValue().toPlainString());
    }

    @Test
    void aModelWrittenBeforeLinesIsStillRead(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("old.json");
        String json = FiscalJson.write(doc().withLines(List.of()));
        Files.writeString(p, json.replaceAll(",\\s*\"lines\"\\s*:\\s*\\[\\s*\\]", ""));
        assertFalse(Files.readString(p).contains("\"lines\""));
        assertEquals(List.of(), FiscalJson.readModel(p).lines());
    }

    static String refusal(Path dir, String content) throws IOException {
        Path p = dir.resolve("x.json");
        Files.writeString(p, content);
        IOException e = assertThrows(IOException.class, () -> FiscalJson.readModel(p));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void anythingElseIsRefusedWithItsReason(@TempDir Path dir) throws IOException {
        assertTrue(refusal(dir, "[1, 2]").startsWith("a JSON array"));
        assertTrue(refusal(dir, "\"model\"").startsWith("a JSON string"));
        assertTrue(refusal(dir, "{\"a\": 1}").startsWith("no schemaVersion"));
        assertTrue(refusal(dir, "{\"schemaVersion\": \"1\"}").startsWith("schemaVersion \"1\""));
        assertTrue(refusal(dir, "{\"schemaVersion\": 1, \"source\": {}, \"document\": {}, \"sections\": {}}").startsWith("no \"sections\" array"));
        assertTrue(refusal(dir, "").startsWith("empty file"), refusal(dir, ""));
        assertTrue(refusal(dir, "{oops").startsWith("not valid JSON"));
    }
}
