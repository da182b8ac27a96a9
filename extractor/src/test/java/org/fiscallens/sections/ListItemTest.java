package org.fiscallens.sections;

import org.fiscallens.model.Section;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.fiscallens.sections.SyntheticLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short numbered lists of names in body type are content of the section above them, not sections. */
class ListItemTest {
    private static final String BODY = "FangSong";
    private static final HeadingDetector DETECTOR = new HeadingDetector(16, false, BODY);

    /** One single-line paragraph per (font, text) pair, one under the other. */
    private static List<Paragraph> paragraphs(String... fontAndText) {
        List<Paragraph> out = new ArrayList<>();
        double top = 80;
        for (int i = 0; i + 1 < fontAndText.length; i += 2) {
            out.add(SyntheticLines.paragraph(line(1, 122, top, 16, fontAndText[i], fontAndText[i + 1])));
            top += 30;
        }
        return out;
    }

    private static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        SectionGoldenTest.flatten(sections, out);
        return out;
    }

    @Test
    void twoItemListsUnderSubheadingsStayInTheirText() {
        List<Section> tree = SectionTreeBuilder.build(paragraphs(
                "SimHei", "一、部门机构设置和所属单位情况",
                BODY, "本部门设两个下属事业单位和两个派出机构。",
                "KaiTi", "（一）下属事业单位",
                BODY, "1.清风苑杂志社",
                BODY, "2.国家检察官学院江苏分院",
                "KaiTi", "（二）派出机构",
                BODY, "1.南京铁路运输检察院",
                BODY, "2.徐州铁路运输检察院",
                "SimHei", "二、部门收支预算编制的相关依据",
                BODY, "预算依据本部门职责编制。"), DETECTOR);
        assertEquals(List.of(
                "1 | 一 | 部门机构设置和所属单位情况 | 1 | 1",
                "2 | 一 | 下属事业单位 | 1 | 1",
                "2 | 二 | 派出机构 | 1 | 1",
                "1 | 二 | 部门收支预算编制的相关依据 | 1 | 1"), outline(tree));
        Section units = tree.get(0).children().get(0);
        assertEquals("1.清风苑杂志社\n2.国家检察官学院江苏分院", units.text());
    }

    @Test
    void bodyTypeHeadingsWithTextUnderThemStay() {
        List<Section> tree = SectionTreeBuilder.build(paragraphs(
                "KaiTi", "（一）绩效评价自评范围和内容",
                BODY, "1.部门自评范围",
                BODY, "对本部门2023年度整体绩效情况开展自评。",
                BODY, "2.部门自评内容",
                BODY, "主要围绕部门职责开展。"), DETECTOR);
        assertEquals(List.of(
                "1 | 一 | 绩效评价自评范围和内容 | 1 | 1",
                "2 | 1 | 部门自评范围 | 1 | 1",
                "2 | 2 | 部门自评内容 | 1 | 1"), outline(tree));
    }

    @Test
    void emptyHeadingsNamingPartsOfTheReportStay() {
        List<Section> tree = SectionTreeBuilder.build(paragraphs(
                "KaiTi", "（一）收支预算总体情况",
                BODY, "1.收入预算情况说明",
                BODY, "2.支出预算情况说明",
                BODY, "本部门收支预算均按规定编制。"), DETECTOR);
        assertEquals(List.of(
                "1 | 一 | 收支预算总体情况 | 1 | 1",
                "2 | 1 | 收入预算情况说明 | 1 | 1",
                "2 | 2 | 支出预算情况说明 | 1 | 1"), outline(tree));
    }

    @Test
    void runInHeadingsMayCarryOnTheNumberingOfThePreviousSection() {
        String kai = "KaiTi";
        List<Paragraph> ps = List.of(
                SyntheticLines.paragraph(line(1, 122, 80, 16, kai, "（一）坚决捍卫国家政治安全")),
                SyntheticLines.paragraph(line(1, 122, 110, 16, kai, "1.依法打击犯罪。", BODY, "坚决遏制渗透破坏活动。")),
                SyntheticLines.paragraph(line(1, 122, 140, 16, kai, "2.严厉惩处犯罪。", BODY, "建立依法快捕快诉机制。")),
                SyntheticLines.paragraph(line(1, 122, 170, 16, kai, "（二）切实担当公共利益代表职责")),
                SyntheticLines.paragraph(line(1, 122, 200, 16, kai, "3.全面开展公益诉讼工作。", BODY, "聚焦环境资源保护。")),
                // The same numbering in the body face is a list, not headings.
                SyntheticLines.paragraph(line(1, 122, 230, 16, BODY, "4.打击食品药品安全犯罪。严惩生产销售有毒有害食品。")));
        assertEquals(List.of(
                "1 | 一 | 坚决捍卫国家政治安全 | 1 | 1",
                "2 | 1 | 依法打击犯罪 | 1 | 1",
                "2 | 2 | 严厉惩处犯罪 | 1 | 1",
                "1 | 二 | 切实担当公共利益代表职责 | 1 | 1",
                "2 | 3 | 全面开展公益诉讼工作 | 1 | 1"), outline(SectionTreeBuilder.build(ps, DETECTOR)));
    }
}
