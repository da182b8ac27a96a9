package org.fiscallens.pairing;

import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Scope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which documents are one report published as two files, on synthetic members (no corpus needed). */
class PairsTest {

    private static final Set<String> BUDGET_TABLES = Set.of("income_expenditure_summary", "expenditure", "three_public");

    private static DocumentInfo info(String entity, Integer year, DocumentKind kind, Scope scope) {
        return new DocumentInfo(kind, scope, year, entity, null, null);
    }

    private static Pairs.Member<String> member(String file, DocumentInfo info, int figures, Set<String> tables) {
        return new Pairs.Member<>(file, file + "-sha", info, figures, tables, file);
    }

    private static final DocumentInfo RIVER = info("滨江区水务局", 2025, DocumentKind.BUDGET, Scope.DEPARTMENT);

    @Test
    void aNarrativeAndItsTablesPair() {
        var narrative = member("说明.pdf", RIVER, 48, Set.of());
        var tables = member("报表.pdf", info("滨 江 区 水务局", 2025, DocumentKind.BUDGET, Scope.DEPARTMENT), 0, BUDGET_TABLES);
        List<Pairs.Pair<String>> pairs = Pairs.find(List.of(tables, narrative));
        assertEquals(1, pairs.size());
        assertEquals("说明.pdf", pairs.get(0).narrative().ref());
        assertEquals("报表.pdf", pairs.get(0).companion().ref());
    }

    @Test
    void aPartyBodyNamedWithOrWithoutItsPartyPrefixPairs() {
        DocumentInfo bare = info("滨江区委宣传部", 2025, DocumentKind.BUDGET, Scope.DEPARTMENT);
        var narrative = member("说明.pdf", bare, 48, Set.of());
        for (String named : List.of("中共滨江区委宣传部", "中国共产党滨江区委宣传部")) {
            var tables = member("报表.pdf", info(named, 2025, DocumentKind.BUDGET, Scope.DEPARTMENT), 0, BUDGET_TABLES);
            assertEquals(1, Pairs.find(List.of(tables, narrative)).size(), named);
        }
        // the prefix is the party's only: another body's name stays another body
        var other = member("报表.pdf", info("共青团滨江区委宣传部", 2025, DocumentKind.BUDGET, Scope.DEPARTMENT), 0, BUDGET_TABLES);
        assertTrue(Pairs.find(List.of(other, narrative)).isEmpty());
    }

    @Test
    void anotherEntityYearKindOrScopeDoesNotPair() {
        var narrative = member("说明.pdf", RIVER, 48, Set.of());
        for (DocumentInfo other : List.of(
                info("滨江区水利局", 2025, DocumentKind.BUDGET, Scope.DEPARTMENT),
                info("滨江区水务局", 2024, DocumentKind.BUDGET, Scope.DEPARTMENT),
                info("滨江区水务局", 2025, DocumentKind.FINAL_ACCOUNTS, Scope.DEPARTMENT),
                info("滨江区水务局", 2025, DocumentKind.BUDGET, Scope.UNIT),
                info(null, 2025, DocumentKind.BUDGET, Scope.DEPARTMENT),
                info("滨江区水务局", null, DocumentKind.BUDGET, Scope.DEPARTMENT))) {
            assertTrue(Pairs.find(List.of(narrative, member("报表.pdf", other, 0, BUDGET_TABLES))).isEmpty(), other.toString());
        }
        // facts nobody could read are no common ground either
        var unknown = info("滨江区水务局", 2025, DocumentKind.UNKNOWN, Scope.UNKNOWN);
        assertTrue(Pairs.find(List.of(member("a.pdf", unknown, 40, Set.of()), member("b.pdf", unknown, 0, BUDGET_TABLES))).isEmpty());
    }

    @Test
    void twoCopiesOrTwoWholeReportsDoNotPair() {
        // two copies of one narrative (no tables in either)
        assertTrue(Pairs.find(List.of(member("a.pdf", RIVER, 49, Set.of()), member("a_2.pdf", RIVER, 49, Set.of()))).isEmpty());
        // a report with its tables beside a file of tables it already has
        assertFalse(Pairs.pairs(member("whole.pdf", RIVER, 80, BUDGET_TABLES), member("tables.pdf", RIVER, 0, Set.of("expenditure"))));
        // the same file twice
        var a = member("a.pdf", RIVER, 49, Set.of());
        var same = new Pairs.Member<>("copy.pdf", a.sha256(), RIVER, 0, BUDGET_TABLES, "copy.pdf");
        assertFalse(Pairs.pairs(a, same));
    }

    @Test
    void aReportWithItsTablesTakesASupplementOfOtherTables() {
        // a narrative that carries its standard tables, and an 附表 file of performance targets it does not have
        var whole = member("预算.pdf", RIVER, 85, BUDGET_TABLES);
        var targets = member("预算_附表.pdf", RIVER, 0, Set.of("performance_targets"));
        List<Pairs.Pair<String>> pairs = Pairs.find(List.of(whole, targets));
        assertEquals(1, pairs.size());
        assertEquals("预算.pdf", pairs.get(0).narrative().ref());
    }
}
