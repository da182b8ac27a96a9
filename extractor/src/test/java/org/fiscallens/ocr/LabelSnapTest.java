package org.fiscallens.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** OCR readings of table labels snapped to the closed vocabulary, and only when the match is clear. */
class LabelSnapTest {

    @Test
    void aMisreadLabelIsSnappedAndKeepsItsRawReading() {
        LabelSnap.Snapped s = LabelSnap.snap("社会保障和如业文出", null);
        assertEquals("社会保障和就业支出", s.text());
        assertEquals("社会保障和如业文出", s.raw());
        assertEquals("十六、金融支出", LabelSnap.snap("十六、人金融支出", null).text());       // list number kept as read
        assertEquals("二十一、国有资本经营预算支出", LabelSnap.snap("二十一、国有资本经营预算文出", null).text());
        assertEquals("附属单位上缴收入", LabelSnap.snap("附属音位上缴收入", null).text());      // a table word (SPEC §1.1)
        assertEquals("（一）工资福利支出", LabelSnap.snap("（一）工资福利文出", null).text()); // 经济分类
    }

    @Test
    void theRowCodeAllowsAFartherReadingButOnlyOfItsOwnName() {
        // three edits in nine characters: too far on its own, near enough to the name of the row's code
        assertNull(LabelSnap.snap("杜会保障和如业文出", null));
        assertEquals("社会保障和就业支出", LabelSnap.snap("杜会保障和如业文出", "208").text());
        // a code naming another entry does not pull the reading to it
        assertNull(LabelSnap.snap("杜会保障和如业文出", "201"));
    }

    @Test
    void anAmbiguousOrShortOrKnownReadingIsNotSnapped() {
        assertNull(LabelSnap.snap("其他收出", null));     // one edit from both 其他收入 and 其他支出
        assertNull(LabelSnap.snap("文出", null));         // too short to tell without a code
        assertNull(LabelSnap.snap("其他收入", null));     // already an entry
        assertNull(LabelSnap.snap("一、其他收入", null));
        assertNull(LabelSnap.snap("普陀区万里街道", null)); // far from every entry
        // a short label Tesseract is sure of is a variant as printed (当年收入), not a misread 本年收入
        assertNull(LabelSnap.snap("当年收入", null, 95));
        assertEquals("本年收入", LabelSnap.snap("当年收入", null, 40).text());
        assertEquals("社会保障和就业支出", LabelSnap.snap("社会保障和如业文出", null, 95).text()); // long: the distance decides
    }

    @Test
    void aFigureOrCodeIsNeverSnapped() {
        for (String figure : new String[]{"1,741,445.22", "1741,445.22", "-", "2080505", "12.5%", "3O1", "合计1,000.00"}) {
            assertNull(LabelSnap.snap(figure, null), figure);
            assertNull(LabelSnap.snap(figure, "208"), figure);
        }
    }

    @Test
    void listNumbersFollowTheirColumnsCount() {
        // two neighbours agree: 十一 lost its 十, 三 read as :, 十二 as 二二
        assertEquals(java.util.List.of("九、医疗卫生支出", "十、节能环保支出", "十一、城乡社区支出", "十二、农林水支出", "十三、交通运输支出"),
                ListNumbers.repair(java.util.List.of("九、医疗卫生支出", "十、节能环保支出", "上一、城乡社区支出", "二二、农林水支出", "十三、交通运输支出")));
        assertEquals(java.util.List.of("一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出"),
                ListNumbers.repair(java.util.List.of("一、一般公共服务支出", "二、外交支出", ":、国防支出", "四、公共安全支出")));
        // a new count from 一 in the same column is kept
        java.util.List<String> restart = java.util.List.of("一、基本支出", "二、项目支出", "三、单位预留机动经费", "一、一般公共服务支出", "二、外交支出", "三、国防支出");
        assertEquals(restart, ListNumbers.repair(restart));
        // an unnumbered label between (a 、 lost) breaks the count: nothing is guessed across it (the Jiangsu 2017 scan)
        java.util.List<String> broken = java.util.List.of("九、医疗卫生与计划生育支出", "十`节能环保支出", "上一城乡社区文出", "『二、农林水支出",
                "十三交通运输支出", "十四、资源勘探信息等支出", "[五.商业服务业等文出", "F六、金融支出", "七、国土海洋气象等支出", "二八、住房保障支出",
                "上九、粮油物资储备支出", "二十、其他支出");
        assertEquals(broken, ListNumbers.repair(broken));
        // one neighbour alone does not decide; labels without numbers are untouched
        java.util.List<String> loose = java.util.List.of("十二、农林水支出", "上三、交通运输支出", "合计", "1.一般公共预算资金");
        assertEquals(loose, ListNumbers.repair(loose));
        // a count confirmed by two labels (八、九、) goes on through numbers read with their last character right
        // (the 江苏人大 2019 table at 200 dpi): 十 read 上, 十二 read 三二, 十六 read 六, 二十 read 一十
        assertEquals(java.util.List.of("八、社会保障和就业支出", "九、卫生健康支出", "十、节能环保支出", "十一、城乡社区支出", "十二、农林水支出",
                        "十三、交通运输支出", "十四、资源勘探信息等支出", "十五、商业服务业等支出", "十六、金融支出", "十七、自然资源海洋气象等支出", "十八、住房保障支出", "十九、粮油物资储备支出", "二十、灾害防治及应急管理支出", "二十一、其他支出"),
                ListNumbers.repair(java.util.List.of("八、社会保障和就业支出", "九、卫生健康支出", "上、节能环保支出", "上一、城乡社区支出", "三二、农林水支出",
                        "上三、交通运输支出", "三四、资源勘探信息等支出", "上五、商业服务业等支出", "六、金融支出", "[|七、自然资源海洋气象等支出", "上八、住房保障支出", "上九、粮油物资储备支出", "一十、灾害防治及应急管理支出", "一二一、其他支出")));
        // the count stops at a number that ends otherwise (三 is then set by its two neighbours' votes, but the count is
        // not carried on to 上一), and is never carried past an unnumbered label
        assertEquals(java.util.List.of("八、社会保障和就业支出", "九、卫生健康支出", "十、节能环保支出", "上一、城乡社区支出"),
                ListNumbers.repair(java.util.List.of("八、社会保障和就业支出", "九、卫生健康支出", "三、节能环保支出", "上一、城乡社区支出")));
        java.util.List<String> gap = java.util.List.of("一、基本支出", "二、项目支出", "其他", "上、节能环保支出");
        assertEquals(gap, ListNumbers.repair(gap));
        assertEquals("二十三", ListNumbers.chinese(23));
        assertEquals(23, ListNumbers.value("二十三"));
    }

    @Test
    void aTitleLineMisreadByACharacterIsCorrected() {
        assertEquals("2025年部门财务收支预算总表", LabelSnap.title("2025年部门财务收文预算总表"));
        assertEquals("2024年度一般公共预算财政拨款支出决算表", LabelSnap.title("2024年度一般公共预算财政拨款文出决算表"));
        // 收文 is one character from both 收入 and 收支: the known confusion (支 read as 文) decides
        assertEquals("收支预算总表", LabelSnap.title("收文预算总表"));
        for (String kept : new String[]{"收丈预算总表", "本年收入决算数为100万元", "收入决算数", "2025年部门财务收支预算总表", "一般公共预算支出功能分类预算数",
                "收文预算总额"}) {
            assertEquals(kept, LabelSnap.title(kept));
        }
    }
}
