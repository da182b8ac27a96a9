package org.fiscallens.facts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseCountsTest {

    private static String counts(String text) {
        StringBuilder b = new StringBuilder();
        for (Figure f : ChineseCounts.scan(text)) {
            if (b.length() > 0) b.append(" | ");
            b.append(f.value().toPlainString()).append(' ').append(f.unit());
            if (f.flags().contains("approximate")) b.append(" ~");
        }
        return b.toString();
    }

    @Test
    void numeralValuesAreExact() {
        assertEquals(new BigDecimal("23"), ChineseCounts.value("二十三"));
        assertEquals(new BigDecimal("105"), ChineseCounts.value("一百零五"));
        assertEquals(new BigDecimal("12"), ChineseCounts.value("十二"));
        assertEquals(new BigDecimal("2"), ChineseCounts.value("两"));
        assertEquals(new BigDecimal("2000"), ChineseCounts.value("两千"));
        assertEquals(new BigDecimal("3450"), ChineseCounts.value("三千四百五十"));
        assertEquals(new BigDecimal("12000"), ChineseCounts.value("一万二千"));
        assertNull(ChineseCounts.value("一两"));
        assertNull(ChineseCounts.value("十四五"));
        assertNull(ChineseCounts.value("百"));
    }

    @Test
    void countsWithAMeasureWord() {
        assertEquals("3 所", counts("剔除三所高校及非本地户籍学生"));
        assertEquals("2 个", counts("新增两个项目"));
        assertEquals("12 辆", counts("共有公务用车十二辆"));
        assertEquals("23 人 | 105 家", counts("培训二十三人，覆盖一百零五家企业"));
        assertEquals("20 家 ~", counts("走访二十余家企业"));
        assertEquals("3 万人", counts("惠及三万人"));
        assertEquals("1 名", counts("一名同志被认定为"));
    }

    @Test
    void ordinalsListMarkersAndFixedExpressionsAreNotCounts() {
        assertEquals("", counts("第一，一是加强管理；一、部门职责；（一）收入"));
        assertEquals("", counts("一般公共预算、一次性补贴、一级指标、三公经费、统一、进一步、一体化"));
        assertEquals("", counts("增强“四个意识”、坚定“四个自信”、做到“两个维护”"));
        assertEquals("", counts("招募三支一扶人员，一户一档，高效办成一件事，采购一批设备"));
        assertEquals("", counts("几十个单位，数十家企业，一两个月，二〇二三年，十二月三十一日，唯一一个"));
        assertEquals("", counts("所属单位一所属，二类高层建筑，三级"));
        assertEquals("", counts("贯彻十三届全国人大二次会议精神，进行一到二次法规清理，公诉一处、二处"));
        assertEquals("", counts("严格落实中央八项规定，把握四个“精准”，加强“智慧政协”二期建设"));
        assertEquals("2 条 | 3 期", counts("紧临两条城市道路，举办三期培训班"));
    }
}
