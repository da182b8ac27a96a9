package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Section;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a sentence means decides what a rule compares: which figure a change is about, which figures are the parts of
 * a total, which year a line speaks of, whether 万元 after 为 is a missing amount. Paraphrases of the wordings seen on
 * unfamiliar reports (and some no report has), each beside a wording where the rule must still fire.
 */
class ReadingPremisesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static List<Finding> check(DocumentKind kind, int year, String... paragraphs) {
        return NarrativeRulesTest.check(kind, year, paragraphs);
    }

    static List<Finding> errors(List<Finding> f, String rule) {
        return f.stream().filter(x -> x.rule().equals(rule) && x.severity() == Severity.ERROR).toList();
    }

    static List<Finding> of(List<Finding> f, String rule) { return f.stream().filter(x -> x.rule().equals(rule)).toList(); }

    // ---- growth rates: what the change is about ----------------------------------------------------------------------

    @Test
    void aChangeAfterABracketedBreakdownIsAboutTheFigureBeforeTheBracket() {
        // 19.89 / (112.08 + 19.89) = 15.07 %
        for (String s : new String[]{
                "公务用车购置及运行维护费112.08万元（公务用车购置费18.2万元，比上年减少18.1万元；公务用车运行维护费93.88万元，比上年减少1.79万元。）比上年减少19.89万元，下降15.1%。",
                "车辆经费112.08万元(其中购置费18.2万元、运维费93.88万元)，较上年减少19.89万元，下降15.1%。",
                "公务用车经费合计112.08万元（含购置18.2万元与运行93.88万元），同上年比较减少19.89万元，下降15.1%。"}) {
            assertEquals(List.of(), of(check(DocumentKind.BUDGET, 2026, s), "rate.growth"), s);
        }
        // the same shape with a wrong rate is still an error
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "公务用车购置及运行维护费112.08万元（公务用车购置费18.2万元；公务用车运行维护费93.88万元）比上年减少19.89万元，下降21.2%。"), "rate.growth").size());
    }

    @Test
    void aChangeAfterAListMayBeAboutTheWhole() {
        // 32.61 / (10344.71 + 32.61) = 0.31 %; 28.46 / (166.02 − 28.46) = 20.69 %; 142.30 / (4203.47 − 142.30) = 3.50 %
        for (String s : new String[]{
                "相应安排支出预算10344.71万元，其中：基本支出8974.01万元、项目支出1370.70万元。比上年减少32.61万元，下降0.31%。",
                "研究调研活动166.02万元，主要包括：文稿起草116.3万元，用于重要文稿起草；专题培训49.72万元，用于业务培训。较2025年年初预算增加28.46万元，增幅20.7%。",
                "本部门当年预算收入4,203.47万元，其中：一般公共预算拨款4,005.29万元、上年实户资金余额98.18万元、其他收入100.00万元，较上年增加142.30万元，增长3.50%。",
                "收入共计4203.47万元，具体为拨款4005.29万元、结余98.18万元和其他收入100.00万元，与上年相比增加142.30万元，增长3.50%。"}) {
            assertEquals(List.of(), of(check(DocumentKind.BUDGET, 2026, s), "rate.growth"), s);
        }
        // fitting neither the item nor the whole: a warning (which of the two the change is about is not certain)
        List<Finding> w = of(check(DocumentKind.BUDGET, 2026,
                "本部门当年预算收入4,203.47万元，其中：一般公共预算拨款4,005.29万元、其他收入198.18万元，较上年增加142.30万元，增长9.50%。"), "rate.growth");
        assertEquals(1, w.size(), w.toString());
        assertEquals(Severity.WARNING, w.get(0).severity());
        // an item followed at once by its own change, in a list whose items carry their own changes: certain
        List<Finding> e = errors(check(DocumentKind.BUDGET, 2026,
                "“三公”经费238.4万元，比上年减少33.28万元，下降12.2%。其中：因公出国（境）费101.75万元，比上年增加0万元，增长0%；公务接待费24.57万元，比上年减少13.39万元，下降30.3%。"), "rate.growth");
        assertEquals(1, e.size(), e.toString());
    }

    @Test
    void anEarlierClauseComparedWithLastYearDoesNotMakeTheNextFigureLastYears() {
        // 12.5 / (15 − 12.5) = 500 %; 30.49 / (8.71 + 30.49) = 77.78 %; 13.39 / (24.57 + 13.39) = 35.27 %
        for (String s : new String[]{
                "公务用车购置费0万元，比上年减少4万元；公务用车运行维护费15万元，比上年增加12.5万元，增长500%。",
                "因公出国（境）费0万元，与上年持平；公务用车运行维护费8.71万元，比上年减少30.49万元，下降77.78%。",
                "上年未安排购置费：公务接待费24.57万元，比上年减少13.39万元，下降35.3%。"}) {
            assertEquals(List.of(), of(check(DocumentKind.BUDGET, 2026, s), "rate.growth"), s);
        }
        // a figure qualified as last year's is the base
        assertEquals(List.of(), of(check(DocumentKind.BUDGET, 2026, "上年预算数为8.00万元，本年减少4.00万元，下降50%。"), "rate.growth"));
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026, "公务用车运行维护费15万元，比上年增加12.5万元，增长83.3%。"), "rate.growth").size());
    }

    // ---- parts and totals -------------------------------------------------------------------------------------------

    @Test
    void aBreakdownInBracketsIsNotCountedAgain() {
        for (String s : new String[]{
                "“三公”经费238.4万元，比上年减少33.28万元。其中：因公出国（境）费101.75万元，比上年增加0万元；公务用车购置及运行维护费112.08万元（公务用车购置费18.2万元，比上年减少18.1万元；公务用车运行维护费93.88万元，比上年减少1.79万元。）比上年减少19.89万元；公务接待费24.57万元，比上年减少13.39万元。",
                "项目支出603.84万元，主要包括：保安服务328.69万元，用于安检；日常运维155.15万元，用于维修；律师服务120万元（含结转上年经费6.9万元），用于法律咨询。",
                "支出1,610.00万元（其中380.00万元为政府性基金预算、1,230.00万元为一般公共预算），较上年增加1,210.00万元，主要原因包括：1.转移支付资金1,100.00万元；2.结转资金510.00万元。"}) {
            assertEquals(List.of(), errors(check(DocumentKind.BUDGET, 2026, s), "narr.parts_sum"), s);
        }
        // parts that really exceed the total are still an error
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "“三公”经费238.4万元。其中：因公出国（境）费101.75万元；公务用车购置及运行维护费122.08万元（购置费18.2万元）；公务接待费24.57万元。"), "narr.parts_sum").size());
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "支出1,610.00万元（其中480.00万元为政府性基金预算、1,230.00万元为一般公共预算）。"), "narr.parts_sum").size());
    }

    @Test
    void comparisonsParallelStatementsAndNestedListsAreNotParts() {
        for (String s : new String[]{
                // the figure compared with (比2025年初预算数X万元) is last year's, not a part
                "2026年度收入预算515,665.27万元，其中：一般公共预算收入19,828.57万元比2025年初预算数20,292.85万元减少464.27万元；国有资本经营预算收入495,836.70万元比上年预算数56,831.85万元增加较多。",
                // the income list then a parallel expenditure statement
                "本部门当年预算收入5,093.76万元，其中：一般公共预算拨款收入5,093.76万元，较上年增加662.08万元，主要原因是项目增加；本部门当年预算支出5,093.76万元，其中：一般公共预算拨款支出5,093.76万元。",
                "2022年本部门预算收入2518.06万元，其中一般公共预算拨款收入2518.06万元、政府性基金拨款收入0万元，较上年减少3083.36万元；2022年本部门预算支出2518.06万元，其中一般公共预算拨款支出2518.06万元。",
                // a list without a colon ends with its clause; an item's own 其中 is not a part of the total
                "履职工作经费4,754.51万元，其中结转结余390.00万元，用于业务保障；勤务辅警业务费523.08万元，用于辅警培训。",
                "上级下达资金1,262.04万元，主要包括：机房改造90.00万元，线路租赁390.00万元，机房建设84.00万元，平台采购23.00万元；常用装备保障项目615.04万元，其中结转结余126.00万元。",
                // what the first item lists carries no amount: a list of things, not of money
                "培训经费20.00万元，主要用于业务培训，包括信访干部业务培训；信访备用金85.00万元；政务运行管理83.09万元。"}) {
            assertEquals(List.of(), errors(check(DocumentKind.BUDGET, 2026, s), "narr.parts_sum"), s);
        }
        // a comparison aside does not hide a true excess
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "收入预算515,665.27万元，其中：一般公共预算收入29,828.57万元比上年预算数20,292.85万元增加；国有资本经营预算收入495,836.20万元。"), "narr.parts_sum").size());
    }

    @Test
    void aListEndingInEtcOrAnOtherNamedClassificationIsNotExhaustive() {
        List<Finding> f = check(DocumentKind.BUDGET, 2026,
                "本年度拟购置固定资产1,998.62万元，其中：其他资本性支出科目购置固定资产0.7万元，政府性基金预算购置固定资产56.25万元等。");
        assertEquals(List.of(), errors(f, "narr.parts_sum"));
        // a residual 其他 item closes the list: less than the total is then an error
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "本年收入合计100.00万元，其中：财政拨款收入60.00万元、其他收入20.00万元。"), "narr.parts_sum").size());
    }

    @Test
    void aParagraphListEndsAtTheHeadsSibling() {
        List<Finding> f = check(DocumentKind.BUDGET, 2025,
                "1.按照部门预算支出经济分类，本部门当年一般公共预算支出5,093.76万元，其中：",
                "（1）工资福利支出（301）1,880.32万元，较上年增加70.03万元；",
                "（2）商品和服务支出（302）1,974.66万元，较上年减少425.02万元；",
                "（3）资本性支出（310）1,238.78万元，较上年增加1,039.58万元。",
                "2.按照政府预算支出经济分类，本部门当年一般公共预算支出5,093.76万元，其中：",
                "（1）机关工资福利支出（501）1,880.32万元；",
                "（2）机关商品和服务支出（502）1,974.66万元；",
                "（3）机关资本性支出（503）1,238.78万元。");
        assertEquals(List.of(), errors(f, "narr.parts_sum"));
        // items that exceed their head are still found
        List<Finding> g = check(DocumentKind.BUDGET, 2025,
                "1.按照部门预算支出经济分类，本部门当年一般公共预算支出5,093.76万元，其中：",
                "（1）工资福利支出（301）1,880.32万元；",
                "（2）商品和服务支出（302）2,974.66万元；",
                "（3）资本性支出（310）1,238.78万元。",
                "2.按照政府预算支出经济分类，本部门当年一般公共预算支出5,093.76万元，其中：",
                "（1）机关工资福利支出（501）1,880.32万元；",
                "（2）机关商品和服务支出（502）1,974.66万元；");
        assertEquals(1, errors(g, "narr.parts_sum").size(), g.toString());
        // an item with a breakdown of its own (1.基本支出…，其中：) stays an item of the list
        List<Finding> h = check(DocumentKind.FINAL_ACCOUNTS, 2024,
                "本年支出合计500.00万元，其中：",
                "1.基本支出300.00万元，其中：",
                "（1）人员经费200.00万元；",
                "（2）公用经费100.00万元。",
                "2.项目支出300.00万元。");
        assertEquals(1, errors(h, "narr.parts_sum").size(), h.toString());
    }

    @Test
    void aListAfterAClauseBreakBelongsToItsOwnSubjectNotToTheLastItemBefore() {
        for (String s : new String[]{
                // 其中 after an enumeration's last item speaks of the enumeration's whole; 504.98's colon list is its own breakdown
                "政府采购预算总额712.49万元：政府采购货物预算486.50万元、政府采购工程预算0万元、政府采购服务预算225.99万元；其中一般公共预算拨款政府采购504.98万元：政府采购货物预算480.50万元、政府采购工程预算0万元、政府采购服务预算24.48万元。",
                "采购预算共计6143.52万元，分为货物5242.52万元、工程0万元、服务901万元；其中财政拨款安排2521.44万元：货物2020.44万元、服务501万元。",
                // an income enumeration, then the expenditure list of the same total
                "财政拨款收支总预算91,842.80万元。收入包括：一般公共预算收入91,495.48万元、上年结转结余收入347.32万元。支出包括：一般公共服务支出12,868.19万元、公共安全支出69,081.15万元、社会保障和就业支出7,458.52万元、卫生健康支出2,434.95万元。",
                "收支总预算192207.76万元。收入为：当年拨款收入52244.36万元、基金拨款收入139963.40万元；支出主要包括：交通运输支出106247.07万元、其他支出75500.00万元、住房保障支出2018.58万元。",
                "本年收入300万元，其中拨款收入250万元，结转50万元。本年支出包括：基本支出200万元、项目支出100万元。"}) {
            assertEquals(List.of(), errors(check(DocumentKind.BUDGET, 2026, s), "narr.parts_sum"), s);
        }
        // a total followed by its own list still fires when the parts exceed it
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "政府采购预算总额712.49万元：政府采购货物预算486.50万元；其中一般公共预算拨款政府采购504.98万元、政府性基金拨款政府采购300.00万元。"), "narr.parts_sum").size());
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "本年支出300.00万元。支出包括：基本支出200.00万元、项目支出150.00万元。"), "narr.parts_sum").size());
    }

    @Test
    void aListOfTheMainItemsIsNotExhaustive() {
        for (String s : new String[]{
                "机关运行经费预算总计211万元，占基本支出经费的17.46%，其中主要支出为办公费34.82万元，差旅费10万元，其他商品和服务支出12.58万元，取暖费23.37万元。",
                "商品和服务支出211万元，其中重点保障办公费34.82万元、物业费36.18万元、其他交通费用54.08万元。",
                "运行经费211万元，其中，主要是水电费100万元、其他费用50万元。"}) {
            assertEquals(List.of(), errors(check(DocumentKind.BUDGET, 2026, s), "narr.parts_sum"), s);
        }
        // a 其中 list closed by a residual 其他 item, with no 主要, is still exhaustive
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "机关运行经费预算总计211万元，其中办公费34.82万元，差旅费10万元，其他费用12.58万元。"), "narr.parts_sum").size());
        // and more than the whole is an error whatever the wording
        assertEquals(1, errors(check(DocumentKind.BUDGET, 2026,
                "机关运行经费预算总计211万元，其中主要支出为办公费134.82万元，差旅费100万元。"), "narr.parts_sum").size());
    }

    // ---- scope: which funds a figure covers ----------------------------------------------------------------------

    static List<org.fiscallens.model.Table> spendingTables() {
        org.fiscallens.model.Table t3 = Fixtures.table("expenditure", "2026年部门支出总体情况表", null,
                Fixtures.row(null, null, "合计", "合计", "13000.00", "基本支出", "6000.00", "项目支出", "7000.00"));
        org.fiscallens.model.Table t5 = Fixtures.table("general_budget_expenditure", "2026年一般公共预算支出情况表", null,
                Fixtures.row(null, null, "合计", "总计", "12000.00", "基本支出/小计", "5445.39", "项目支出", "6554.61"));
        return List.of(t3, t5);
    }

    static List<Finding> totals(String... paragraphs) {
        Section s = Fixtures.section("部门预算情况说明", String.join("\n", paragraphs));
        return of(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(s), spendingTables()), null), "narr.table_totals");
    }

    @Test
    void aBasicExpenditureOfTheGeneralBudgetIsComparedWithTheGeneralBudgetTable() {
        for (String s : new String[]{
                "2026年一般公共预算财政拨款支出12,000.00万元，比2025年增加800.94万元。其中：基本支出5,445.39万元，主要用于人员工资；项目支出6,554.61万元。",
                "一般公共预算拨款安排的基本支出5445.39万元，项目支出6554.61万元。",
                "本部门使用一般公共预算资金12000万元，包括基本支出5445.39万元和项目支出6554.61万元。"}) {
            assertEquals(List.of(), errors(totals(s), "narr.table_totals"), s);
        }
        // a 政府性基金 figure has no 基本/项目 column to be compared with
        assertEquals(List.of(), errors(totals("政府性基金预算财政拨款支出500万元，其中项目支出500万元。"), "narr.table_totals"));
        // the general budget's figure that differs from its own table is an error
        assertEquals(1, errors(totals("2026年一般公共预算财政拨款支出12,000.00万元。其中：基本支出5,500.00万元，项目支出6,554.61万元。"),
                "narr.table_totals").size());
        // all funds' figure against the 支出总表 still fires
        // (one figure: "基本支出预算A，项目支出预算B" is read today with both figures' claims as 基本支出, a defect of the
        // facts stage's claims, reported; the narrative-vs-table rule reads what the claims say)
        assertEquals(1, errors(totals("本部门2026年基本支出预算6500.00万元。"), "narr.table_totals").size());
        assertEquals(List.of(), errors(totals("本部门2026年基本支出预算6000.00万元。"), "narr.table_totals"));
    }

    @Test
    void aLineInsideATableHeaderCellIsNoTitle() {
        org.fiscallens.model.Table t = new org.fiscallens.model.Table("general_budget_expenditure", "2026年一般公共预算支出情况表", "万元",
                List.of(1), "lattice", List.of("2025年预算数"), List.of(), null,
                List.of(new org.fiscallens.model.Cell(0, 2, 3, 1, "2025年预算 数", 1, null))).withVerdict(true, null);
        for (String line : new String[]{"2025年预算", "2025 年预算"}) {
            Section s = Fixtures.section(line, "本表反映一般公共预算支出。");
            assertEquals(List.of(), of(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(s), List.of(t)), null), "year.heading"), line);
            // without the table the same line reads as a title with the wrong year
            assertEquals(1, of(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(s), List.of()), null), "year.heading").size(), line);
        }
        // a title that is no cell's text still fires beside the table
        Section wrong = Fixtures.section("重庆市某局2025年部门预算", "本部门预算如下。");
        assertEquals(1, of(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(wrong), List.of(t)), null), "year.heading").size());
    }

    // ---- restatements: one department, several units ----------------------------------------------------------------

    @Test
    void figuresOfAUnitOrOfAClassificationLineAreNotTheDepartmentsOwn() {
        Section units = Fixtures.section("部门预算支出具体情况", "",
                new Section("一", "深圳市水务局（本级）", 2, "cjk", List.of(1, 1),
                        "深圳市水务局（本级）预算178,214.28万元，包括在职人员经费5,206.17万元、公用经费937.48万元。\n（一）在职人员经费5,206.17万元，主要是工资福利。",
                        new org.fiscallens.model.Provenance(1, null, "深圳市水务局（本级）"), List.of()),
                new Section("二", "深圳市水文水质中心", 2, "cjk", List.of(1, 1),
                        "深圳市水文水质中心预算6,825.37万元，包括在职人员经费1,197.67万元、公用经费127.00万元。\n（一）在职人员经费1,197.67万元，主要是工资福利。",
                        new org.fiscallens.model.Provenance(1, null, "深圳市水文水质中心"), List.of()));
        List<Finding> f = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(units), List.of()), null);
        assertEquals(List.of(), of(f, "narr.restated"));
        // a classification line's 其中 人员经费 beside the department's own
        List<Finding> g = check(DocumentKind.BUDGET, 2020,
                "一般公共预算基本支出1,903.54万元，其中：人员经费1,300.00万元，公用经费603.54万元。",
                "对个人和家庭的补助（303）100151.38万元，其中：人员经费138.06万元，专项业务经费100013.32万元。",
                "进修及培训（20508）102.32万元，较上年增加102.32万元。具体为：人员经费0.00万元；公用经费28.32万元。");
        assertEquals(List.of(), of(g, "narr.restated"));
        // the department's own figure told twice with two values is still an error
        List<Finding> h = check(DocumentKind.BUDGET, 2020,
                "一般公共预算基本支出1,903.54万元，其中：人员经费1,300.00万元，公用经费603.54万元。",
                "本年度人员经费1,310.00万元，主要用于工资福利。");
        assertEquals(1, errors(h, "narr.restated").size(), h.toString());
    }

    // ---- years ------------------------------------------------------------------------------------------------------

    @Test
    void aSentenceOrHeaderNamingTheReportYearBesideAnotherIsAComparison() {
        List<Finding> f = check(DocumentKind.FINAL_ACCOUNTS, 2019,
                "3.上级补助收入0万元，我局为2019年新成立单位，不存在2018年上级补助收入数，同时今年也无上级补助收入。",
                "1.基本支出746.39万元，本单位2019年组建，无2018年决算数。",
                "项目支出921.75万元，因机构新设并无2018年支出决算可比。");
        assertEquals(List.of(), of(f, "year.statement"));
        // a sentence that gives this year's figure another year's label is still an error
        assertEquals(1, errors(check(DocumentKind.FINAL_ACCOUNTS, 2019, "本部门2018年度政府采购支出总额15.00万元，主要用于办公设备。"),
                "year.statement").size());
    }

    @Test
    void columnHeadingsOfTwoYearsAreNotATitle() {
        for (String title : new String[]{"2025年预算数 2026年预算数", "2025年度预算数", "2025年预算金额", "2026年预算 2025年预算"}) {
            Section s = Fixtures.section(title, "本表反映“三公”经费。");
            List<Finding> f = Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(s), List.of()), null);
            assertEquals(List.of(), of(f, "year.heading"), title);
        }
        Section wrong = Fixtures.section("深圳市司法局2025年部门预算", "本部门预算如下。");
        assertEquals(1, of(Checker.check(Fixtures.doc(DocumentKind.BUDGET, 2026, List.of(wrong), List.of()), null), "year.heading").size());
    }

    @Test
    void aTemplateCaptionIsNotAnEmptySlot() {
        for (String s : new String[]{
                "注：本表金额转化为万元时，四舍五入可能存在尾差。",
                "本表金额转换为万元时，因四舍五入可能存在尾差。",
                "备注：本报告金额单位折算为万元后，合计数可能有尾差。",
                "表内数字换算为 万元时保留两位小数。"}) {
            assertEquals(List.of(), of(check(DocumentKind.BUDGET, 2026, s), "residue.empty_slot"), s);
        }
        assertEquals(1, of(check(DocumentKind.FINAL_ACCOUNTS, 2023, "因公出国（境）费全年预算为0万元，支出决算为    万元。"), "residue.empty_slot").size());
        assertEquals(1, of(check(DocumentKind.FINAL_ACCOUNTS, 2023, "本年支出合计为 万元，其中基本支出为100万元。"), "residue.empty_slot").size());
    }

    @Test
    void aColumnHeadingNamedUnitNameIsNotAPlaceholder() {
        assertEquals(List.of(), of(check(DocumentKind.FINAL_ACCOUNTS, 2022, "序号 单位名称1 西安市卫生健康委员会本级（机关）2 西安市卫生统计信息中心"),
                "residue.placeholder"));
        assertEquals(1, of(check(DocumentKind.FINAL_ACCOUNTS, 2023, "附件一、2023年度部门名称整体绩效评价报告"), "residue.placeholder").size());
    }
}
