package org.fiscallens.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalJsonTest {

    @Test
    void amountsKeepTheirScaleAndNeverBecomeDoubles() throws Exception {
        TableRow row = new TableRow("2080505", "机关事业单位基本养老保险缴费支出", "项", null,
                Map.of("合计", new BigDecimal("31214205.80")), 6, new Box(1, 2, 3, 4));
        Table t = new Table("expenditure", "支出决算表", "元", List.of(6), "lattice", List.of("合计"), List.of(row), null, null);
        Fact f = new Fact("total_income", "本年收入合计", new BigDecimal("2946.25"), "万元", 2024, null, "二", 21, "本年收入合计2946.25万元", null);
        FiscalDocument doc = new FiscalDocument(1, "t", new SourceInfo("a.pdf", "0".repeat(64), 3, null, null),
                new DocumentInfo(DocumentKind.BUDGET, Scope.UNIT, 2025, "上海市普陀区财政局", null, null),
                List.of(), List.of(t), List.of(f), List.of(), List.of());
        String json = FiscalJson.write(doc);
        assertTrue(json.contains("31214205.80"), json);
        assertTrue(json.contains("2946.25"), json);
        assertTrue(json.contains("\"kind\" : \"budget\""), json);
        assertTrue(json.contains("\"box\" : [ 1.0, 2.0, 3.0, 4.0 ]"), json);
        FiscalDocument back = FiscalJson.read(json);
        assertEquals(doc, back);
        assertEquals(new BigDecimal("31214205.80"), back.tables().get(0).rows().get(0).values().get("合计"));
        assertEquals(2, back.facts().get(0).value().scale());
    }

    @Test
    void claimsAndTiesRoundTripWithTheirKinds() throws Exception {
        Claim claim = new Claim("general_budget.class", "社会保障和就业支出", "208", "类", Claim.Measure.ACTUAL,
                Claim.Fund.GENERAL_BUDGET, 2023, Claim.Relation.LEVEL, null, null, null);
        Tie tie = new Tie(Tie.Status.CONTRADICTS, List.of(
                new TieSource.CellRef("general_budget_expenditure", 8, "社会保障和就业支出", "208", "本年支出/合计",
                        new BigDecimal("2035.70"), "万元", false),
                new TieSource.FactRef(3, true),
                new TieSource.Computed("2390.8 × 85.15 ÷ 100", List.of(new BigDecimal("2035.6"), new BigDecimal("2035.8")),
                        List.of(0, 4), true)));
        Fact f = new Fact(null, "社会保障和就业支出", new BigDecimal("2035.69"), "万元", 2023, null, "三.五.二", 14,
                "1.社会保障和就业支出2035.69万元，", null).withClaim(claim).withTie(tie);
        FiscalDocument doc = new FiscalDocument(1, "t", new SourceInfo("a.pdf", "0".repeat(64), 1, null, null),
                DocumentInfo.unknown(), null, null, List.of(f), null, null);
        String json = FiscalJson.write(doc);
        assertTrue(json.contains("\"kind\" : \"cell\""), json);
        assertTrue(json.contains("\"kind\" : \"computed\""), json);
        assertTrue(json.contains("\"status\" : \"contradicts\""), json);
        assertTrue(json.contains("\"fund\" : \"general_budget\""), json);
        assertTrue(json.contains("2035.70"), json);
        assertEquals(doc, FiscalJson.read(json));
    }

    @Test
    void aDocumentWrittenToAStreamIsTheStringWithANewline() throws Exception {
        Fact f = new Fact("total", "收入支出总计", new BigDecimal("2390.80"), "万元", 2023, null, "三.一", 13, "收入支出总计2390.80万元", null);
        FiscalDocument doc = new FiscalDocument(1, "t", new SourceInfo("a.pdf", "0".repeat(64), 1, null, null),
                DocumentInfo.unknown(), null, null, List.of(f), null, null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        FiscalJson.write(doc, out);
        out.write('x'); // the stream is left open
        assertEquals(FiscalJson.write(doc) + "\nx", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void emptyListsArePresent() {
        FiscalDocument doc = new FiscalDocument(1, "t", new SourceInfo("a.pdf", "0".repeat(64), 1, null, null),
                DocumentInfo.unknown(), null, null, null, null, null);
        String json = FiscalJson.write(doc);
        for (String k : List.of("sections", "tables", "facts", "projects", "findings")) {
            assertTrue(json.contains("\"" + k + "\" : [ ]"), k + " in " + json);
        }
    }
}
