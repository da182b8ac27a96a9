package org.fiscallens.export;

import org.fiscallens.model.Claim;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Scope;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** facts.csv carries each figure's tie status and its first source, after the columns of before. */
class FactTieColumnsTest {

    static Fact fact(String value, int page, Tie tie) {
        return new Fact(null, "x", new BigDecimal(value), "万元", 2023, null, "三", page, "q" + value, null)
                .withClaim(new Claim("class", null, "208", "类", Claim.Measure.ACTUAL, Claim.Fund.GENERAL_BUDGET, 2023,
                        Claim.Relation.LEVEL, null, null, null)).withTie(tie);
    }

    @Test
    void tieStatusAndFirstSourceAreColumnsAddedAtTheEnd() {
        Table t = new Table("general_budget_expenditure", "一般公共预算财政拨款支出决算表", "万元", List.of(8), "lattice",
                List.of(), List.of(), null, null);
        TieSource cell = new TieSource.CellRef("general_budget_expenditure", 8, "社会保障和就业支出", "208", "本年支出/合计",
                new BigDecimal("2035.69"), null, true);
        TieSource computed = new TieSource.Computed("2390.8 × 85.15%", List.of(new BigDecimal("2035.57"), new BigDecimal("2035.81")),
                List.of(0), false);
        List<Fact> facts = List.of(
                fact("2035.69", 8, new Tie(Tie.Status.AGREES, List.of(cell))),
                fact("2036.69", 9, new Tie(Tie.Status.CONTRADICTS, List.of(computed, new TieSource.FactRef(0, true)))),
                fact("12", 9, Tie.UNTIED),
                new Fact(null, "y", new BigDecimal("1"), "万元", 2023, null, "三", 9, "q", null));
        FiscalDocument d = new FiscalDocument(1, "t", new SourceInfo("a.pdf", "0".repeat(64), 20, null, null),
                new DocumentInfo(DocumentKind.FINAL_ACCOUNTS, Scope.DEPARTMENT, 2023, "某局", null, null), List.of(), List.of(t),
                facts, List.of(), List.of());
        LoadedResult r = new LoadedResult(Path.of("a.json"), "a", d);
        List<String> h = ExportRows.FACTS.header();
        // additive: the columns of before keep their places, the new ones come last
        assertEquals(List.of("value_yuan", "tie", "tie_source", "tie_where"), h.subList(h.size() - 4, h.size()));
        assertEquals(List.of("document", "entity", "year", "kind", "key", "label", "value", "unit", "fact year", "comparison",
                "section", "page", "quote"), h.subList(0, 13));
        List<List<Object>> rows = ExportRows.FACTS.rows().apply(r);
        int tie = h.indexOf("tie"), kind = h.indexOf("tie_source"), where = h.indexOf("tie_where");
        for (List<Object> row : rows) assertEquals(h.size(), row.size());
        assertEquals(List.of("agrees", "cell", "T1 一般公共预算财政拨款支出决算表 p.8 行 208 社会保障和就业支出 列 本年支出/合计 = 2035.69"),
                rows.get(0).subList(tie, where + 1));
        assertEquals(List.of("contradicts", "computed", "2390.8 × 85.15% ∈ [2035.57, 2035.81]  (fact #0)"), rows.get(1).subList(tie, where + 1));
        assertEquals("untied", rows.get(2).get(tie));
        assertNull(rows.get(2).get(kind));
        assertNull(rows.get(2).get(where));
        // a result written before the tie-out: blank, not "untied"
        assertNull(rows.get(3).get(tie));
    }
}
