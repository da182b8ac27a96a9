package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Section;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.fiscallens.tieout.TieOut;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.fiscallens.checks.Fixtures.row;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The same statement in several wordings (some in no corpus document) ties to the same table cell, and the same
 * statement with a wrong figure is found as a contradiction of that cell, in every wording.
 */
class NarrativeTableTiesTest {

    /** A final account's tables: T1, T3, T4, T5, T6 and the "三公" table, as the Putuo 财政局 2024 prints them. */
    static List<Table> finalAccounts() {
        Table t1 = Fixtures.table("income_expenditure_summary", "收入支出决算总表", null,
                row("收入", null, "一、一般公共预算财政拨款收入", "决算数", "2940.05"),
                row("收入", null, "八、其他收入", "决算数", "6.20"),
                row("收入", null, "本年收入合计", "决算数", "2946.25"),
                row("收入", null, "总计", "决算数", "2995.39"),
                row("支出", null, "本年支出合计", "决算数", "2940.05"),
                row("支出", null, "总计", "决算数", "2995.39"));
        Table t3 = Fixtures.table("expenditure", "支出决算表", null,
                row(null, null, "合计", "本年支出合计", "2940.05", "基本支出", "2336.91", "项目支出", "603.14"));
        Table t4 = Fixtures.table("appropriation_summary", "财政拨款收入支出决算总表", null,
                row("收入", null, "一、一般公共预算财政拨款", "决算数", "2940.05"),
                row("收入", null, "总计", "决算数", "2961.68"),
                row("支出", null, "本年支出合计", "合计", "2940.05", "一般公共预算财政拨款", "2940.05"),
                row("支出", null, "总计", "合计", "2961.68", "一般公共预算财政拨款", "2961.68"));
        Table t5 = Fixtures.table("general_budget_expenditure", "一般公共预算财政拨款支出决算表", null,
                row(null, "201", "一般公共服务支出", "合计", "2106.66", "基本支出", "1503.52", "项目支出", "603.14"),
                row(null, "221", "住房保障支出", "合计", "445.69", "基本支出", "445.69", "项目支出", ""),
                row(null, "22102", "住房改革支出", "合计", "445.69", "基本支出", "445.69", "项目支出", ""),
                row(null, "2210201", "住房公积金", "合计", "187.19", "基本支出", "187.19", "项目支出", ""),
                row(null, null, "合计", "合计", "2940.05", "基本支出", "2336.91", "项目支出", "603.14"));
        Table t6 = Fixtures.table("general_budget_basic_expenditure", "一般公共预算财政拨款基本支出决算表", null,
                row("1", null, "人员经费合计", "决算数", "2152.26"),
                row("2", null, "公用经费合计", "决算数", "184.65"));
        Table t9 = Fixtures.table("three_public", "财政拨款“三公”经费支出决算表", null,
                row(null, null, null, "合计/预算数", "0.95", "合计/决算数", "0.39", "因公出国（境）费/预算数", "",
                        "因公出国（境）费/决算数", "", "公务接待费/预算数", "0.95", "公务接待费/决算数", "0.39"));
        return List.of(t1, t3, t4, t5, t6, t9);
    }

    static FiscalDocument tied(DocumentKind kind, int year, List<Table> tables, String title, String text) {
        Section s = Fixtures.section(title, text);
        return TieOut.apply(Fixtures.doc(kind, year, List.of(s), tables));
    }

    /** The fact stating {@code value}, or a failure listing the facts read. */
    static Fact fact(FiscalDocument doc, String value) {
        for (Fact f : doc.facts()) if (f.value() != null && f.value().compareTo(new BigDecimal(value)) == 0) return f;
        throw new AssertionError("no fact " + value + " in " + doc.facts());
    }

    static TieSource.CellRef cell(Fact f) {
        assertNotNull(f.tie(), f.toString());
        for (TieSource s : f.tie().sources()) if (s instanceof TieSource.CellRef c) return c;
        throw new AssertionError("not tied to a cell: " + f);
    }

    static List<Finding> errors(FiscalDocument doc, String rule) {
        return Checker.check(doc, null).stream().filter(x -> x.rule().equals(rule) && x.severity() == Severity.ERROR).toList();
    }

