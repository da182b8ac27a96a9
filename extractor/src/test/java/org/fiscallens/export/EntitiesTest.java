package org.fiscallens.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** One id per organisation across the wordings of its name, on paraphrases no corpus file has. */
class EntitiesTest {

    @Test
    void partyCommittees() {
        String id = Entities.id("中共江苏省委办公厅");
        assertEquals("江苏省委办公厅", id);
        assertEquals(id, Entities.id("中国共产党江苏省委员会办公厅"));
        assertEquals(id, Entities.id("江苏省委办公厅"));
        assertEquals(id, Entities.id("中共江苏省委员会办公厅"));
        assertEquals(id, Entities.id(" 中共 江苏省委办公厅（本级）"));
        // paraphrases of another committee, another province
        assertEquals(Entities.id("中共浙江省委宣传部"), Entities.id("中国共产党浙江省委员会宣传部"));
        assertEquals(Entities.id("中共深圳市委宣传部"), Entities.id("中共深圳市委宣传部（本级）"));
        assertNotEquals(Entities.id("中共江苏省委办公厅"), Entities.id("中共浙江省委办公厅"));
    }

    @Test
    void congressesAndConsultativeConferences() {
        assertEquals("江苏省人大常委会办公厅", Entities.id("江苏省人民代表大会常务委员会办公厅"));
        assertEquals("江苏省人大常委会办公厅", Entities.id("江苏省人大办公厅"));
        assertEquals("江苏省人大常委会办公厅", Entities.id("江苏省人大常委会办公厅"));
        assertEquals("江苏省政协办公厅", Entities.id("中国人民政治协商会议江苏省委员会办公厅"));
        assertEquals("江苏省政协办公厅", Entities.id("政协江苏省委员会办公厅"));
        assertEquals(Entities.id("安徽省政协办公厅"), Entities.id("中国人民政治协商会议安徽省委员会办公厅"));
    }

    @Test
    void scopeMarksAndSubdistricts() {
        assertEquals("北京市统计局", Entities.id("北京市统计局部门"));
        assertEquals("西安市信访局", Entities.id("西安市信访局（汇总）"));
        assertEquals("福州市科学技术局", Entities.id("福州市科学技术局(本级)"));
        assertEquals("上海市普陀区万里街道办事处", Entities.id("上海市普陀区人民政府万里街道办事处"));
        // a 人民政府办公室 keeps its 人民政府
        assertEquals("上海市普陀区人民政府办公室", Entities.id("上海市普陀区人民政府办公室"));
        // 部门 inside a name stays
        assertEquals("中共烟台市委宣传部", "中共" + Entities.id("中共烟台市委宣传部"));
    }

    @Test
    void unifiedAcrossASetWithAndWithoutTheCity() {
        Map<String, String> u = Entities.unify(List.of("上海市普陀区万里街道办事处", "普陀区万里街道办事处", "财政局", "上海市财政局",
                "杭州市西湖区财政局", "西湖区财政局"));
        assertEquals("上海市普陀区万里街道办事处", u.get("普陀区万里街道办事处"));
        assertEquals("杭州市西湖区财政局", u.get("西湖区财政局"));
        assertEquals("财政局", u.get("财政局"), "a bare name is never merged into a city's");
        assertEquals("上海市财政局", u.get("上海市财政局"));
    }
}
