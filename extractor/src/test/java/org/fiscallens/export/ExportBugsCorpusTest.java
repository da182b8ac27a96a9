package org.fiscallens.export;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bugs of issue 14, each on the real document it was seen in (figures read off the rendered pages). */
class ExportBugsCorpusTest {

    private static FiscalDocument doc(String rel) {
        Path root = Corpus.realOrNull();
        if (root == null) return null;
        return Corpus.extract(root.resolve(rel));
    }

    @Test
    void multiPageBasicExpenditureKeepsCodesAndNames() {
        FiscalDocument d = doc("jiangsu/江苏省人大办公厅__江苏省人大办公厅2017年度预算公开.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(d != null, "corpus/real not found at ../shared/corpus/real (set FISCAL_CORPUS): skipping");
        // p12 holds only the title and 部门/单位 rows inside the ruling; p13: 301 工资福利支出 2,928.98, 30101 基本工资 1,015.15
        Table t = d.tables().stream().filter(x -> "财政拨款基本支出预算表".equals(x.title())).findFirst().orElseThrow();
        assertEquals(List.of(12, 13, 14, 15), t.pages());
        assertEquals(24, t.rows().size());
        long named = t.rows().stream().filter(r -> r.name() != null).count();
        assertEquals(24, named, "every row has its name");
        TableRow wages = t.rows().stream().filter(r -> "301".equals(r.code())).findFirst().orElseThrow();
        assertEquals("工资福利支出", wages.name());
        assertEquals(0, new BigDecimal("2928.98").compareTo(wages.values().get("金额")));
        for (TableRow r : t.rows()) {
            for (BigDecimal v : r.values().values()) {
                assertFalse(r.code() != null && v != null && v.compareTo(new BigDecimal(r.code())) == 0, "a code read as an amount: " + r);
            }
        }
    }

    @Test
    void noAlwaysEmptyAmountColumn() {
        FiscalDocument d = doc("jiangsu/江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(d != null, "corpus/real not found at ../shared/corpus/real (set FISCAL_CORPUS): skipping");
        // p9: the "三公" table's ruling leaves an empty strip left of 合计 (only the title and 部门：… reach into it)
        for (Table t : d.tables()) {
            // an emptied table (no rows, or its one printed blank line) has every column blank, as printed
            if (t.rows().stream().allMatch(r -> r.values().values().stream().allMatch(java.util.Objects::isNull))) continue;
            for (String c : t.columns()) {
                if (!c.equals("金额")) continue; // the name given to a column without header text (a printed column may be blank)
                boolean filled = t.rows().stream().anyMatch(r -> r.values().get(c) != null);
                assertTrue(filled, t.title() + ": column " + c + " is empty in every row");
            }
        }
        Table tp = d.tables().stream().filter(x -> "three_public".equals(x.kind())).findFirst().orElseThrow();
        assertEquals("合计", tp.columns().get(0));
        // the 财政拨款收支预算总表's income side keeps its 收入 banner
        Table appro = d.tables().stream().filter(x -> "appropriation_summary".equals(x.kind())).findFirst().orElseThrow();
        assertEquals("收入", appro.rows().get(0).block());
    }

    @Test
    void contentsLinesAreNotFactsAndLabelsSayWhat() {
        FiscalDocument d = doc("shanghai/上海市普陀区人民政府万里街道办事处24年预算.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(d != null, "corpus/real not found at ../shared/corpus/real (set FISCAL_CORPUS): skipping");
        // p2 is the 目录: "5．2024年部门一般公共预算支出功能分类预算表……" is no figure
        assertTrue(d.facts().stream().noneMatch(f -> f.page() == 2), "no fact from the contents page");
        assertTrue(d.facts().stream().noneMatch(f -> "年".equals(f.unit()) && f.value() != null && f.value().scale() == 4));
        FiscalDocument rd = doc("jiangsu/江苏省人大办公厅__江苏省人大常委会2019年度部门预算公开.pdf");
        // p11: "基本支出9312.9万元，占50.81%"
        Fact share = rd.facts().stream().filter(f -> "expenditure.basic.share".equals(f.key())).findFirst().orElseThrow();
        assertEquals("基本支出占", share.label());
        assertTrue(rd.facts().stream().noneMatch(f -> "占".equals(f.label()) && f.subject() != null), "a bare 占 with a known subject");
        FiscalDocument gh = doc("shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf");
        // p4: 推进“15分钟社区生活圈”建设 is a name, not 15 分
        assertTrue(gh.facts().stream().noneMatch(f -> f.quote() != null && f.quote().contains("15分钟")), "15分钟 is not a score");
    }
}
