package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** naming.item_list on a hand-written 名词解释 list modelled on the seed's (the real case is in SeedFindingsTest). */
class ItemListRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static final String LIST = String.join("\n",
            "（十）本部门使用的支出功能分类科目(到项级)：",
            "1.社会保障和就业支出(类)人力资源和社会保障管理事务(款)一般行政管理事务(项)",
            "2.社会保障和就业支出(类)就业补助(款)其他就业补助支出(项)");

    static Table t3(String... moreRows) {
        return Fixtures.table("expenditure", "支出决算表", null,
                Fixtures.row(null, "2080102", "一般行政管理事务", "年初预算", "50.00", "本年支出/合计", "40.00"),
                Fixtures.row(null, "2089999", "其他就业补助支出", "本年支出/合计", "12.00"),
                Fixtures.row(null, "2101101", "行政单位医疗", "年初预算", "9.00", "本年支出/合计", moreRows.length > 0 ? moreRows[0] : "0.00"));
    }

    static List<Finding> check(String text, Table t) {
        return Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023, List.of(Fixtures.section("名词解释", text)), List.of(t)), null)
                .stream().filter(f -> f.rule().equals("naming.item_list")).toList();
    }

    @Test
    void aSpendingItemMissingFromTheListIsAWarning() {
        List<Finding> f = check(LIST, t3("8.50"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("2101101 行政单位医疗"), f.get(0).message());
        assertFalse(f.get(0).message().contains("一般行政管理事务"), f.get(0).message());
        assertEquals("2101101 行政单位医疗", f.get(0).evidence().get(1).row());
    }

    @Test
    void aCompleteListABudgetOnlyItemOrNoListIsQuiet() {
        // 行政单位医疗 has a 年初预算 but no spending in the final accounts
        assertEquals(List.of(), check(LIST, t3("0.00")));
        // one sentence naming a 项 is not a list
        assertEquals(List.of(), check("本部门科目为社会保障和就业支出(类)就业补助(款)其他就业补助支出(项)。", t3("8.50")));
    }
}
