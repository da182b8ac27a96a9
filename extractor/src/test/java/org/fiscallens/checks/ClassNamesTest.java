package org.fiscallens.checks;

import org.fiscallens.facts.ClaimReader;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Section;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 科目 named in the narrative, in each form reports print it (code and name, name and code, level marks, the
 * 类…款…项 chain with relative codes, bare in running words), against the name of its code in the tables and in the
 * classification of the fiscal year. Wordings written for this test; none is a corpus sentence.
 */
class ClassNamesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    /** A table whose 2240106 (a line the bundled classification lacks) is 安全监管. */
    private static Table table() {
        return Fixtures.table("expenditure", "支出决算表", null,
                Fixtures.row(null, "2240106", "安全监管", "本年支出/合计", "12.00"),
                Fixtures.row(null, "2080506", "机关事业单位职业年金缴费支出", "本年支出/合计", "30.00"),
                Fixtures.row(null, "2040606", "律师管理", "本年支出/合计", "2.00"));
    }

    private static List<Finding> check(int year, String paragraph) {
        Section s = Fixtures.section("情况说明", paragraph);
        return Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, year, List.of(s), List.of(table())), null);
    }

    private static List<Finding> naming(int year, String paragraph) {
        return check(year, paragraph).stream().filter(f -> f.rule().equals("naming.classification")).toList();
    }

    @Test
    void aFigureOfACodedSubjectIsAClassClaim() {
        for (String s : List.of("2240106安全监管支出12.00万元。", "2240106-安全监管12.00万元。", "其中：2240106 安全监管 12.00万元。")) {
            org.fiscallens.model.FiscalDocument d = Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023,
                    List.of(Fixtures.section("情况说明", s)), List.of(table()));
            org.fiscallens.model.Fact f = d.facts().stream()
                    .filter(x -> x.value() != null && x.value().compareTo(new java.math.BigDecimal("12.00")) == 0).findFirst().orElseThrow();
            assertEquals("class", f.claim().subject(), s + " " + f);
            assertEquals("2240106", f.claim().code(), s);
        }
        // a count after a 3-digit number is no 科目
        org.fiscallens.model.FiscalDocument d = Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023,
                List.of(Fixtures.section("情况说明", "220户家庭补助12.00万元。")), List.of(table()));
        assertTrue(d.facts().stream().noneMatch(x -> x.claim() != null && "220".equals(x.claim().code())));
    }

    @Test
    void mentionsInEveryForm() {
        String t = "201类一般公共服务支出03款政府办公厅（室）及相关机构事务01项行政运行支出8万元";
        List<ClaimReader.ClassMention> m = ClaimReader.classMentions(t);
        assertEquals(List.of("201", "20103", "2010301"), m.stream().map(ClaimReader.ClassMention::code).toList());
        assertEquals("政府办公厅（室）及相关机构事务", m.get(1).run(t));
        String u = "其中用于监管安全（2240106）支出6万元，2080506-机关事业单位职业年金缴费支出3万元，“行政运行”（项）1万元。";
        List<ClaimReader.ClassMention> n = ClaimReader.classMentions(u);
        assertEquals(3, n.size(), n.toString());
        assertEquals("name-code", n.get(0).form());
        assertEquals("2240106", n.get(0).code());
        assertEquals("code-name", n.get(1).form());
        assertEquals("机关事业单位职业年金缴费支出", n.get(1).run(u));
        assertEquals("marked", n.get(2).form());
        assertEquals("行政运行", n.get(2).run(u));
        assertNull(n.get(2).code());
        // years, amounts and counts are no codes
        assertTrue(ClaimReader.classMentions("2023年支出201万元，比2022年增加23人，共206辆车。").isEmpty());
    }

    @Test
    void aSwappedNameIsFoundInEachFormWithBothSidesCited() {
        for (String s : List.of(
                "2240106监管安全支出6.00万元，主要用于安全生产检查。",
                "2240106 监管安全 6.00万元。",
                "监管安全（2240106）支出6.00万元。",
                "“监管安全”（项）支出6.00万元。",
                "安全监管事务中，监管安全项目支出6.00万元。")) {
            List<Finding> f = naming(2023, s);
            assertEquals(1, f.size(), s + " " + f);
            assertTrue(f.get(0).message().contains("安全监管"), f.get(0).message());
            assertTrue(f.get(0).evidence().stream().anyMatch(e -> e.quote() != null && e.quote().contains("监管安全")), s);
            assertTrue(f.get(0).evidence().stream().anyMatch(e -> e.table() != null), "the table's name is cited: " + s);
        }
        // against the classification of the year: the chain with relative codes, the name after its code
        for (String s : List.of(
                "208类社会保障和就业支出05款行政事业单位养老支出06项机关事业单位年金职业缴费支出30.00万元。",
                "2080506机关事业单位年金职业缴费支出30.00万元。",
                "社会保障和就业支出（类）行政事业单位支出养老（款）支出30.00万元。")) {
            assertEquals(1, naming(2023, s).size(), s + " " + naming(2023, s));
        }
    }

    @Test
    void aHeadingAndANameMarkedAtAnotherLevel() {
        Section s = Fixtures.section("（三）保障住房支出（类）", "住房保障支出10.00万元。");
        List<Finding> f = Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023, List.of(s), List.of(table())), null).stream()
                .filter(x -> x.rule().equals("naming.classification")).toList();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("住房保障支出"), f.get(0).message());
        // a 项 of the classification marked 类, its words swapped
        assertEquals(1, naming(2018, "1.行政离退休事业单位（类）未归口管理的行政单位离退休支出（项）256.76万元。").size());
    }

    @Test
    void anOldNameOnlyWhereTheYearNoLongerHasIt() {
        for (String s : List.of("210医疗卫生与计划生育支出25.00万元。", "医疗卫生与计划生育支出（210）25.00万元。",
                "用于医疗卫生与计划生育支出25.00万元。")) {
            List<Finding> f = naming(2023, s);
            assertEquals(1, f.size(), s + " " + f);
            assertTrue(f.get(0).message().contains("卫生健康支出"), f.get(0).message());
            assertTrue(naming(2017, s).isEmpty(), "the old name is right in 2017: " + s);
        }
        // told as former, or about a year before the rename
        assertTrue(naming(2019, "2018年医疗卫生与计划生育支出决算为25.00万元。").isEmpty());
        assertTrue(naming(2023, "原医疗卫生与计划生育支出类已更名为卫生健康支出。").isEmpty());
    }

    @Test
    void inRunningWordsTheSameLettersAreAnObservation() {
        // 保障 (to ensure) before 劳动监察: the letters of 劳动保障监察, not its name: info, not a warning
        List<Finding> f = naming(2023, "一是保障劳动监察、劳动仲裁各项业务正常开展。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(org.fiscallens.model.Severity.INFO, f.get(0).severity());
        // a verb and its object (管理律师: to manage lawyers) where the tables name 律师管理: an observation at most
        assertTrue(naming(2023, "指导、监督、管理律师、公证和法律援助工作。").stream().noneMatch(x -> x.severity() != org.fiscallens.model.Severity.INFO));
        // a quoted path (“一般公共服务支出（类）…”) and a conjunction of the words around (预算和其他商品服务支出): nothing
        assertTrue(naming(2024, "1.“一般公共服务支出（类）财政事务（款）行政运行（项）”10.00万元。").isEmpty());
        assertTrue(naming(2019, "主要原因是压减了会议费预算和其他商品服务支出。").isEmpty());
        // inside words on both sides (深化公立医院综合改革): nothing
        assertTrue(naming(2023, "统筹推进深化公立医院综合改革，健全管理制度。").isEmpty());
        // a stretch over a name printed right (疗救助医 in 医疗救助医保) is nothing
        assertTrue(naming(2023, "医疗救助医保缴费补助项目全年预算数为316.74万元。").isEmpty());
        // an item of a list is a warning
        assertEquals(org.fiscallens.model.Severity.WARNING, naming(2023, "主要包括：基本工资、公积金住房、医疗费等支出。").get(0).severity());
    }

    @Test
    void rightShortenedAndLocalNamesAreLeftAlone() {
        for (String s : List.of(
                "2240106安全监管支出6.00万元。",
                "安全监管（2240106）6.00万元。",
                "20103政府办公厅支出10.00万元。",
                "201类一般公共服务支出03款政府办公厅（室）及相关机构事务01项行政运行支出8.00万元。",
                "2080506机关事业单位职业年金缴费30.00万元。",
                "主要用于社区安全监管和宣传。",
                "专项业务费（项）支出300.00万元。",
                "2023年支出201万元，其中卫生健康支出25.00万元。")) {
            assertTrue(naming(2023, s).isEmpty(), s + " " + naming(2023, s));
        }
    }
}
