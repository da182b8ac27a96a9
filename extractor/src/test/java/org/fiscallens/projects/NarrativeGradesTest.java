package org.fiscallens.projects;

import org.fiscallens.model.Project;
import org.fiscallens.sections.Paragraph;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativeGradesTest {

    private static List<NarrativeGrades.Statement> read(String... paragraphs) {
        return NarrativeGrades.read(java.util.Arrays.stream(paragraphs).map(t -> new Paragraph(t, List.of(), 7, null)).toList(), List.of());
    }

    private static Project project(String name) {
        return new Project(name, null, null, null, null, null, null, null, null, List.of(), List.of(35),
                "project", List.of("table"), null, null, null, null, null);
    }

    @Test
    void gradesAndScoresAsPrinted() {
        var s = read("社区服务项目绩效自评综述：项目全年预算数为50万元。综合评分为95分，等级为优。");
        assertEquals(1, s.size());
        assertEquals("社区服务", s.get(0).project());
        assertEquals("优", s.get(0).grade().grade());
        assertEquals(new BigDecimal("95"), s.get(0).grade().score());
        assertEquals("project", s.get(0).grade().scope());
        assertEquals(7, s.get(0).grade().provenance().page());
        assertEquals("综合评分为95分，等级为优。", s.get(0).grade().provenance().quote());
        assertEquals("良", read("项目自评等级为良。").get(0).grade().grade());
        assertEquals("优", read("本年度绩效自评主要采取“对标评价”的方式展开，自评结果等次均为“优”。").get(0).grade().grade());
    }

    @Test
    void statementsThatAreNotAProjectGrade() {
        // counts of projects by grade, the department's evaluation, a grade word elsewhere
        assertEquals(List.of(), read("平均得分99.43（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目0个）。"));
        assertEquals(List.of(), read("在加强项目管理等方面评价结果均为优秀。"));
        assertEquals(List.of(), read("本工程建筑耐火等级地上部分为二级。"));
        assertEquals(List.of(), read("在评级中发现问题2个。"));
    }

    @Test
    void namedAllAndUnnamedStatementsAreAttached() {
        List<Project> projects = List.of(project("劳动监察、劳动仲裁办公场所相关费用"), project("区工伤保险"), project("医疗救助"));
        var s = read("自评结果等次均为“优”。",
                "劳动监察、劳动仲裁办公场所费用项目绩效自评综述：项目全年预算数为50万元。",
                "劳动监察、劳动仲裁办公场所费用项目绩效自评综述，本单位……自评结果等次为良。");
        List<Project> out = ProjectReader.attachGrades(projects, s);
        assertEquals("良", out.get(0).grade());
        assertEquals("project", out.get(0).narrativeGrade().scope());
        assertEquals("优", out.get(1).grade());
        assertEquals("all", out.get(1).narrativeGrade().scope());
        assertEquals("优", out.get(2).grade());
        // an unnamed statement without 均 is attached only to a lone project
        var unnamed = read("项目自评等级为良。");
        assertTrue(ProjectReader.attachGrades(projects, unnamed).stream().allMatch(p -> p.narrativeGrade() == null));
        assertEquals("良", ProjectReader.attachGrades(List.of(project("医疗救助")), unnamed).get(0).grade());
        // a statement naming a project that is not there is not attached elsewhere
        var other = read("城市更新项目绩效自评综述：综合评分为90分，等级为良。");
        assertTrue(ProjectReader.attachGrades(projects, other).stream().allMatch(p -> p.narrativeGrade() == null));
        assertNull(ProjectReader.attachGrades(projects, List.of()).get(0).narrativeGrade());
    }
}
