package org.fiscallens.tables;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A caption drawn inside the grid and split over cells (部门： | 江苏省人大常委会办公厅 | 单位：万元, the Jiangsu 2019
 * tables) is not a header row: the column paths are the same as in a report that prints its caption above the grid,
 * so that exports put the same columns of different documents side by side.
 */
class CaptionRowTest {

    @Test
    void theEntityNameOfAnInGridCaptionIsNotAColumnHeader() {
        FiscalDocument doc = Corpus.extract(Corpus.real().resolve("jiangsu/江苏省人大办公厅__江苏省人大常委会办公厅2019年部门预算公开表.pdf"));
        Table t = doc.tables().stream().filter(x -> x.kind().equals("three_public")).findFirst().orElseThrow();
        // 公开表九, page 9, read off the rendered page: 合计 | “三公”经费 (小计, 因公出国（境）费, 公务用车购置及运行维护费
        // (小计, 公务用车购置费, 公务用车运行维护费), 公务接待费) | 会议费 | 培训费.
        List<String> columns = List.of("合计", "“三公”经费/小计", "“三公”经费/因公出国（境）费",
                "“三公”经费/公务用车购置及运行维护费/小计", "“三公”经费/公务用车购置及运行维护费/公务用车购置费",
                "“三公”经费/公务用车购置及运行维护费/公务用车运行维护费", "“三公”经费/公务接待费", "会议费", "培训费");
        assertEquals(columns, t.columns());
        assertEquals(List.of(9), t.pages());
        assertEquals(1, t.rows().size(), t.rows().toString());
        TableRow r = t.rows().get(0);
        List<String> values = new ArrayList<>();
        for (String c : columns) values.add(String.valueOf(r.values().get(c)));
        assertEquals(List.of("2600.71", "767.60", "199.25", "183.60", "null", "183.60", "384.75", "1469.73", "363.38"), values);
        // The same in 公开表六 (科目编码 | 科目名称 | 金额): 30101 基本工资 1,258.23.
        Table basic = doc.tables().stream().filter(x -> x.kind().equals("general_budget_basic_expenditure")).findFirst().orElseThrow();
        assertEquals(List.of("金额"), basic.columns());
        TableRow wage = basic.rows().stream().filter(x -> "30101".equals(x.code())).findFirst().orElseThrow();
        assertEquals("基本工资", wage.name());
        assertEquals(new BigDecimal("1258.23"), wage.values().get("金额"));
    }

    @Test
    void anEntityNameMergedOverTwoRowsBesideTheLabelIsCaptionToo() {
        // 江苏省人民检察院 2018, 公开 09 表 (page 19): 部门： sits on the second row, the entity name is merged over both.
        FiscalDocument doc = Corpus.extract(Corpus.real().resolve("jiangsu/江苏省人民检察院__2018年省检察院部门预算公开.pdf"));
        Table t = doc.tables().stream().filter(x -> x.kind().equals("three_public")).findFirst().orElseThrow();
        assertEquals(List.of(19), t.pages());
        for (String c : t.columns()) assertFalse(c.contains("检察院"), c);
        TableRow r = t.rows().get(0);
        // Printed: 合计 1,384.74 | 小计 484.30 | 因公出国（境）费 100.00 | 公务接待费 116.50 | 会议费 200.44 | 培训费 700.00.
        assertEquals(new BigDecimal("1384.74"), r.values().get("合计"));
        assertEquals(new BigDecimal("484.30"), r.values().get("“三公”经费/小计"));
        assertEquals(new BigDecimal("100.00"), r.values().get("“三公”经费/因公出国（境）费"));
        assertEquals(new BigDecimal("116.50"), r.values().get("“三公”经费/公务接待费"));
        assertEquals(new BigDecimal("200.44"), r.values().get("会议费"));
        assertEquals(new BigDecimal("700.00"), r.values().get("培训费"));
    }
}
