package org.fiscallens.projects;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The six 项目支出绩效自评表 of the seed (pages 35–40), as merged-cell grids written by hand from the page images
 * (corpus/expected/projects/seed_pNN_2-K.tsv), read into projects with every indicator.
 */
class PerformanceGridReaderTest {

    /** name, A, B, rate, indicator count — from the printed tables. */
    private record Expected(String file, int page, String name, String a, String b, String rate, int indicators) {}

    private static final List<Expected> SEED = List.of(
            new Expected("seed_p35_2-1.tsv", 35, "劳动监察、劳动仲裁办公场所相关费用", "50.00", "48.51", "97.02", 6),
            new Expected("seed_p36_2-2.tsv", 36, "劳动仲裁、劳动监察聘请专家团队", "30.00", "30.00", "100", 8),
            new Expected("seed_p37_2-3.tsv", 37, "上划市社保局的区社保资金", "793.00", "793.00", "100", 7),
            new Expected("seed_p38_2-4.tsv", 38, "就业补助社保缴费公益岗工资就业服务等费用", "929.57", "824.77", "88.73", 8),
            new Expected("seed_p39_2-5.tsv", 39, "区工伤保险", "3.22", "3.22", "100", 6),
            new Expected("seed_p40_2-6.tsv", 40, "医疗救助医保缴费医院门诊等费用补助", "316.74", "316.74", "100", 7));

    static List<Cell> cells(Expected e) {
        return GridTsv.read(Corpus.expected().resolve("projects").resolve(e.file()), e.page());
    }

    @Test
    void everySeedTableIsAProjectWithItsMoneyAndIndicators() {
        for (Expected e : SEED) {
            Project p = PerformanceGridReader.read(cells(e));
            assertNotNull(p, e.file());
            assertEquals(e.name(), p.name(), e.file());
            assertEquals("葛店经济技术开发区管理委员会", p.department(), e.file());
            assertEquals("葛店经济技术开发区社会保险服务中心", p.implementer(), e.file());
            assertNull(p.initialBudget(), e.file() + ": 年初预算数 is printed empty");
            assertEquals(new BigDecimal(e.a()), p.annualBudget(), e.file());
            assertEquals(new BigDecimal(e.b()), p.executed(), e.file());
            assertEquals(new BigDecimal(e.rate()), p.executionRate(), e.file());
            assertNull(p.weight(), e.file());
            assertNull(p.totalScore(), e.file() + ": 总分 is printed empty");
            assertEquals(e.indicators(), p.indicators().size(), e.file() + " " + p.indicators());
            for (Indicator i : p.indicators()) {
                assertNotNull(i.level1(), e.file() + " " + i);
                assertNotNull(i.level2(), e.file() + " " + i);
                assertTrue(i.target() != null && i.actual() != null, e.file() + " " + i);
                assertEquals(e.page(), i.page());
                assertTrue(List.of("产出指标", "效益指标", "满意度指标").contains(i.level1()), i.level1());
            }
            assertEquals(List.of(e.page()), p.pages());
        }
    }

    @Test
    void mergedLabelsBelongToEveryRowTheyCover() {
        Project p = PerformanceGridReader.read(cells(SEED.get(3)));
        List<String> rows = new ArrayList<>();
        for (Indicator i : p.indicators()) rows.add(i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.target() + "|" + i.actual());
        assertEquals(List.of(
                "产出指标|数量指标|就业补助金发放项目|1个|1个",
                "产出指标|质量指标|资金发放到位率|100%|88.73%",
                "产出指标|成本指标|预算成本控制数|≦929.57万元|824.77万元",
                "产出指标|时效指标|资金发放及时率|100%|100%",
                "效益指标|社会效益指标|保障就业业务正常办理|保障经费正常发放|保障经费正常发放",
                "效益指标|社会效益指标|有效提高区内就业率|提高|提高",
                "效益指标|可持续影响指标|保障就业工作持续稳定运行|完成就业相关工作|完成就业相关工作",
                "满意度指标|满意度指标|受益群体满意度|100%|100%"), rows);
        // 附件2-2: two 三级 rows under each of 数量指标 and 质量指标.
        Project p2 = PerformanceGridReader.read(cells(SEED.get(1)));
        assertEquals("数量指标", p2.indicators().get(1).level2());
        assertEquals("常年法律服务年限", p2.indicators().get(1).name());
        assertEquals("年调解率", p2.indicators().get(3).name());
        assertEquals("≥60%", p2.indicators().get(3).actual());
        // The 二级 label wording is kept as printed (可持续影响 vs 可持续指标).
        assertEquals("可持续影响", PerformanceGridReader.read(cells(SEED.get(2))).indicators().get(5).level2());
        assertEquals("可持续指标", PerformanceGridReader.read(cells(SEED.get(5))).indicators().get(5).level2());
    }

