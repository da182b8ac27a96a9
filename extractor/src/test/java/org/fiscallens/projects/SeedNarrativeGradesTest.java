package org.fiscallens.projects;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's §十三: (一) says "自评结果等次均为“优”" of all projects (p17); each 综述 repeats "自评结果等次均为优" for its
 * project (p17–18), except that the paragraph after 工伤保险's summary names 就业补助 again (NOTES.md error 33), so
 * 区工伤保险 only has the statement about all projects.
 */
class SeedNarrativeGradesTest {

    @Test
    void everySeedProjectGetsTheNarrativeGradeWithWhereItIsSaid() {
        FiscalDocument doc = Corpus.extract(Corpus.seedPdf());
        List<Project> projects = doc.projects().stream().filter(p -> "project".equals(p.kind())).toList();
        assertEquals(6, projects.size());
        for (Project p : projects) {
            assertEquals("优", p.grade(), p.name());
            assertEquals("优", p.narrativeGrade().grade(), p.name());
            assertTrue(p.narrativeGrade().provenance().quote().contains("自评结果等次均为"), p.name());
            boolean alone = p.name().contains("工伤保险");
            assertEquals(alone ? "all" : "project", p.narrativeGrade().scope(), p.name());
            if (!alone) assertTrue(p.narrativeGrade().provenance().quote().startsWith(p.aliases() == null ? p.name() : p.aliases().get(0)), p.name());
            assertTrue(List.of(17, 18).contains(p.narrativeGrade().provenance().page()), p.name());
        }
        Project dept = doc.projects().stream().filter(p -> "department".equals(p.kind())).findFirst().orElseThrow();
        assertNull(dept.narrativeGrade());
    }
}
