package org.fiscallens.document;

import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.LineRole;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.TextLine;
import org.fiscallens.layout.Word;
import org.fiscallens.model.Box;
import org.fiscallens.model.DocumentInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The document-fact signals on synthetic pages written for the test (bodies and wordings no corpus file has):
 * owner labels in their paraphrases, covers with the year first, titles split over two lines, a table's period
 * line and kind, decorations of the name, and a wrapped list that is not a label.
 */
class DocumentFactsDetectorTest {

    /** A line of one size; blanks in the text separate words, as a table's cells do. */
    private static TextLine line(int page, double top, double size, String text) {
        List<Word> words = new ArrayList<>();
        double x = 60;
        for (String part : text.split(" +")) {
            List<Glyph> glyphs = new ArrayList<>();
            double x0 = x;
            for (int k = 0; k < part.length(); k++) {
                glyphs.add(new Glyph(part.substring(k, k + 1), new Box(x, top, x + size, top + size), "SimSun", size, 0));
                x += size;
            }
            words.add(new Word(part, new Box(x0, top, x, top + size), "SimSun", size, glyphs));
            x += 3 * size;
        }
        return new TextLine(words, new Box(60, top, x, top + size), text, LineRole.BODY, page);
    }

    private static PageLayout page(int number, TextLine... lines) {
        List<Word> words = new ArrayList<>();
        List<Glyph> glyphs = new ArrayList<>();
        for (TextLine l : lines) for (Word w : l.words()) { words.add(w); glyphs.addAll(w.glyphs()); }
        return new PageLayout(number, 842, 595, 0, glyphs, words, List.of(lines), List.of(), List.of(), List.of(), "text");
    }

    private static String facts(PageLayout... pages) {
        DocumentInfo d = DocumentFactsDetector.detect(List.of(pages), Set.of());
        return d.kind().id() + " | " + d.scope().id() + " | " + d.fiscalYear() + " | " + d.entity();
    }

    @Test
    void aTablesOnlyFileTakesItsEntityFromTheLabelAndItsYearFromThePeriodLine() {
        // 预算单位名称： (a paraphrase of 部门名称), the period on a line of its own, the table numbered as a budget's.
        assertEquals("budget | department | 2025 | 滨江区水务管理中心", facts(
                page(1, line(1, 40, 12, "预算03表 项目支出绩效目标表"), line(1, 60, 9, "（2025年度）"),
                        line(1, 80, 9, "预算单位名称：滨江区水务管理中心 金额单位：元"),
                        line(1, 100, 9, "项目名称 项目总额 绩效目标"), line(1, 120, 9, "河道保洁 12.50 保持河面整洁")),
                page(2, line(2, 40, 12, "预算04表 政府采购预算明细表"), line(2, 80, 9, "预算单位名称：滨江区水务管理中心"))));
    }

    @Test
    void aTableLabelWithoutColonNamesTheEntityAndASelfAssessmentIsFinalAccounts() {
        assertEquals("final_accounts | department | 2023 | 临江市档案馆", facts(
                page(1, line(1, 40, 12, "部门整体绩效自评表"), line(1, 60, 9, "2023（年度）"),
                        line(1, 80, 9, "部门（单位）名称 临江市档案馆 部门预算编码 301"),
                        line(1, 100, 9, "年初预算数 全年执行数 执行率"))));
    }

    @Test
    void theWordPreJuesuanNamesNeitherKind() {
        // 预决算 (budgets and final accounts together) in a project's text is no vote for final accounts.
        assertEquals("budget | department | 2027 | 临江市财政局", facts(
                page(1, line(1, 40, 12, "预算01表 收支总表"), line(1, 60, 9, "项目 预算数"),
                        line(1, 80, 9, "我局2027年部门预决算审核工作按期完成"),
                        line(1, 100, 9, "（2027年度）"), line(1, 120, 9, "部门名称 临江市财政局"))));
    }

    @Test
    void aCoverWithTheYearFirstAndNoDepartmentWord() {
        assertEquals("budget | department | 2018 | 临江市财政局", facts(
                page(1, line(1, 200, 26, "2018 年度"), line(1, 240, 26, "临江市财政局预算公开"),
                        line(1, 400, 14, "二〇一八年三月"))));
    }

    @Test
    void aTitleSplitOverTwoLinesWithABareYear() {
        assertEquals("final_accounts | department | 2024 | 临江市人民政府国有资产监督管理委员会", facts(
                page(1, line(1, 70, 22, "临江市人民政府国有资产监督管理委员会"), line(1, 100, 22, "2024部门决算情况的说明"),
                        line(1, 180, 16, "一、部门基本情况"), line(1, 210, 16, "临江市国资委是市政府直属特设机构。"))));
        assertEquals("budget | department | 2019 | 西岭市发展和改革委员会", facts(
                page(1, line(1, 70, 22, "西岭市发展和改革委员会"), line(1, 100, 22, "2019年部门综合预算说明"))));
    }

    @Test
    void aConsolidatedMarkAndTheWordDepartmentAreNotPartOfTheName() {
        assertEquals("budget | department | 2026 | 西岭市审计局", facts(
                page(1, line(1, 240, 22, "西岭市审计局（汇总）"), line(1, 290, 22, "2026年部门预算公开说明"))));
        assertEquals("budget | department | 2026 | 西岭市统计局", facts(
                page(1, line(1, 70, 22, "西岭市统计局部门2026年度部门预算"), line(1, 100, 22, "信息公开"))));
        // 本级 narrows the entity to the department's own office: kept.
        assertEquals("budget | unit | 2026 | 西岭市民政局（本级）", facts(
                page(1, line(1, 200, 26, "2026年度"), line(1, 240, 26, "西岭市民政局（本级）"), line(1, 280, 26, "单位预算"))));
    }

    @Test
    void aWrappedListOfSubordinateUnitsIsNoLabel() {
        // The cover is an image: the entity is the body the narrative describes, not the unit after "…事业 / 单位：".
        assertEquals("budget | department | 2025 | 临江市气象局", facts(
                page(1, line(1, 60, 16, "一、部门情况说明"),
                        line(1, 90, 16, "临江市气象局属于公益性事业单位，负责本地区气象预报。临江"),
                        line(1, 120, 16, "市气象局设5个内设机构；1个代管事业"),
                        line(1, 150, 16, "单位：临江市人工影响天气中心；全区设3个气象站。"),
                        line(1, 180, 16, "2025年临江市气象局政府采购预算总额12.00万元。"))));
    }
}
