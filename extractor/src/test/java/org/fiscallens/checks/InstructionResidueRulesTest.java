package org.fiscallens.checks;

import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** residue.instruction on sentences modelled on the corpus (Jiangsu 2018/2019 budgets, the Shanghai 决算 template). */
class InstructionResidueRulesTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    static List<Finding> instr(String... paragraphs) {
        return NarrativeRulesTest.check(DocumentKind.BUDGET, 2019, paragraphs).stream()
                .filter(f -> f.rule().equals("residue.instruction")).toList();
    }

    @Test
    void bracketedFillInInstructionsAreErrors() {
        List<Finding> f = instr("人员经费2,345.67万元。主要包括：基本工资、津贴补贴、奖金。"
                + "（按“部门预算公开06表财政拨款基本支出预算表”中实际发生经济分类支出事项填写）");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("括号内的填写说明“（按“部门预算公开06表"), f.get(0).message());
        assertTrue(f.get(0).evidence().get(0).quote().contains("事项填写）"), f.get(0).evidence().toString());
        assertEquals(Severity.ERROR, instr("机关运行经费支出12.00万元（根据部门预算批复数填列）。").get(0).severity());
        assertEquals(Severity.ERROR, instr("主要用于（此处填写主要用途）等方面。").get(0).severity());
        assertEquals(Severity.ERROR, instr("国有资产占用情况（如无此项，请说明）。").get(0).severity());
        assertEquals(Severity.ERROR, instr("主要是：事业收入等（无事业收入的单位保留事业收入的名词解释，但不列举主要内容，以下同）。").get(0).severity());
    }

    @Test
    void instructionsInProseAreErrors() {
        assertEquals(Severity.ERROR, instr("一、主要职能", "由主管部门根据三定方案等相关规定中有关主要职能填写。").get(0).severity());
        assertEquals(Severity.ERROR, instr("按上述格式依次说明到各项级科目，预决算持平的不用说明变动原因。").get(0).severity());
        assertEquals(Severity.ERROR, instr("无机关运行经费支出的部门，作下述说明：上海市某局2024年度无机关运行经费支出。").get(0).severity());
        assertEquals(Severity.ERROR, instr("本部门无此项支出，请说明原因。").get(0).severity());
        assertEquals(Severity.ERROR, instr("二、部门决算单位构成（仅有一个单位的部门，本部分内容为“机构设置”）").get(0).severity());
        assertEquals(Severity.ERROR, instr("教育支出（类）XXX万元，占XX%……（不涉及的不列）").get(0).severity());
        assertTrue(instr("按规定不属于本单位的不列入本表。").isEmpty());
    }

    @Test
    void oneFindingPerSentenceAndInstructionsUnderANote() {
        // two instruction phrases in one sentence: one finding
        assertEquals(1, instr("（如持平作持平表述）按上述格式依次说明到各项级科目，预决算持平的不用说明变动原因。").size());
        // a plain line after a form's note is the drafter's instruction, not a numbered item of the note
        List<Finding> f = instr("注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
                "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
    }

    @Test
    void aHeadingCarryingAnInstruction() {
        org.fiscallens.model.Section s = Fixtures.section("部门决算单位构成（仅有一个单位的部门，本部分内容为“机构设置”）",
                "从预算单位构成看，本部门决算包括：本级决算。");
        List<Finding> f = Checker.check(Fixtures.doc(DocumentKind.FINAL_ACCOUNTS, 2024, List.of(s), List.of()), null).stream()
                .filter(x -> x.rule().equals("residue.instruction")).toList();
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("仅有一个单位的部门"), f.get(0).message());
    }

    @Test
    void formatRequirementsAreWarnings() {
        List<Finding> f = instr("一般公共预算财政拨款支出决算情况（单位：万元，保留两位小数）");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void legitimateBracketsAndStatementsAreNotFlagged() {
        assertTrue(instr("行政运行（项）支出100.00万元，一般公共服务支出（类）人大事务（款）。").isEmpty());
        assertTrue(instr("机关事业单位基本养老保险缴费（含参照公务员法管理的事业单位）。").isEmpty());
        assertTrue(instr("江苏省人民代表大会常务委员会办公厅（以下简称“办公厅”）负责机关运行。").isEmpty());
        // the report's own statement of where its figures come from
        assertTrue(instr("本部门预算根据《江苏省财政厅关于批复2019年省级部门预算的通知》（苏财预〔2019〕7号）填列。").isEmpty());
        assertTrue(instr("本表反映部门年度总体收入预算情况。填列数应与《收支预算总表》一致。").isEmpty());
        // a note under a form describes how the form was filled
        assertTrue(instr("注：1.本表反映政府采购预算。", "2.采购品目名称根据《政府采购品目分类目录》（财库[2013]189号）规定品目名称填写。").isEmpty());
        // applications and requests are not instructions to the drafter
        assertTrue(instr("按规定申请说明了调整事项，提请审议。").isEmpty());
        // the template's alternative hint is residue.alternative's, not reported twice
        assertTrue(instr("（如持平作持平表述）").isEmpty());
        assertTrue(instr("注重绩效管理，按规定填写绩效目标申报表。").isEmpty());
    }

    @Test
    void aDuplicatedInstructionIsNotAlsoADuplicateSentence() {
        String instruction = "（按“部门预算公开06表财政拨款基本支出预算表”中实际发生经济分类支出事项填写）";
        List<Finding> all = NarrativeRulesTest.check(DocumentKind.BUDGET, 2019,
                "人员经费支出100.00万元。主要包括：基本工资、津贴补贴。" + instruction,
                "公用经费支出20.00万元。主要包括：办公费、水费、电费。" + instruction);
        assertTrue(all.stream().noneMatch(x -> x.rule().equals("dup.sentence")), all.toString());
        assertTrue(all.stream().anyMatch(x -> x.rule().equals("residue.instruction")), all.toString());
    }
}
