package org.fiscallens.checks;

import org.fiscallens.checks.tables.TableView;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The checker on tables read from real PDFs: the table shapes that once raised false errors. */
class RealTableChecksTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static FiscalDocument doc(String file) { return Corpus.extract(Corpus.real().resolve(file)); }

    static List<Finding> errors(FiscalDocument d, String rule) {
        return d.findings().stream().filter(f -> f.severity() == Severity.ERROR && f.rule().equals(rule)).toList();
    }

    @Test
    void wrappedNameWithCentredFigureIsOneRowAndTheTwoListingsOfA收支总表AddUpEachOnItsOwn() {
        // P14: "三、单位预留机动经 | 3,990.40 | 费" and 功能分类 + 支出用途 both listed above 当年支出小计 24,169.74
        FiscalDocument d = doc("jiangsu/江苏省人民检察院__2019年度部门预算公开.pdf");
        Table t1 = d.tables().stream().filter(t -> t.pages().contains(14) && t.kind().equals("income_expenditure_summary")).findFirst().orElseThrow();
        TableView v = new TableView(t1);
        TableRow reserve = v.find(null, r -> r.name() != null && r.name().contains("单位预留机动经费"));
        assertEquals(new BigDecimal("3990.4"), reserve.values().get("金额").stripTrailingZeros());
        // the model's rows themselves (the JSON, the exports) carry the folded row: the checks read them as they are
        TableRow modelRow = t1.rows().stream().filter(r -> r.name() != null && r.name().contains("单位预留机动经费")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("3990.4"), modelRow.values().get("金额").stripTrailingZeros());
        assertTrue(t1.rows().stream().noneMatch(r -> r.name() == null && r.code() == null), "no nameless row left: " + t1.rows());
        assertEquals(List.of(), errors(d, "table.summary"));
        assertEquals(List.of(), errors(d, "table.hierarchy"), "P21: 合计 2,391.92 printed beside its (centred) name");
    }

    @Test
    void splitEconomicCodePrintedWithoutLeadingZeroIsPadded() {
        // P29: "301 | 2 | 津贴补贴" is 30102
        FiscalDocument d = doc("shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf");
        Table t6 = d.tables().stream().filter(t -> t.pages().contains(29)).findFirst().orElseThrow();
        assertTrue(t6.rows().stream().anyMatch(r -> "30102".equals(r.code()) && r.name().equals("津贴补贴")), t6.rows().toString());
        assertTrue(t6.rows().stream().noneMatch(r -> r.code() != null && r.code().length() == 4));
        assertEquals(List.of(), errors(d, "table.hierarchy"));
    }

    @Test
    void emptiedThreePublicTableReadsZeroAgainstTheNarrative() {
        FiscalDocument d = doc("shanghai/24年普陀区财政局（测试问题版本）.pdf");
        List<Finding> f = errors(d, "narr.table_three_public");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).arithmetic().contains("0.95"), f.get(0).arithmetic());
        assertEquals(15, f.get(0).evidence().get(1).page(), "the blank row of the 三公 table on P15");
        // the blank row is the model's: one printed row whose every cell is blank
        Table t = d.tables().stream().filter(x -> x.kind().equals("three_public") && x.pages().contains(15)).findFirst().orElseThrow();
        assertEquals(1, t.rows().size(), t.rows().toString());
        assertTrue(t.rows().get(0).values().values().stream().allMatch(java.util.Objects::isNull), t.rows().toString());
        assertFalse(t.rows().get(0).values().isEmpty());
    }

    @Test
    void truncatedWanFiguresOfYuanTablesAreInfoAndTheRealMismatchAnError() {
        FiscalDocument d = doc("shanghai/上海市普陀区财政局部门25年预算.pdf");
        List<Finding> classes = d.findings().stream().filter(f -> f.rule().equals("narr.table_classes")).toList();
        // 877,080元 told as 87.70万元: truncated, info
        assertTrue(classes.stream().anyMatch(f -> f.severity() == Severity.INFO && f.message().contains("877080")), classes.toString());
        // 873,617元 told as 887.36万元: an error
        List<Finding> err = classes.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertFalse(err.isEmpty());
        assertTrue(err.stream().allMatch(f -> f.message().contains("887.36")), err.toString());
    }
}
