package org.fiscallens.facts;

import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.TextLine;
import org.fiscallens.model.Box;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Claim.Fund;
import org.fiscallens.model.Claim.Measure;
import org.fiscallens.model.Claim.Relation;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Provenance;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Section;
import org.fiscallens.sections.Paragraph;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Claims read from paraphrases: each kind of statement in several wordings, most of them in no corpus document, with
 * the subject, measure, funds, relation and base each wording must give.
 */
class ClaimReaderTest {

    private static final DocumentInfo FINAL_2024 = new DocumentInfo(DocumentKind.FINAL_ACCOUNTS, Scope.DEPARTMENT, 2024, null, null, null);
    private static final DocumentInfo BUDGET_2025 = new DocumentInfo(DocumentKind.BUDGET, Scope.DEPARTMENT, 2025, null, null, null);

    /** The facts of one paragraph under the given section titles (outermost first). */
    static List<Fact> facts(DocumentInfo info, String text, String... titles) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Section section = null;
        List<Section> chain = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Box box = new Box(50, 40 + 20 * i, 300, 52 + 20 * i);
            TextLine line = new TextLine(List.of(), box, titles[i], LineRole.BODY, 1);
            paragraphs.add(new Paragraph(titles[i], List.of(line), 1, box));
            chain.add(new Section(String.valueOf(i + 1), titles[i], i + 1, "cjk", List.of(1, 1), null, new Provenance(1, box, titles[i]), List.of()));
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Section s = chain.get(i);
            section = new Section(s.number(), s.title(), s.level(), s.style(), s.pages(), s.text(), s.heading(),
                    section == null ? List.of() : List.of(section));
        }
        paragraphs.add(new Paragraph(text, List.of(), 1, null));
        return NarrativeFacts.extract(paragraphs, section == null ? List.of() : List.of(section), info);
    }

    /** The claim of the figure printed as {@code value} (the first such). */
    static Claim claim(List<Fact> facts, String value) {
        for (Fact f : facts) if (f.value() != null && f.value().compareTo(new BigDecimal(value)) == 0) {
            assertNotNull(f.claim(), "no claim on " + f);
            return f.claim();
        }
        throw new AssertionError("no figure " + value + " in " + facts.stream().map(Fact::quote).toList());
    }

    static int index(List<Fact> facts, String value) {
        for (int i = 0; i < facts.size(); i++) if (facts.get(i).value() != null && facts.get(i).value().compareTo(new BigDecimal(value)) == 0) return i;
        return -1;
    }

    private static void level(Claim c, String subject, Measure m, Fund fund) {
        assertEquals(subject, c.subject(), "subject of " + c);
        assertEquals(m, c.measure(), "measure of " + c);
        assertEquals(fund, c.fund(), "fund of " + c);
        assertEquals(Relation.LEVEL, c.relation(), "relation of " + c);
    }

    @Test
    void theFundsOfABasicExpenditureInManyWordings() {
        // the fund in a clause of its own before the figure
        level(claim(facts(FINAL_2024, "本单位2024年决算支出中，一般公共预算安排的基本支出为1200.50万元。"), "1200.50"),
                "expenditure.basic", Measure.ACTUAL, Fund.GENERAL_BUDGET);
        level(claim(facts(FINAL_2024, "在一般公共预算财政拨款支出中，基本支出1200.50万元，项目支出300万元。"), "300"),
                "expenditure.project", Measure.ACTUAL, Fund.GENERAL_BUDGET);
        // in the figure's own name
        level(claim(facts(FINAL_2024, "2024年度一般公共预算财政拨款基本支出1200.50万元。"), "1200.50"),
                "general_budget.basic", Measure.ACTUAL, Fund.GENERAL_BUDGET);
        // in the whole it is listed under
        List<Fact> listed = facts(FINAL_2024, "财政拨款支出3000万元，其中：基本支出1200.50万元，项目支出1799.50万元。");
        level(claim(listed, "1200.50"), "expenditure.basic", Measure.ACTUAL, Fund.APPROPRIATION);
        assertEquals(index(listed, "3000"), claim(listed, "1799.50").whole());
        // in the section title only
        level(claim(facts(FINAL_2024, "基本支出1200.50万元。", "第三部分 2024年度部门决算情况说明", "五、政府性基金预算财政拨款支出决算情况"), "1200.50"),
                "expenditure.basic", Measure.ACTUAL, Fund.GOVERNMENT_FUND);
        // nowhere: all the department's funds
        level(claim(facts(FINAL_2024, "本年支出合计2940.05万元，其中：基本支出1200.50万元。", "二、收入支出决算总体情况"), "1200.50"),
                "expenditure.basic", Measure.ACTUAL, Fund.ALL);
    }

    @Test
    void aSiblingItemsFundIsNotTaken() {
        List<Fact> f = facts(FINAL_2024, "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。");
        level(claim(f, "2940.05"), "income.appropriation", Measure.ACTUAL, Fund.APPROPRIATION);
        level(claim(f, "6.2"), "income.other", Measure.ACTUAL, Fund.ALL);
        assertEquals(0, claim(f, "6.2").whole());
        assertEquals("income_total", claim(f, "0.21").base());
        assertEquals(Relation.SHARE, claim(f, "0.21").relation());
        assertEquals(Fund.ALL, claim(f, "0.21").fund());
    }

    @Test
    void changesOnThePreviousYearInManyWordings() {
        for (String s : List.of(
                "机关运行经费支出184.65万元，较上一年度决算数减少2.55万元，下降1.36%。",
                "机关运行经费支出184.65万元，比2023年度减少2.55万元，下降1.36%。",
                "机关运行经费支出184.65万元，与上年相比减少2.55万元，降幅1.36%。",
                "机关运行经费支出184.65万元，同比减少2.55万元，下降1.36%。")) {
            List<Fact> f = facts(FINAL_2024, s);
            level(claim(f, "184.65"), "operating_costs", Measure.ACTUAL, Fund.GENERAL_BUDGET);
            Claim change = claim(f, "2.55");
            assertEquals("operating_costs", change.subject(), s);
            assertEquals(Relation.CHANGE, change.relation(), s);
            assertEquals(Measure.ACTUAL, change.measure(), s);
            assertEquals("prior_year", change.base(), s);
            assertEquals(2023, change.baseYear(), s);
            if (!s.contains("降幅")) assertEquals(Relation.CHANGE_RATE, claim(f, "1.36").relation(), s);
        }
        // a budget's change on the previous year's budget
        Claim b = claim(facts(BUDGET_2025, "2025年本部门收入预算3000万元，比2024年预算增加120万元。"), "120");
        assertEquals(Relation.CHANGE, b.relation());
        assertEquals(Measure.BUDGET, b.measure());
        assertEquals("prior_year", b.base());
        assertEquals(2024, b.baseYear());
    }

    @Test
    void sharesOfAWholeInManyWordings() {
        assertEquals("expenditure_total", claim(facts(FINAL_2024, "基本支出2336.91万元，占全部支出的比重为79.49%。"), "79.49").base());
        assertEquals("expenditure_total", claim(facts(FINAL_2024, "基本支出2336.91万元，占本年支出合计的79.49%。"), "79.49").base());
        assertEquals("general_budget.expenditure",
                claim(facts(FINAL_2024, "一般公共服务支出（类）2106.66万元，占一般公共预算财政拨款支出的71.73%。"), "71.73").base());
        Claim s = claim(facts(FINAL_2024, "基本支出2336.91万元，占全部支出的比重为79.49%。"), "79.49");
        assertEquals("expenditure.basic", s.subject());
        assertEquals(Relation.SHARE, s.relation());
        assertEquals(Measure.ACTUAL, s.measure());
        // the whole not printed: the list's head
        List<Fact> f = facts(FINAL_2024, "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。");
        assertEquals("expenditure_total", claim(f, "20.51").base());
        assertEquals("expenditure.project", claim(f, "20.51").subject());
    }

    @Test
    void completionOfABudgetInManyWordings() {
        List<Fact> f = facts(FINAL_2024, "“三公”经费全年预算数为10万元，实际执行8.5万元，执行率为85%。");
        level(claim(f, "10"), "three_public", Measure.ADJUSTED_BUDGET, Fund.APPROPRIATION);
        level(claim(f, "8.5"), "three_public", Measure.ACTUAL, Fund.APPROPRIATION);
        Claim rate = claim(f, "85");
        assertEquals(Relation.COMPLETION, rate.relation());
        assertEquals("three_public", rate.subject());
        assertEquals("adjusted_budget", rate.base());

        Claim c = claim(facts(FINAL_2024, "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。"), "98.20");
        assertEquals(Relation.COMPLETION, c.relation());
        assertEquals("initial_budget", c.base());
        assertEquals(Fund.GENERAL_BUDGET, c.fund());
        assertEquals("general_budget.expenditure", c.subject());
        Claim d = claim(facts(FINAL_2024, "一般公共预算财政拨款支出调整后预算为3000万元，决算数为2940.05万元，预算完成率为98%。"), "98");
        assertEquals(Relation.COMPLETION, d.relation());
        assertEquals("adjusted_budget", d.base());
        assertEquals(Measure.ADJUSTED_BUDGET, claim(facts(FINAL_2024, "一般公共预算财政拨款支出调整后预算为3000万元。"), "3000").measure());
    }

    @Test
    void measuresOfALevel() {
        List<Fact> f = facts(FINAL_2024, "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元。");
        level(claim(f, "2993.92"), "general_budget.expenditure", Measure.INITIAL_BUDGET, Fund.GENERAL_BUDGET);
        level(claim(f, "2940.05"), "general_budget.expenditure", Measure.ACTUAL, Fund.GENERAL_BUDGET);
        Claim prior = claim(facts(FINAL_2024, "本年支出合计2940.05万元，上年决算数为2800万元。"), "2800");
        assertEquals(Measure.PRIOR_YEAR, prior.measure());
        assertEquals(2023, prior.year());
        level(claim(facts(BUDGET_2025, "2025年本部门收入预算3000万元。"), "3000"), "income_total", Measure.BUDGET, Fund.ALL);
        assertEquals(Measure.PRIOR_YEAR, claim(facts(BUDGET_2025, "机关运行经费2024年当年预算执行数为60.13万元。"), "60.13").measure());
    }

    @Test
    void countsAreCounts() {
        List<Fact> f = facts(FINAL_2024, "2024年度因公出国（境）团组2个，累计10人次；公务用车保有量为3辆。", "七、“三公”经费财政拨款支出决算情况");
        assertEquals(Measure.COUNT, claim(f, "2").measure());
        assertEquals(Measure.COUNT, claim(f, "10").measure());
        assertEquals("three_public.vehicle.fleet", claim(f, "3").subject());
        assertEquals(Relation.LEVEL, claim(f, "3").relation());
        Claim staff = claim(facts(FINAL_2024, "本单位共有在职人员45人。"), "45");
        assertNull(staff.subject());
        assertEquals(Measure.COUNT, staff.measure());
    }

    @Test
    void classLinesResolveTheirCodeThroughTheClassificationOfTheYear() {
        Claim c = claim(facts(FINAL_2024, "一般公共服务支出（类）财政事务（款）行政运行（项）年初预算为1560.05万元，支出决算为1511.89万元。"), "1511.89");
        assertEquals("class", c.subject());
        assertEquals("行政运行", c.item());
        assertEquals("2010601", c.code());
        assertEquals("项", c.level());
        assertEquals(Measure.ACTUAL, c.measure());
        Claim k = claim(facts(FINAL_2024, "社会保障和就业支出（类）326.72万元，占11.11%。"), "326.72");
        assertEquals("208", k.code());
        assertEquals("类", k.level());
        assertEquals(Fund.GENERAL_BUDGET, k.fund());
        // a class renamed in 2019: its old name is the class in 2018, no class of 2024
        DocumentInfo final2018 = new DocumentInfo(DocumentKind.FINAL_ACCOUNTS, Scope.DEPARTMENT, 2018, null, null, null);
        assertEquals("210", claim(facts(final2018, "医疗卫生与计划生育支出（类）60.99万元。"), "60.99").code());
        assertNull(claim(facts(FINAL_2024, "医疗卫生与计划生育支出（类）60.99万元。"), "60.99").code());
        assertEquals("210", claim(facts(FINAL_2024, "卫生健康支出（类）60.99万元。"), "60.99").code());
    }

    @Test
    void itemsOfPersonnelCostsPointToTheirWhole() {
        List<Fact> f = facts(FINAL_2024, "人员经费2152.26万元，主要包括：基本工资500万元、津贴补贴300万元；公用经费184.65万元，主要包括：办公费20万元。",
                "第三部分", "六、一般公共预算财政拨款基本支出决算情况");
        Claim wage = claim(f, "500");
        assertEquals("basic.personnel.item", wage.subject());
        assertEquals("基本工资", wage.item());
        assertEquals(index(f, "2152.26"), wage.whole());
        assertEquals(Fund.GENERAL_BUDGET, wage.fund());
        Claim office = claim(f, "20");
        assertEquals("basic.public.item", office.subject());
        assertEquals(index(f, "184.65"), office.whole());
        // 公用经费 is no part of 人员经费: the short list closed at the ；
        assertNull(claim(f, "184.65").whole());
    }

    @Test
    void theFundReaderKeepsAQualifiedFund() {
        assertEquals(Fund.GENERAL_BUDGET, ClaimReader.nearestFund("一般公共预算财政拨款支出"));
        assertEquals(Fund.GOVERNMENT_FUND, ClaimReader.nearestFund("政府性基金预算财政拨款"));
        assertEquals(Fund.APPROPRIATION, ClaimReader.nearestFund("一般公共预算支出|财政拨款收入"));
        assertNull(ClaimReader.nearestFund("使用非财政拨款结余"));
        assertNull(ClaimReader.nearestFund("本年收入合计"));
    }
}
