package org.fiscallens.checks;

import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** perf.category_vs_narrative on hand-built 自评表 cells modelled on the seed's 附件2-x (the real case is in SeedFindingsTest). */
class CheckBoxRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static Table selfAssessment(String... categoryCells) {
        List<Cell> cells = new java.util.ArrayList<>();
        cells.add(new Cell(0, 0, 1, 1, "项目名称", 36, new Box(50, 100, 120, 115)));
        cells.add(new Cell(0, 1, 1, 5, "就业服务费用", 36, new Box(120, 100, 540, 115)));
        cells.add(new Cell(1, 0, 1, 1, "项目类别", 36, new Box(50, 115, 120, 130)));
        for (int i = 0; i < categoryCells.length; i++)
            cells.add(new Cell(1, 1 + i, 1, 1, categoryCells[i], 36, new Box(120 + 100 * i, 115, 220 + 100 * i, 130)));
        return new Table("performance_self_assessment", "2023年度就业服务费用项目自评表", "万元", List.of(36), "lattice",
                List.of(), List.of(), null, cells);
    }

    static List<Finding> check(String narrative, Table t) {
        FiscalDocument d = Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2023,
                List.of(Fixtures.section("专项支出、转移支付支出情况说明", narrative)), List.of(t));
        return Checker.check(d, null).stream().filter(f -> f.rule().equals("perf.category_vs_narrative")).toList();
    }

    @Test
    void aTickedTransferProjectAgainstNoTransferIsAWarning() {
        List<Finding> f = check("本单位无专项支出、转移支付支出。",
                selfAssessment("1、部门预算项目 □ 2、市直专项 □ 3、市对下转移支付项目 ☑"));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("市对下转移支付项目"), f.get(0).message());
        assertEquals(1, f.get(0).evidence().get(0).page());
        assertTrue(f.get(0).evidence().get(0).quote().contains("无专项支出、转移支付支出"));
        assertEquals(36, f.get(0).evidence().get(1).page());
        assertEquals("项目类别", f.get(0).evidence().get(1).row());
        // the option and its box in separate cells
        assertEquals(1, check("本单位无转移支付支出。", selfAssessment("1、部门预算项目", "□", "3、市对下转移支付项目", "☑")).size());
    }

    @Test
    void anUntickedTransferOptionOrANarrativeWithTransferIsQuiet() {
        assertEquals(List.of(), check("本单位无专项支出、转移支付支出。",
                selfAssessment("1、部门预算项目 ☑ 2、市直专项 □ 3、市对下转移支付项目 □")));
        assertEquals(List.of(), check("本单位转移支付支出120.00万元，主要用于就业补助。",
                selfAssessment("1、部门预算项目 □ 2、市直专项 □ 3、市对下转移支付项目 ☑")));
    }
}
