package org.fiscallens.sections;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeadingPatternTest {
    @Test
    void recognisesTheNumberingStyles() {
        assertEquals(new HeadingPattern.Numbered("part", "三", "上海市普陀区财政局2024年度部门决算情况说明"),
                HeadingPattern.match("第三部分 上海市普陀区财政局2024年度部门决算情况说明"));
        assertEquals(new HeadingPattern.Numbered("cjk", "十一", "其他重要事项的情况说明"), HeadingPattern.match("十一、其他重要事项的情况说明"));
        assertEquals(new HeadingPattern.Numbered("paren_cjk", "二", "政府采购支出情况"), HeadingPattern.match("（二）政府采购支出情况"));
        assertEquals(new HeadingPattern.Numbered("arabic", "3", "住房保障支出项"), HeadingPattern.match("3. 住房保障支出项"));
        assertEquals(new HeadingPattern.Numbered("arabic", "1", "部门自评范围"), HeadingPattern.match("1、部门自评范围"));
        assertEquals(new HeadingPattern.Numbered("paren_arabic", "2", "公务用车运行费"), HeadingPattern.match("(2)公务用车运行费"));
        assertEquals(new HeadingPattern.Numbered("attachment", "一", "2023年度部门名称整体绩效评价报告"),
                HeadingPattern.match("附件一、2023年度部门名称整体绩效评价报告"));
        assertEquals(new HeadingPattern.Numbered("attachment", "2", "部门决算模板"), HeadingPattern.match("附件2：部门决算模板"));
        assertNull(HeadingPattern.match("附件2-1"), "the label of an attached table");
        assertNull(HeadingPattern.match("附件 2-3 2023年度就业补助项目自评表"));
        assertNull(HeadingPattern.match("附件：2025年部门预算公开表"), "no number");
        assertNull(HeadingPattern.match("2.5万元用于"));
        assertNull(HeadingPattern.match("2023年度收入合计"));
    }

    @Test
    void numberValues() {
        assertEquals(11, HeadingPattern.value("十一"));
        assertEquals(20, HeadingPattern.value("二十"));
        assertEquals(3, HeadingPattern.value("3"));
        assertEquals(2, HeadingPattern.value("②"));
    }

    @Test
    void titlesAreCleaned() {
        assertEquals("一般公共预算财政拨款支出决算总体情况", HeadingDetector.cleanTitle("一般公共预算财政拨款支出决算总体情况。"));
        assertEquals("2019年度部门预算表", HeadingDetector.cleanTitle("2019 年度部门预算表"));
    }
}
