package org.fiscallens.facts;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberScannerTest {

    private static String figures(String text) {
        StringBuilder b = new StringBuilder();
        for (Figure f : NumberScanner.scan(text)) {
            if (b.length() > 0) b.append(" | ");
            b.append(f.value().toPlainString()).append(' ').append(f.unit());
            if (!f.flags().isEmpty()) b.append(' ').append(f.flags());
        }
        return b.toString();
    }

    @Test
    void amountsKeepTheirPrintedScaleAndSeparatorsAreRead() {
        assertEquals("2946.25 万元 | 6.2 万元 | 0.3 万元", figures("本年收入合计2,946.25万元，其他收入6.2万元，总计0.3万元"));
        Figure f = NumberScanner.scan("收入339.30万元").get(0);
        assertEquals(new BigDecimal("339.30"), f.value());
        assertEquals(2, f.value().scale());
        assertEquals("31214205.80 元", figures("合计31,214,205.80元"));
    }

    @Test
    void blanksBetweenNumberAndUnitAndInsideTheUnit() {
        assertEquals("2390.8 万元 | 420.89 %", figures("收入2390.8  万元，增长  420.89   %。"));
        assertEquals("2240.37 万元", figures("预 算 安 排 2,240.37 万 元 ，"));
        // A decimal point wrapped to the next line comes back with a blank before it.
        assertEquals("464.64 万元 | 24.31 万元", figures("预算为464 .64万元，上年:24 .31万元"));
    }

    @Test
    void fullWidthDigitsAndPercent() {
        assertEquals("2016.24 万元 | 100 %", figures("资金２０１６．２４万元，占１００％"));
    }

    @Test
    void multipliersCountsAndApproximations() {
        assertEquals("1.8 亿元 | 3 万人 | 14.84 万人次 | 1.4 万个 [approximate] | 800 人 [approximate]",
                figures("征缴保费达1.8亿元，参保人数达3万人，发放14.84万人次，提供岗位1.4万余个，共享用工800余人"));
        assertEquals("0 台（套） | 2 台（套） | 7 辆 | 5 场次 | 2 批次 | 26 人次", figures("设备0台（套），又2台(套)，车辆7辆，宣讲5场次，接待2批次、26人次"));
        assertEquals("221 笔 | 133 笔", figures("分别完成221、133笔"));
    }

    @Test
    void yearsDatesCodesListNumbersAndOrdinalsAreNotFigures() {
        assertEquals("", figures("2023年度部门决算，截至2024年12月31日，于2022年9月更名"));
        assertEquals("", figures("（鄂葛财发【2024】3号）第1季度"));
        assertEquals("", figures("社会保障和就业支出（208类）行政事业单位养老支出（05款），科目2080505"));
        assertEquals("35.23 万元", figures("1.基本工资35.23万元"));
        assertEquals("", figures("（1）公用经费控制率"));
        assertEquals("1 年", figures("租用时间1年"));
    }

    @Test
    void aMissingPercentSignIsKeptAndFlaggedWhereARateIsExpected() {
        List<Figure> f = NumberScanner.scan("增加1193.20万元，增长13.95。主要原因");
        assertEquals(2, f.size());
        assertEquals(null, f.get(1).unit());
        assertTrue(f.get(1).flags().contains("missing_unit"));
        assertEquals("", figures("编号为13 的文件"));
    }

    @Test
    void aListNumberBeforeAYearIsNotAFigure() {
        // a 目录 or list line "4.2025年部门财政拨款收支预算总表" is list number 4 and the year 2025, not 4.2025 年
        assertEquals("", figures("4.2025年部门财政拨款收支预算总表……………12"));
        assertEquals("", figures("5．2024年部门一般公共预算支出功能分类预算表"));
        assertEquals("", figures("（三）12.2019年度单位决算表"));
        // a duration with a decimal stays a figure, and so does an amount after the list number
        assertEquals("1.5 年 | 4.2 万元", figures("项目周期1.5年，4.2万元"));
        assertEquals("2024.5 万元", figures("预算2024.5万元"));
    }

    @Test
    void minutesAreNotAScore() {
        assertEquals("", figures("推进“15分钟社区生活圈”建设，"));
        assertEquals("", figures("实现30分钟内到达现场"));
        assertEquals("95 分", figures("自评得分95分"));
    }
}
