package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The narrative rules that read the facts stage's figures (facts[] and their claims) rather than a reader of their own:
 * narr.total_order, narr.direction and narr.restated (the department's 基本支出, 人员经费, 公用经费). Each on wordings no
 * corpus file prints, and on figures printed the way the facts read them and a phrase reader did not (wrapped at the
 * decimal point, full-width, with a blank thousands separator).
 */
class FactRulesParaphraseTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    private static List<Finding> check(String rule, String... paragraphs) {
        return SoftNarrativeRulesTest.check(rule, paragraphs);
    }

    // ---- narr.total_order --------------------------------------------------------------------------------------

    @Test
    void aTotalBelowItsPartIsFoundInWordingsOfItsOwn() {
        for (String s : List.of(
                "本部门2023年度收入支出总计为120.50万元，本年支出合计为130.00万元。",
                "2023年，我单位收支总计共计120.50万元；本年支出合计达130. 00万元。",
                "收、支总计均为１２０．５０万元。本年支出合计130.00万元，主要用于保障机构运转。")) {
            List<Finding> f = check("narr.total_order", s);
            assertEquals(1, f.size(), s + ": " + f);
            assertEquals(Severity.ERROR, f.get(0).severity());
            assertTrue(f.get(0).message().contains("收入支出总计") && f.get(0).message().contains("本年支出合计"), f.get(0).message());
            assertEquals(2, f.get(0).evidence().size());
        }
        // the whole at least its part: quiet, however printed
        assertEquals(List.of(), check("narr.total_order", "2023年度收支总计为1 300.00万元，本年支出合计为1,299.99万元。"));
        // the previous year's total below this year's part is no ordering of one year's figures
        assertEquals(List.of(), check("narr.total_order", "2023年度本年支出合计为130.00万元，上年收入支出总计为120.50万元。"));
    }

    @Test
    void aPartOfASubordinateUnitIsNotTheDepartments() {
        // 人员经费 of the general budget's 基本支出 above it: an error; the same figure in a unit's own section is the unit's
        List<Finding> f = check("narr.total_order", "一般公共预算财政拨款基本支出80.00万元，其中：人员经费90.00万元，公用经费10.00万元。");
        assertEquals(1, f.size(), f.toString());
        List<Finding> g = Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023, List.of(
                Fixtures.section("情况说明", "一般公共预算财政拨款基本支出80.00万元，其中：人员经费70.00万元，公用经费10.00万元。"),
                Fixtures.section("市第一水质监测站", "人员经费90.00万元，公用经费5.00万元。")), List.of()), null);
        assertEquals(List.of(), g.stream().filter(x -> x.rule().equals("narr.total_order")).toList());
    }

    // ---- narr.direction ----------------------------------------------------------------------------------------

    @Test
    void aStatedDirectionAgainstTheFiguresBeforeIt() {
        for (String s : List.of(
                "本年度全年预算数为50.00万元，实际支出决算为48.20万元，决算数大于预算数，主要是追加了任务。",
                "机关运行经费年初预算为5 000.00万元，决算数为4 900.00万元；决算数高于年初预算数。",
                "年初预算为６２．２９万元，支出决算为６０．９９万元。决算数等于预算数的主要原因：预算按周全保障测算。")) {
            List<Finding> f = check("narr.direction", s);
            assertEquals(1, f.size(), s + ": " + f);
            assertEquals(Severity.ERROR, f.get(0).severity());
            assertTrue(f.get(0).evidence().size() >= 3, "the phrase and both figures are cited: " + f.get(0).evidence());
        }
        // the same phrases where the figures bear them out
        assertEquals(List.of(), check("narr.direction", "本年度全年预算数为50.00万元，实际支出决算为52.20万元，决算数大于预算数，主要是追加了任务。"));
        assertEquals(List.of(), check("narr.direction", "年初预算为62.29万元，支出决算为62.29万元。决算数等于预算数。"));
        // a budget figure of a change (比年初预算减少X万元) is no budget level
        assertEquals(List.of(), check("narr.direction", "支出决算为48.20万元，比年初预算减少1.80万元，决算数小于预算数。"));
    }

    // ---- narr.restated (the department's own parts) ------------------------------------------------------------

    @Test
    void theDepartmentsPersonnelCostsStatedTwiceWithDifferentValues() {
        List<Finding> f = check("narr.restated",
                "2023年度人员经费为354.57万元，主要包括基本工资、津贴补贴。",
                "本年度人员经费支出合计354. 75万元，用于保障在编人员。");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("人员经费"), f.get(0).message());
        // stated twice alike (one wrapped, one full-width): quiet
        assertEquals(List.of(), check("narr.restated", "2023年度人员经费为354.57万元。", "本年度人员经费３５４．５７万元。"));
    }

    // ---- narr.mainly_for: the amount explained is the facts stage's last level figure ---------------------------

    @Test
    void theAmountExplainedIsTheLastLevelFigureNotAChangeAfterIt() {
        // the change after the amount is no amount explained: 339.30 is, and 19.34 of it is 5.7 %
        for (String s : List.of(
                "（二）卫生健康支出（类）339.30万元，较上年增加12.00万元，主要是用于为本单位职工缴纳职工医疗保险单位部分。",
                "卫生健康方面支出３３９．３０万元，同比减少8. 00万元。该项支出主要用在职工医疗保险单位部分。")) {
            List<Finding> f = SoftNarrativeRulesTest.check(DocumentKind.FINAL_ACCOUNTS, List.of(SoftNarrativeRulesTest.t6()), "narr.mainly_for", s);
            assertEquals(1, f.size(), s + ": " + f);
            assertTrue(f.get(0).message().contains("5.69, 5.71"), f.get(0).message());
        }
        // a threshold (单价50万元以上) is no amount spent
        assertEquals(List.of(), SoftNarrativeRulesTest.check(DocumentKind.FINAL_ACCOUNTS, List.of(SoftNarrativeRulesTest.t6()), "narr.mainly_for",
                "购置单价50万元以上设备，主要用于职工医疗保险。"));
    }

    // ---- the facts stage's lists: a colon list over its ；-pieces --------------------------------------------

    @Test
    void aColonListOfOneAmountPerPieceRunsOverItsPieces() {
        // 具体为：人员经费A；公用经费B — both under the 科目 line (neither is the department's own 公用经费)
        org.fiscallens.model.FiscalDocument d = Fixtures.doc(DocumentKind.BUDGET, 2020, List.of(Fixtures.section("情况说明",
                "培训支出（20508）88.00万元，比上年减少2.00万元。具体为：人员经费10.00万元；公用经费78.00万元。")), List.of());
        for (org.fiscallens.model.Fact f : d.facts()) {
            if (f.key() != null && f.key().startsWith("basic.")) assertEquals(0, f.claim().whole(), f.toString());
        }
        // 包括：A、B；… — the first piece names several amounts: the ； closes the list
        org.fiscallens.model.FiscalDocument e = Fixtures.doc(DocumentKind.BUDGET, 2020, List.of(Fixtures.section("情况说明",
                "人员经费90.00万元，包括：工资50.00万元、津贴40.00万元；公用经费12.00万元，包括：办公费12.00万元。")), List.of());
        for (org.fiscallens.model.Fact f : e.facts()) {
            if ("basic.public".equals(f.key())) assertEquals(null, f.claim().whole(), f.toString());
        }
    }
}
