package org.fiscallens.tieout;

import org.fiscallens.checks.Checker;
import org.fiscallens.facts.NarrativeFacts;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Provenance;
import org.fiscallens.model.Scope;
import org.fiscallens.model.Section;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Tie;
import org.fiscallens.model.TieSource;
import org.fiscallens.sections.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Each relation (change, rate of change, share, completion, restatement) on several wordings of the same statement,
 * most of them in no corpus document (同比多支出, 增幅, 比上年度下降了, 约占, 预算执行率, 较年初预算执行了): the facts are
 * read, tied by {@link RelationResolver}, and the rule reports exactly one contradiction citing the figure and its
 * operands. A wording the tie-out cannot read fails here (the passages' own readers are not consulted for a tied rate).
 */
class RelationParaphraseTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    record Checked(FiscalDocument doc, List<Finding> findings) {}

    /** The paragraphs (one per "|"-separated text) read into facts, tied and checked as a 2024 决算. */
    static Checked check(String text) {
        DocumentInfo info = new DocumentInfo(DocumentKind.FINAL_ACCOUNTS, Scope.DEPARTMENT, 2024, "上海市普陀区财政局",
                "上海市普陀区财政局2024年度部门决算", null);
        List<Paragraph> ps = new ArrayList<>();
        for (String p : text.split("\\|")) ps.add(new Paragraph(p, List.of(), 1, null));
        List<Fact> facts = NarrativeFacts.extract(ps, List.of(), info);
        Section s = new Section("一", "情况说明", 1, "cjk", List.of(1, 1), text.replace("|", "\n"), new Provenance(1, null, "情况说明"), List.of());
        FiscalDocument doc = new FiscalDocument(1, "test", null, info, List.of(s), List.of(), facts, List.of(), List.of());
        return new Checked(TieOut.apply(doc), Checker.check(doc, null));
    }

    /** Exactly one error of {@code rule}, citing the figure and at least one operand, from a contradicting tie. */
    static Finding one(String text, String rule) {
        Checked c = check(text);
        List<Finding> l = c.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, l.size(), text + " → " + c.findings());
        Finding f = l.get(0);
        assertEquals(Severity.ERROR, f.severity(), text);
        assertTrue(f.evidence().size() >= 2, "the figure and its operands are cited: " + f.evidence());
        assertTrue(c.doc().facts().stream().anyMatch(x -> x.tie().status() == Tie.Status.CONTRADICTS), "a contradicting tie: " + text);
        return f;
    }

    static void consistent(String text) {
        Checked c = check(text);
        assertTrue(c.findings().stream().noneMatch(f -> f.category().equals("rate") || f.rule().equals("narr.restated")),
                text + " → " + c.findings());
        assertTrue(c.doc().facts().stream().anyMatch(x -> x.tie().status() == Tie.Status.AGREES), "tied: " + text);
    }

    @Test
    void rateOfChangeInManyWordings() {
        // 120 now, 20 more than last year: 20 ÷ 100 = 20 %, printed 25 %
        one("2024年度支出合计120.00万元，与2023年度相比，支出合计增加20.00万元，增长25.00%。", "rate.growth");
        one("支出合计120.00万元，同比多支出20.00万元，增幅25%。", "rate.growth");
        one("本年支出120.00万元，较上年度下降了20.00万元，下降了16.67%。", "rate.growth");   // 20 ÷ 140 = 14.29 %
        one("2023年支出100万元，2024年支出120万元，增长25%。", "rate.growth");              // base stated: (120 − 100) ÷ 100
        consistent("支出合计120.00万元，同比多支出20.00万元，增幅20%。");
        consistent("本年支出120.00万元，较上年度下降了20.00万元，下降了14.29%。");
    }

    @Test
    void changeAgainstCurrentAndBase() {
        Finding f = one("上年支出决算为100.00万元，本年支出决算为120.00万元，比上年增加30.00万元。", "rate.growth");
        assertTrue(f.message().startsWith("增减额"), f.message());
        consistent("上年支出决算为100.00万元，本年支出决算为120.00万元，比上年增加20.00万元。");
    }

    @Test
    void oneDefectOneFinding() {
        // the change and the rate both disagree with the two levels: one finding, the other attached
        Finding f = one("上年支出决算为100.00万元，本年支出决算为120.00万元，比上年增加30.00万元，增长30.00%。", "rate.growth");
        assertTrue(f.message().contains("同一组数字也使"), f.message());
    }

    @Test
    void directionWordsAgainstEachOther() {
        one("支出合计100.00万元，比上年增加5.00万元，下降5.26%。", "rate.direction");
    }

    @Test
    void shareInManyWordings() {
        // 150 of 200 is 75 %, printed 80 %
        one("本年支出合计200.00万元。基本支出150.00万元，占本年支出合计的80.00%。", "rate.share");
        one("本年支出合计200.00万元。|基本支出150.00万元，约占本年支出的80%。", "rate.share");
        one("一般公共预算财政拨款支出200.00万元，主要用于：一般公共服务支出（类）150.00万元，占80.00%；教育支出（类）50.00万元，占25.00%。", "rate.share");
        consistent("本年支出合计200.00万元。|基本支出150.00万元，约占本年支出的75%。");
    }

    @Test
    void completionInManyWordings() {
        // 150 of a budget of 200 is 75 %, printed 80 %
        one("年初预算为200.00万元，支出决算为150.00万元，完成年初预算的80.00%。", "rate.completion");
        one("全年预算数200万元，执行数150万元，预算执行率80%。", "rate.completion");
        one("年初预算为200.00万元，支出决算为150.00万元，较年初预算执行了80%。", "rate.completion");
        consistent("全年预算数200万元，执行数150万元，预算执行率75%。");
    }

    @Test
    void restatedTotals() {
        Finding f = one("本年支出合计200.00万元。|本年支出合计为210.00万元。", "narr.restated");
        assertTrue(f.message().contains("200") && f.message().contains("210"), f.message());
        consistent("本年支出合计200.00万元。|本年支出合计为200.00万元，占比100%。");
    }

    @Test
    void aRateOverABaseThatMayBeZeroIsNotTied() {
        Checked c = check("因公出国（境）费0万元，比上年增加0万元，增长0%。");
        for (Fact f : c.doc().facts()) {
            if (!"%".equals(f.unit())) continue;
            assertTrue(f.tie().sources().stream().noneMatch(s -> s instanceof TieSource.Computed), "no computation over a 0 base: " + f);
        }
        assertTrue(c.findings().stream().anyMatch(f -> f.rule().equals("rate.undefined")), c.findings().toString());
    }
}
