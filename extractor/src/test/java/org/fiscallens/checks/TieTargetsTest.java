package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.fiscallens.checks.Fixtures.row;
import static org.fiscallens.checks.NarrativeTableTiesTest.sameCell;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Which table and column a figure ties to where a report prints its tables otherwise than the Putuo family: one amount
 * column (金额, 机关运行经费支出) and no 基本支出 column, the 财政拨款's 科目 lines in a table of their own, the general
 * budget's basic expenditure only as the total of its basic-expenditure table. Each statement in wordings of no
 * corpus report; its wrong figure contradicts the same cell.
 */
class TieTargetsTest {

    /** A budget's tables with one amount column each (the 财政拨款 and general budget 科目 tables apart). */
    static List<Table> oneColumnBudget() {
        Table t5 = Fixtures.table("general_budget_expenditure", "一般公共预算支出预算表（功能科目）", null,
                row(null, null, "合计", "金额", "5230.40"),
                row(null, "205", "教育支出", "金额", "4410.00"),
                row(null, "20502", "普通教育", "金额", "4410.00"),
                row(null, "2050203", "初中教育", "金额", "4410.00"),
                row(null, "210", "卫生健康支出", "金额", "820.40"),
                row(null, "21011", "行政事业单位医疗", "金额", "820.40"),
                row(null, "2101102", "事业单位医疗", "金额", "820.40"));
        Table t7 = Fixtures.table("government_fund", "政府性基金支出预算表", null,
                row(null, null, "合计", "金额", "300.00"),
                row(null, "229", "其他支出", "金额", "300.00"),
                row(null, "22960", "彩票公益金安排的支出", "金额", "300.00"),
                row(null, "2296002", "用于教育事业的彩票公益金支出", "金额", "300.00"));
        Table approp = Fixtures.table("other", "财政拨款支出预算表（功能科目）", null,
                row(null, null, "合计", "金额", "5530.40"),
                row(null, "205", "教育支出", "金额", "4410.00"),
                row(null, "210", "卫生健康支出", "金额", "820.40"),
                row(null, "229", "其他支出", "金额", "300.00"),
                row(null, "2296002", "用于教育事业的彩票公益金支出", "金额", "300.00"));
        Table t6 = Fixtures.table("general_budget_basic_expenditure", "一般公共预算基本支出预算表（经济科目）", null,
                row(null, null, "合计", "金额", "3987.15"),
                row(null, "301", "工资福利支出", "金额", "3500.00"),
                row(null, "302", "商品和服务支出", "金额", "487.15"));
        Table running = Fixtures.table("other", "一般公共预算机关运行经费支出预算表", null,
                row(null, null, "合计", "机关运行经费支出", "487.15"),
                row(null, "302", "商品和服务支出", "机关运行经费支出", "487.15"));
        return List.of(t5, t7, approp, t6, running);
    }

    @Test
    void aClassLineOfTheAppropriationTiesToTheAppropriationTable() {
        sameCell(DocumentKind.BUDGET, 2026, oneColumnBudget(), "财政拨款支出预算情况说明", new String[]{
                "教育支出（类）预算%s万元，用于办学。",
                "（一）教育支出%s万元，主要用于学校运转。",
                "1.教育支出（类）支出%s万元，较上年增加12万元。"},
                "4410.00", "4401.00", "other", "教育支出", "金额", null);
        // a 项 the appropriation table does not list: the one fund table that states it
        sameCell(DocumentKind.BUDGET, 2026, oneColumnBudget(), "财政拨款支出预算情况说明", new String[]{
                "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）%s万元。",
                "其中，事业单位医疗（项）支出%s万元，用于缴纳医疗保险。"},
                "820.40", "802.40", "general_budget_expenditure", "事业单位医疗", "金额", null);
    }

    @Test
    void aClassLineToldWithTheWordExpenditureFindsItsRow() {
        sameCell(DocumentKind.BUDGET, 2026, oneColumnBudget(), "一般公共预算支出预算情况说明", new String[]{
                "初中教育支出（项）%s万元，用于保障初中学校运转。"},
                "4410.00", "4140.00", "general_budget_expenditure", "初中教育", "金额", null);
    }