    /** Each wording, with {@code %s} for the figure, ties to the cell and its wrong figure is one finding of the rule. */
    static void sameCell(DocumentKind kind, int year, List<Table> tables, String title, String[] wordings, String right,
                         String wrong, String tableKind, String row, String column, String rule) {
        List<String> failed = new java.util.ArrayList<>();
        for (String w : wordings) {
            try {
                oneWording(kind, year, tables, title, w, right, wrong, tableKind, row, column, rule);
            } catch (AssertionError e) {
                failed.add(w + " → " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), failed);
    }

    private static void oneWording(DocumentKind kind, int year, List<Table> tables, String title, String w, String right,
                                   String wrong, String tableKind, String row, String column, String rule) {
        FiscalDocument ok = tied(kind, year, tables, title, w.formatted(right));
        Fact f = fact(ok, right);
        assertEquals(Tie.Status.AGREES, f.tie().status(), w + " → " + f.claim());
        TieSource.CellRef c = cell(f);
        assertEquals(tableKind, c.tableKind(), w);
        assertEquals(row, c.row(), w);
        assertEquals(column, c.column(), w);
        if (rule != null) assertEquals(List.of(), errors(ok, rule), w);

        FiscalDocument bad = tied(kind, year, tables, title, w.formatted(wrong));
        Fact g = fact(bad, wrong);
        assertEquals(Tie.Status.CONTRADICTS, g.tie().status(), w + " → " + g.claim());
        assertEquals(row, cell(g).row(), w);
        if (rule == null) return; // tied and marked, not yet reported (NarrativeTableRules.rule)
        List<Finding> found = errors(bad, rule);
        assertEquals(1, found.size(), w + " → " + found);
        Finding n = found.get(0);
        // the figure and its cell; a relation computed from the figure, contradicted by it, is attached after them
        assertTrue(n.evidence().size() >= 2, n.toString());
        assertTrue(n.evidence().get(0).quote().contains(wrong), n.toString());
        assertEquals(column, n.evidence().get(1).column(), n.toString());
        assertNotNull(n.calc(), n.toString());
    }

    @Test
    void appropriationTotalInEveryWording() {
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "财政拨款收入支出决算总体情况说明", new String[]{
                "上海市普陀区财政局2024年度财政拨款收入支出总计%s万元。",
                "2024年度财政拨款收、支总计均为%s万元。",
                "2024年财政拨款收入支出决算总计%s万元，比上年减少。"},
                "2961.68", "0.3", "appropriation_summary", "总计", "决算数", "narr.table_totals");
    }

