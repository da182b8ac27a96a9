package org.fiscallens.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnumerationsTest {

    @Test
    void itemsSeparatedByEnumerationMarks() {
        assertEquals(List.of("基本支出", "项目支出"), Enumerations.items("其中基本支出、项目支出分别"));
        assertEquals(List.of("一般公共服务支出", "教育支出", "科学技术支出"), Enumerations.items("一般公共服务支出、教育支出、科学技术支出"));
        assertEquals(List.of("人员经费", "公用经费"), Enumerations.items("人员经费和公用经费"));
    }

    @Test
    void aVerbPhraseAfterTheLastItemIsShared() {
        assertEquals(List.of("企业办理社保补贴", "灵活就业人员办理社保补贴"), Enumerations.items("为企业和灵活就业人员办理社保补贴"));
        // A verb before the first item is not part of it.
        assertEquals(List.of("工伤", "生育保险业务"), Enumerations.items("率先在区级为企业及个人代办工伤、生育保险业务"));
    }

    @Test
    void namesWithAConjunctionAreOneItem() {
        assertNull(Enumerations.items("社会保障和就业支出"));
        assertNull(Enumerations.items("商品和服务支出"));
        assertEquals(List.of("社会保障和就业支出", "卫生健康支出"), Enumerations.items("社会保障和就业支出、卫生健康支出"));
    }

    @Test
    void noEnumerationNoItems() {
        assertNull(Enumerations.items("发放补贴资金"));
        assertNull(Enumerations.items(""));
        assertNull(Enumerations.items("完成年度目标任务"));
    }
}