    @Test
    void theGeneralBudgetsBasicExpenditureIsItsBasicTablesTotal() {
        sameCell(DocumentKind.BUDGET, 2026, oneColumnBudget(), "一般公共预算基本支出预算情况说明", new String[]{
                "本单位2026年一般公共预算财政拨款基本支出预算%s万元，其中人员经费3500万元。",
                "一般公共预算基本支出预算数为%s万元，主要保障机构正常运转。"},
                "3987.15", "3978.15", "general_budget_basic_expenditure", "合计", "金额", null);
    }

    @Test
    void aTableOfOneAmountColumnStatesItsTotalThere() {
        sameCell(DocumentKind.BUDGET, 2026, oneColumnBudget(), "机关运行经费预算情况说明", new String[]{
                "2026年本单位一般公共预算机关运行经费预算支出%s万元。",
                "本年度机关运行经费安排%s万元，主要用于办公、水电和差旅。"},
                "487.15", "478.15", "other", "合计", "机关运行经费支出", null);
    }

    /** A budget's 支出预算总表 and "三公" table, as most reports print them. */
    static List<Table> budgetParts() {
        Table t3 = Fixtures.table("expenditure", "支出预算总表", null,
                row(null, null, "合计", "合计", "5230.40", "基本支出", "3987.15", "项目支出", "1243.25"));
        Table t9 = Fixtures.table("three_public", "“三公”经费预算表", null,
                row(null, null, null, "合计", "20.50", "因公出国（境）费", "3.00", "公务用车购置及运行费/小计", "12.50",
                        "公务用车购置及运行费/公务用车购置费", "", "公务用车购置及运行费/公务用车运行费", "12.50", "公务接待费", "5.00"));
        return List.of(t3, t9);
    }

    @Test
    void eachFigureOfAListTakesTheNounBeforeIt() {
        // the second figure's own noun (项目支出) names it, not the subject of the clause before
        sameCell(DocumentKind.BUDGET, 2026, budgetParts(), "支出预算情况说明", new String[]{
                "基本支出预算3987.15万元，项目支出预算%s万元。",
                "本年支出预算5230.4万元，其中：基本支出预算3987.15万元，项目支出预算%s万元，主要用于专项业务。",
                "基本支出预算数为3987.15万元；项目支出预算数为%s万元。"},
                "1243.25", "1234.25", "expenditure", "合计", "项目支出", null);
    }

    @Test
    void theVehicleTotalIsPurchaseAndOperationTogether() {
        sameCell(DocumentKind.BUDGET, 2026, budgetParts(), "“三公”经费预算情况说明", new String[]{
                "公务用车购置和运行维护费%s万元，其中公务用车购置费0万元，公务用车运行费12.5万元。",
                "公务用车购置与运行费预算%s万元，比上年持平。",
                "公务车辆购置及运行费%s万元。"},
                "12.50", "15.20", "three_public", null, "公务用车购置及运行费/小计", null);
    }

    @Test
    void anExpenditureAfterAnIncomeIsNotTheIncome() {
        Table t7 = Fixtures.table("government_fund", "政府性基金预算财政拨款收入支出决算表", null,
                row(null, null, "合计", "年初结转和结余", "58.80", "本年收入", "509.20", "本年支出", "568.00", "年末结转和结余", ""));
        for (String w : new String[]{
                "本年度政府性基金预算财政拨款收入决算509.20万元，支出决算568.00万元，年末结转和结余0万元。",
                "政府性基金预算财政拨款年初结转和结余58.80万元，收入决算509.20万元；支出决算568.00万元。"}) {
            var doc = NarrativeTableTiesTest.tied(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(t7), "政府性基金预算财政拨款支出决算情况说明", w);
            var spent = NarrativeTableTiesTest.fact(doc, "568.00");
            assertNotEquals("government_fund.income", spent.claim() == null ? null : spent.claim().subject(), w);
            assertNotEquals(org.fiscallens.model.Tie.Status.CONTRADICTS, spent.tie().status(), w + " → " + spent.tie());
        }
    }

    @Test
    void anEconomicLineToldAsAClassTiesToTheBasicTable() {
        sameCell(DocumentKind.BUDGET, 2026, oneColumnBudget(), "一般公共预算基本支出预算情况说明", new String[]{
                "1、商品和服务支出（类）%s万元，主要用于办公和差旅。",
                "（二）商品和服务支出（类）支出%s万元。"},
                "487.15", "478.15", "general_budget_basic_expenditure", "商品和服务支出", "金额", null);
    }
}