    @Test
    void totalsInEveryWording() {
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "收入支出决算总体情况说明", new String[]{
                "上海市普陀区财政局2024年度收入支出总计%s万元。",
                "2024年度收、支总计各%s万元，与上年相比减少56.95万元。",
                "本年度收入、支出总计均为%s万元。"},
                "2995.39", "0", "income_expenditure_summary", "总计", "决算数", "narr.table_totals");
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "支出决算情况说明", new String[]{
                "2024年度本年支出合计%s万元，其中：基本支出2336.91万元。"},
                "2940.05", "2904.05", "income_expenditure_summary", "本年支出合计", "决算数", "narr.table_totals");
    }

    @Test
    void basicExpenditureAndItsFundsInEveryWording() {
        // all the department's funds: the 支出决算表's 合计 row
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "支出决算情况说明", new String[]{
                "本年支出合计2940.05万元，其中：基本支出%s万元，占79.49%%。",
                "2024年度基本支出%s万元，主要用于人员工资。",
                "本部门用于保障机构正常运转的基本支出为%s万元。"},
                "2336.91", "2363.91", "expenditure", "合计", "基本支出", "narr.table_totals");
        // the general budget's: the 一般公共预算财政拨款支出表's 合计 row
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "一般公共预算财政拨款基本支出决算情况说明", new String[]{
                "2024年度一般公共预算财政拨款基本支出%s万元。",
                "一般公共预算财政拨款支出2940.05万元，其中：基本支出%s万元，项目支出603.14万元。"},
                "2336.91", "2377.64", "general_budget_expenditure", "合计", "基本支出", "narr.table_totals");
    }

    @Test
    void personnelCostsInEveryWording() {
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "一般公共预算财政拨款基本支出决算情况说明", new String[]{
                "一般公共预算财政拨款基本支出2336.91万元，其中：人员经费%s万元，主要包括基本工资。",
                "人员经费支出%s万元。",
                "其中人员经费决算数为%s万元，公用经费184.65万元。"},
                "2152.26", "2196.98", "general_budget_basic_expenditure", "人员经费合计", "决算数", "narr.table_totals");
    }

    @Test
    void aClassLineInEveryWording() {
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "一般公共预算财政拨款支出决算结构情况", new String[]{
                "住房保障支出（类）%s万元，占15.16%%。",
                "一般公共预算财政拨款支出2940.05万元，主要用于：住房保障支出%s万元，占15.16%%。",
                "（四）住房保障支出（类）支出%s万元，主要用于住房公积金和购房补贴。"},
                "445.69", "454.69", "general_budget_expenditure", "住房保障支出", "合计", "narr.table_classes");
    }

    @Test
    void anItemLineInEveryWording() {
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "一般公共预算财政拨款支出决算具体情况", new String[]{
                "住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为190.00万元，支出决算为%s万元，完成年初预算的98.52%%。",
                "住房保障支出（类）住房改革支出（款）住房公积金（项）支出决算%s万元。",
                "“住房公积金（项）”%s万元，主要用于缴纳住房公积金。"},
                "187.19", "178.19", "general_budget_expenditure", "住房公积金", "合计", "narr.table_classes");
    }

    @Test
    void threePublicInEveryWording() {
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "“三公”经费财政拨款支出决算总体情况说明", new String[]{
                "2024年度“三公”经费财政拨款支出年初预算为%s万元，支出决算为0.39万元，完成年初预算的41.05%%。",
                "“三公”经费年初预算数%s万元，决算数0.39万元。"},
                "0.95", "9.5", "three_public", null, "合计/预算数", "narr.table_three_public");
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "“三公”经费财政拨款支出决算总体情况说明", new String[]{
                "公务接待费支出决算为%s万元，完成预算的41.05%%。",
                "其中：公务接待费%s万元。",
                "公务接待费决算数为%s万元，比年初预算减少0.56万元。"},
                "0.39", "0.93", "three_public", null, "公务接待费/决算数", "narr.table_three_public");
    }

    @Test
    void incomeLinesAndEconomicItemsInEveryWording() {
        // a line of the income table and a 人员经费 item: every contradicting tie is reported, not only the totals'
        sameCell(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "收入决算情况说明", new String[]{
                "其他收入%s万元。",
                "2024年度其他收入决算数为%s万元，主要是利息收入。",
                "本年收入中，其他收入%s万元。"},
                "6.20", "8.20", "income_expenditure_summary", "八、其他收入", "决算数", "narr.table_totals");
    }

    @Test
    void theItemsOfTheRunningCostsAreNotTheThreePublicFigures() {
        // 机关运行经费's own 公务接待费 (its share of the item) is not the "三公" table's figure: no finding, in either wording
        for (String[] w : new String[][]{
                {"机关运行经费支出情况说明", "2024年度机关运行经费支出40.00万元，其中：办公费30.00万元，公务接待费0.20万元，其他商品和服务支出9.80万元。"},
                {"机关运行经费安排情况", "本部门机关运行经费预算安排40.00万元，主要包括办公费30.00万元、公务接待费0.20万元。"}}) {
            FiscalDocument doc = tied(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), w[0], w[1]);
            assertEquals(List.of(), errors(doc, "narr.table_three_public"), w[1]);
            assertEquals(List.of(), errors(doc, "narr.table_totals"), w[1]);
        }
    }

    @Test
    void aLineListedUnderTheTotalWithCarryOverIsNotSetAgainstTheYearsOwnLine() {
        List<Table> tables = new java.util.ArrayList<>(finalAccounts());
        tables.set(0, Fixtures.table("income_expenditure_summary", "收入支出决算总表", null,
                row("收入", null, "一、一般公共预算财政拨款收入", "决算数", "2940.05"),
                row("收入", null, "八、其他收入", "决算数", "6.20"),
                row("收入", null, "本年收入合计", "决算数", "2946.25"),
                row("收入", null, "年初结转和结余", "决算数", "49.14"),
                row("收入", null, "总计", "决算数", "2995.39"),
                row("支出", null, "本年支出合计", "决算数", "2940.05"),
                row("支出", null, "总计", "决算数", "2995.39")));
        // the lines with their carry-over, as the 总计 they are listed under counts them
        FiscalDocument doc = tied(DocumentKind.FINAL_ACCOUNTS, 2024, tables, "收入决算情况说明",
                "2024年度收入支出总计2995.39万元，其中：一般公共预算财政拨款收入2989.19万元，其他收入6.20万元。");
        assertEquals(List.of(), errors(doc, "narr.table_totals"));
        // more than the carry-over could explain: the line is wrong
        FiscalDocument bad = tied(DocumentKind.FINAL_ACCOUNTS, 2024, tables, "收入决算情况说明",
                "2024年度收入支出总计2995.39万元，其中：一般公共预算财政拨款收入3989.19万元，其他收入6.20万元。");
        assertEquals(1, errors(bad, "narr.table_totals").size(), errors(bad, "narr.table_totals").toString());
    }

    @Test
    void aWrongFigureAndTheShareComputedFromItAreOneFinding() {
        String text = "2024年度本年收入合计2946.25万元，其中：一般公共预算财政拨款收入2940.05万元，占99.79%%；其他收入%s万元，占0.21%%。";
        FiscalDocument ok = tied(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "收入决算情况说明", text.formatted("6.20"));
        assertEquals(List.of(), errors(ok, "narr.table_totals"));
        assertEquals(List.of(), errors(ok, "rate.share"));
        FiscalDocument bad = tied(DocumentKind.FINAL_ACCOUNTS, 2024, finalAccounts(), "收入决算情况说明", text.formatted("62.00"));
        assertEquals(Tie.Status.CONTRADICTS, fact(bad, "62.00").tie().status());
        assertEquals(Tie.Status.CONTRADICTS, fact(bad, "0.21").tie().status(), "the share computed from the wrong figure");
        List<Finding> found = errors(bad, "narr.table_totals");
        assertEquals(1, found.size(), found.toString());
        Finding n = found.get(0);
        assertTrue(n.message().contains("占比"), n.message());
        assertTrue(n.evidence().stream().anyMatch(e -> e.quote() != null && e.quote().contains("0.21")), n.toString());
        assertEquals(List.of(), errors(bad, "rate.share"), "the share is the wrong figure's consequence, not a second finding");
    }

    @Test
    void aBudgetFigureInWanAgainstATableInYuan() {
        Table t5 = new Table("general_budget_expenditure", "2025年部门一般公共预算支出功能分类预算表", "元", List.of(15), "hand", List.of(), List.of(
                row(null, "208", "社会保障和就业支出", "一般公共预算支出/合计", "3508644.00"),
                row(null, "20805", "行政事业单位养老支出", "一般公共预算支出/合计", "3508644.00"),
                row(null, "2080506", "机关事业单位职业年金缴费支出", "一般公共预算支出/合计", "873617.00"),
                row(null, null, "合计", "一般公共预算支出/合计", "31214205.80")), null, null);
        sameCell(DocumentKind.BUDGET, 2025, List.of(t5), "2025年部门预算编制说明", new String[]{
                "7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”%s万元，主要用于缴纳职业年金。",
                "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）预算%s万元。"},
                "87.36", "887.36", "general_budget_expenditure", "机关事业单位职业年金缴费支出", "一般公共预算支出/合计", "narr.table_classes");
    }

    @Test
    void aCellThatCouldBeSeveralIsNoCounterpart() {
        // two 行政运行 lines under different 款 and a name without its 款: no sure row, no tie, no finding
        Table t5 = Fixtures.table("general_budget_expenditure", "一般公共预算财政拨款支出决算表", null,
                row(null, "2010101", "行政运行", "合计", "100.00"),
                row(null, "2010601", "行政运行", "合计", "200.00"),
                row(null, null, "合计", "合计", "300.00"));
        FiscalDocument doc = tied(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(t5), "一般公共预算财政拨款支出决算具体情况",
                "行政运行（项）支出决算为150.00万元。");
        assertEquals(Tie.Status.UNTIED, fact(doc, "150.00").tie().status());
        assertEquals(List.of(), errors(doc, "narr.table_classes"));
    }

    @Test
    void aTableNotUnderstoodIsNotRead() {
        List<Table> tables = new java.util.ArrayList<>();
        for (Table t : finalAccounts()) {
            tables.add(!t.kind().equals("appropriation_summary") ? t : new Table(t.kind(), t.title(), t.unit(), t.pages(), t.method(),
                    t.columns(), t.rows(), t.note(), t.cells(), t.source(), false, "12 of 20 identities fail"));
        }
        FiscalDocument doc = tied(DocumentKind.FINAL_ACCOUNTS, 2024, tables, "财政拨款收入支出决算总体情况说明",
                "2024年度财政拨款收入支出总计0.3万元。");
        assertEquals(Tie.Status.UNTIED, fact(doc, "0.3").tie().status());
        assertEquals(List.of(), errors(doc, "narr.table_totals"));
    }
}
