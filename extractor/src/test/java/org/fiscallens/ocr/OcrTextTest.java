package org.fiscallens.ocr;

import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.checks.OcrDoubt;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What OCR readings become: figures taken only when well-formed, Chinese parentheses, confidences and doubt. */
class OcrTextTest {

    @Test
    void aFigureReadingIsTakenOnlyWhenWellFormed() {
        assertTrue(RasterTables.wellFormed("2,390.80"));
        assertTrue(RasterTables.wellFormed("-12.5"));
        assertTrue(RasterTables.wellFormed("71.65%"));
        assertTrue(RasterTables.wellFormed("2080505"));
        assertTrue(RasterTables.wellFormed("-"));
        assertFalse(RasterTables.wellFormed("339,30"));   // a misread decimal point, never read as 33930
        assertFalse(RasterTables.wellFormed("1,2345.00"));
        assertFalse(RasterTables.wellFormed(".50"));
        assertFalse(RasterTables.wellFormed(""));
        // a separator lost in the leading group is put back; the value never changes, anything else is left alone
        assertEquals("1,741,445.22", RasterTables.regroup("1741,445.22"));
        assertEquals("-123,456,789", RasterTables.regroup("-123456,789"));
        assertNull(RasterTables.regroup("339,30"));
        assertNull(RasterTables.regroup("1,741,445.22"));
        assertNull(RasterTables.regroup("1741445.22"));
    }

    @Test
    void parenthesesBesideChineseAreFullWidth() {
        assertEquals("因公出国（境）费", OcrText.normalise("因公出国(境)费"));
        assertEquals("全年预算数（A）", OcrText.normalise("全年预算数(A)"));
        assertEquals("(1) 2.5", OcrText.normalise("(1) 2.5"));
        assertEquals("一、一般行政管理事务", OcrText.normalise("-、-般行政管理事务"));
        assertEquals("-12.50", OcrText.normalise("-12.50"));
    }

    @Test
    void punctuationConfusionsAreUndoneInOnePlace() {
        assertEquals("使用非财政拨款结余（含专用结余）", OcrText.normalise("使用非财政拨款结余〈含专用结余）"));
        assertEquals("其他政府办公厅（室）及相关机构事务支出", OcrText.normalise("其他政府办公厅〈室)及相关机构事务支出"));
        assertEquals("《中华人民共和国预算法》", OcrText.normalise("《中华人民共和国预算法》")); // a book title stays
        assertEquals("1.一般公共预算资金", OcrText.normalise("1，一般公共预算资金"));
        assertEquals("二十一、国有资本经营预算支出", OcrText.normalise("二士一、国有资本经营预算支出"));
        assertEquals("一、一般公共服务支出", OcrText.normalise("、一般公共服务支出"));
        assertEquals("一、财政拨款收入", OcrText.normalise("“、财政拨款收入"));
        assertEquals("一般公共预算", OcrText.normalise("—般公共预算"));
        assertEquals("部门：江苏省人民检察院", OcrText.normalise("部门:江苏省人民检察院"));
        assertEquals("“三公”经费", OcrText.normalise("“三公”经费"));               // a quote before Chinese is a quote
        assertEquals("-12.50", OcrText.normalise("-12.50"));
        assertEquals("2019-2020", OcrText.normalise("2019-2020"));
        assertEquals("士兵", OcrText.normalise("士兵"));
        // check boxes of a line of options; 口 in words stays
        assertEquals("1、部门预算项目☑2、市直专项□3、市对下转移支付项目□", OcrText.normalise("1、部门预算项目回2、市直专项口3、市对下转移支付项目口"));
        assertEquals("1、持续性项目□2、新增性项目☑", OcrText.normalise("1、持续性项目“口2、新增性项目回"));
        assertEquals("1、常年性项目☑2、延续性项目□3、一次性项目□", OcrText.normalise("1、常年性项目”回2、延续性项目口”3、一次性项目口"));
        assertEquals("1、常住人口2、出口", OcrText.normalise("1、常住人口2、出口"));
        assertEquals("常住人口", OcrText.normalise("常住人口"));                            // 士 outside a list number stays
    }

    @Test
    void tsvWordsAreJoinedInReadingOrderWithTheLowestConfidence() {
        String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                + "5\t1\t1\t1\t1\t1\t10\t5\t40\t20\t96.5\t2,390\n"
                + "5\t1\t1\t1\t1\t2\t52\t5\t20\t20\t71.0\t.80\n";
        List<TesseractCli.Word> words = TesseractCli.parse(tsv);
        assertEquals(2, words.size());
        TesseractCli.Line line = TesseractCli.join(words);
        assertEquals(71.0, line.confidence());
        assertEquals("2,390.80", line.text().replace(" ", ""));
    }

    @Test
    void aFindingOnAnUncertainCellSaysTheCauseMayBeOcr() {
        Cell sure = Cell.ocr(1, 1, 1, 1, "100.00", 3, new Box(100, 100, 150, 115), 91);
        Cell doubtful = Cell.ocr(2, 1, 1, 1, "339,30", 3, new Box(100, 115, 150, 130), 42);
        assertNull(sure.uncertain());
        assertEquals(0.91, sure.confidence());
        assertEquals(Boolean.TRUE, doubtful.uncertain());
        List<Cell> uncertain = List.of(doubtful);
        Finding onDoubt = new Finding("r", "arithmetic", Severity.ERROR, "总计 ≠ Σ",
                List.of(new Evidence(3, "339,30", new Box(101, 116, 149, 129), "T1", "x", "y")), "a");
        Finding onSure = new Finding("r", "arithmetic", Severity.ERROR, "总计 ≠ Σ",
                List.of(new Evidence(3, "100.00", new Box(101, 101, 149, 114), "T1", "x", "y")), "a");
        assertTrue(OcrDoubt.mark(onDoubt, uncertain).message().endsWith(OcrDoubt.SUFFIX));
        assertEquals("总计 ≠ Σ", OcrDoubt.mark(onSure, uncertain).message());
        assertEquals(onDoubt.evidence(), OcrDoubt.mark(onDoubt, uncertain).evidence());
    }
}