    @Test
    void scoresAndTotalsAreReadWhenPrinted() {
        // The same grid with 分值/得分 filled in as a scored form prints them (SPEC §4).
        List<Cell> cells = new ArrayList<>();
        for (Cell c : cells(SEED.get(4))) {
            String t = c.text();
            if (c.row() == 6 && c.col() == 6) t = "10";
            if (c.row() == 6 && c.col() == 8) t = "10";
            if (c.row() >= 13 && c.row() <= 18 && c.col() == 6) t = c.row() <= 16 ? "12.5" : c.row() == 17 ? "30" : "10";
            if (c.row() >= 13 && c.row() <= 18 && c.col() == 7) t = c.row() == 17 ? "28" : c.row() <= 16 ? "12.5" : "10";
            if (c.row() == 21 && c.col() == 6) t = "100";
            if (c.row() == 21 && c.col() == 7) t = "98";
            cells.add(new Cell(c.row(), c.col(), c.rowSpan(), c.colSpan(), t, c.page(), c.box()));
        }
        Project p = PerformanceGridReader.read(cells);
        assertEquals(new BigDecimal("10"), p.weight());
        assertEquals(new BigDecimal("10"), p.score());
        assertEquals(new BigDecimal("12.5"), p.indicators().get(0).weight());
        assertEquals(new BigDecimal("28"), p.indicators().get(4).score());
        assertEquals(new BigDecimal("100"), p.totalWeight());
        assertEquals(new BigDecimal("98"), p.totalScore());
    }

    @Test
    void aDepartmentWideFormNamesTheDepartment() {
        // 部门整体支出绩效自评表: the first row names the department; the indicator block is the same grid.
        List<Cell> cells = new ArrayList<>();
        for (Cell c : cells(SEED.get(4))) {
            if (c.row() == 0 && c.col() == 0) cells.add(new Cell(0, 0, 1, 1, "部门名称", c.page(), null));
            else cells.add(c);
        }
        Project p = PerformanceGridReader.read(cells);
        assertEquals("department", p.kind());
        assertEquals("区工伤保险", p.name());
        assertEquals(6, p.indicators().size());
        assertNull(PerformanceGridReader.read(List.of(new Cell(0, 0, 1, 1, "说明", 1, null))));
    }

    @Test
    void narrativeSummariesAreMatchedToTheirTablesDespiteWording() {
        List<Table> tables = new ArrayList<>();
        for (Expected e : SEED) tables.add(new Table(ProjectReader.TABLE_KIND, e.name(), "万元", List.of(e.page()), "lattice",
                null, null, null, cells(e)));
        tables.add(new Table("three_public", "三公", "万元", List.of(12), "lattice", null, null, null, List.of()));
        List<Project> projects = ProjectReader.read(ProjectReader.fromTables(tables), Corpus.extract(Corpus.seedPdf()).facts());
        List<Project> table = projects.stream().filter(p -> "project".equals(p.kind())).toList();
        assertEquals(6, table.size(), projects.toString());
        for (int i = 0; i < 6; i++) {
            Project p = table.get(i);
            assertEquals(SEED.get(i).name(), p.name());
            assertEquals(List.of("table", "narrative"), p.sources(), p.name());
            assertTrue(p.indicators().size() >= 6);
        }
        assertEquals(List.of("劳动监察、劳动仲裁办公场所费用"), table.get(0).aliases());
        assertEquals(List.of("劳动监察、劳动仲裁聘请专家团队"), table.get(1).aliases());
        assertEquals(List.of("工伤保险"), table.get(4).aliases());
        assertTrue(table.get(4).pages().containsAll(List.of(18, 39)), table.get(4).pages().toString());
        Project dept = projects.stream().filter(p -> "department".equals(p.kind())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2240.37"), dept.initialBudget());
        assertEquals(new BigDecimal("2526.87"), dept.annualBudget());
        assertEquals(new BigDecimal("2390.80"), dept.executed());
        assertEquals(new BigDecimal("94.62"), dept.executionRate());
    }

    @Test
    void withoutSelfAssessmentTablesTheNarrativeStillGivesTheProjects() {
        assertEquals(List.of(), ProjectReader.fromTables(List.of()));
        // The seed's extraction has its six tables (SeedProjectsFromTablesTest); here they are left out, as in a
        // report that publishes only the narrative summaries.
        List<Project> projects = ProjectReader.read(List.of(), Corpus.extract(Corpus.seedPdf()).facts());
        List<Project> narrative = projects.stream().filter(p -> "project".equals(p.kind())).toList();
        assertEquals(6, narrative.size(), projects.toString());
        assertEquals("工伤保险", narrative.get(4).name());
        assertEquals(new BigDecimal("3.22"), narrative.get(4).annualBudget());
        assertEquals(new BigDecimal("88.73"), narrative.get(3).executionRate());
        assertEquals(new BigDecimal("824.77"), narrative.get(3).executed());
        assertEquals(List.of("narrative"), narrative.get(4).sources());
        assertEquals(List.of(18), narrative.get(4).pages());
    }
}
