package org.fiscallens.sections;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Section-tree defects seen on real reports, each read on the rendered page: short lists of names that became
 * sections, run-in glossary terms cut at their first line, and contents
 * that swallowed the body's first headings.
 */
class SectionDefectsCorpusTest {

    private static FiscalDocument jiangsu(String name) {
        return Corpus.extract(Corpus.real().resolve("jiangsu").resolve(name));
    }

    private static Section find(List<Section> sections, String title) {
        for (Section s : sections) {
            if (s.title().equals(title)) return s;
            Section in = find(s.children(), title);
            if (in != null) return in;
        }
        return null;
    }

    private static List<String> titles(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) out.add(s.number() + " " + s.title());
        return out;
    }

    /** p7–9: 具体包括：（一）机关内设机构 1.办公室 … 23.行政装备处 （二）下属事业单位 1. 2. （三）派出机构 1. 2. — one list. */
    @Test
    void unitListsOfThe2017ProcuratorateAreTextOfTheirSection() {
        FiscalDocument doc = jiangsu("江苏省人民检察院__2017年省检察院部门预算.pdf");
        Section units = find(doc.sections(), "部门机构设置和所属单位情况");
        assertNotNull(units);
        assertEquals(List.of(), titles(units.children()));
        assertTrue(units.text().contains("1.清风苑杂志社\n2.国家检察官学院江苏分院\n（三）派出机构\n1.南京铁路运输检察院"), units.text());
        Section overview = find(doc.sections(), "部门概况");
        assertEquals(List.of("一 主要职责", "二 2017年主要工作任务", "三 部门机构设置和所属单位情况",
                "四 部门收支预算编制的相关依据及测算分析情况"), titles(overview.children()));
    }

    /**
     * p2: the body starts under the contents (第一部分 部门概况). p5–6: （一）（二）（三） in 楷体 are sub-headings;
     * the numbered names under them (two under （二）, two under （三）) are their text.
     */
    @Test
    void the2018ProcuratorateKeepsItsFirstPartAndItsUnitListsAreText() {
        FiscalDocument doc = jiangsu("江苏省人民检察院__2018年省检察院部门预算公开.pdf");
        Section overview = doc.sections().get(0);
        assertEquals("部门概况", overview.title());
        assertEquals(2, overview.firstPage());
        assertEquals(List.of("一 主要职责", "二 部门机构设置及预算单位构成情况", "三 2018年主要工作任务"), titles(overview.children()));
        Section units = overview.children().get(1);
        assertEquals(List.of("一 机关内设机构", "二 下属事业单位", "三 派出机构"), titles(units.children()));
        for (Section s : units.children()) assertEquals(List.of(), titles(s.children()), s.title());
        assertEquals("1.清风苑杂志社\n2.国家检察官学院江苏分院", units.children().get(1).text());
        // p6–13: the bold 楷体 run-in task headings number on across （一）…（五）: 1–4 under （一）, 5–9 under （二）.
        Section tasks = overview.children().get(2);
        assertEquals(List.of("5 全面开展公益诉讼工作", "6 打击食品药品安全犯罪", "7 加大生态环境司法保护力度",
                "8 研判应对新型网络侵财型犯罪", "9 强化执法司法活动法律监督"), titles(tasks.children().get(1).children()));
        assertEquals("24 持之以恒正风肃纪", titles(tasks.children().get(4).children()).get(5));
    }

    /**
     * 人大常委会 2019 p13: the page number "─ 11 ─" sits just above the bottom band; it is furniture, so the item
     * 1.行政事业单位离退休（类）… runs on to p14 as one paragraph instead of becoming a section cut at the page end.
     */
    @Test
    void aDashedPageNumberDoesNotCutTheItemBeforeIt() {
        FiscalDocument doc = jiangsu("江苏省人大办公厅__江苏省人大常委会2019年度部门预算公开.pdf");
        Section social = find(doc.sections(), "社会保障和就业（类）");
        assertNotNull(social);
        assertEquals(List.of(), titles(social.children()));
        assertTrue(social.text().startsWith("1.行政事业单位离退休（类）未归口管理的行政单位离退休支出（项）271.45万元"), social.text());
        Section overall = find(doc.sections(), "财政拨款收支预算总体情况说明");
        assertTrue(!overall.text().contains("─"), overall.text());
    }

    /** p29–30: 名词解释 terms in 黑体 whose definitions wrap onto lines in the body face are one paragraph each. */
    @Test
    void glossaryTermsOfThe2017PeoplesCongressAreWhole() {
        FiscalDocument doc = jiangsu("江苏省人大办公厅__江苏省人大办公厅2017年度预算公开.pdf");
        Section glossary = find(doc.sections(), "名词解释");
        assertNotNull(glossary);
        List<String> lines = List.of(glossary.text().split("\n"));
        assertTrue(lines.contains("一、财政拨款：指由一般公共预算、政府性基金预算安排的财政拨款数。"), glossary.text());
        assertTrue(lines.contains("七、单位预留机动经费：指预算单位年初预留用于年度执行中增人、增资等不可预见支出的经费。"), glossary.text());
    }

    /**
     * Seed p23–40: 第六部分 holds two attached reports, 附件一 (the department's, headings 一–五) and 附件二 (a
     * project's, with the 自评表 labelled 附件2-1…2-6, which are not sections); their headings are placed on their own
     * pages for the checks, not on the contents page that repeats them.
     */
    @Test
    void seedAttachedReportsAreSectionsOfTheirPart() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        Section part = doc.sections().get(5);
        assertEquals("六", part.number());
        assertEquals(List.of("一 2023年度部门名称整体绩效评价报告", "二 2023年度XX项目绩效评价报告"), titles(part.children()));
        assertEquals(List.of("attachment", "attachment"), part.children().stream().map(Section::style).toList());
        assertEquals(List.of(23, 35), part.children().stream().map(c -> c.heading().page()).toList());
        assertEquals(List.of("一 基本情况", "二 部门自评工作开展情况", "三 部门整体绩效目标完成情况", "四 主要成效、存在的突出问题和原因", "五 下一步拟改进措施"),
                titles(part.children().get(0).children()));
        assertTrue(part.children().get(1).text().contains("附件2-1"), "the tables' labels are text of 附件二");
        // the placeholder in 附件一's title is reported on the contents page and on the heading's page, once each
        List<Integer> pages = doc.findings().stream().filter(f -> f.message().contains("部门名称"))
                .flatMap(f -> f.evidence().stream()).map(e -> e.page()).sorted().toList();
        assertEquals(List.of(2, 23), pages);
    }

    /**
     * Seed p4–12: 第二部分 numbers its nine tables 一、收入支出决算总表 … 九、财政拨款“三公”经费支出决算表, each heading followed by
     * the table's own title. The title repeats the heading and stays its text; it no longer closes the heading as an
     * unnumbered chapter title (which had left 二–九 as body text). A budget's table title of its own still opens a
     * chapter (SectionGoldenTest, 财政局部门25年预算).
     */
    @Test
    void seedTablesPartHasItsNineNumberedTables() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        Section part = doc.sections().get(1);
        assertEquals("二", part.number());
        assertEquals(List.of("一 收入支出决算总表", "二 收入决算表", "三 支出决算表", "四 财政拨款收入支出决算总表", "五 一般公共预算财政拨款支出决算表",
                "六 一般公共预算财政拨款基本支出决算明细表", "七 政府性基金预算财政拨款收入支出决算表", "八 国有资本经营预算财政拨款支出决算表",
                "九 财政拨款“三公”经费支出决算表"), titles(part.children()));
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12), part.children().stream().map(c -> c.heading().page()).toList());
        assertTrue(part.children().get(1).text().startsWith("收入决算表"), part.children().get(1).text());
    }

    /** Seed p21: the five function-classification items under 名词解释 (十) are a list, not sections. */
    @Test
    void seedGlossaryList() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        Section glossary = find(doc.sections(), "名词解释");
        assertNotNull(glossary);
        assertEquals(List.of(), titles(glossary.children()));
        assertTrue(glossary.text().contains("1.社会保障和就业支出(类)人力资源和社会保障管理事务(款)社会保险业务管理事务(项)"));
    }
}
