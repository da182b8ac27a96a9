package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Box;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The same sentence in two paragraphs of one page gives two findings (their quotes read the same; their boxes
 * differ), while one place reported twice stays one finding.
 */
class RepeatedQuoteFindingsTest {
    static { System.setProperty("fiscal.checks.strict", "true"); }

    private static final RuleInfo RULE = new RuleInfo("test.rule", "test", Severity.WARNING, "w", "w", "e");

    @Test
    void samePlaceOnceTwoPlacesTwice() {
        CheckContext ctx = new CheckContext(Fixtures.doc(org.fiscallens.model.DocumentKind.BUDGET, 2019, List.of(), List.of()),
                org.fiscallens.checks.text.DocText.of(Fixtures.doc(org.fiscallens.model.DocumentKind.BUDGET, 2019, List.of(), List.of()), null));
        Evidence a = Evidence.text(20, "较上一度增加1133.95万元", new Box(90, 100, 500, 114));
        Evidence b = Evidence.text(20, "较上一度增加1133.95万元", new Box(90, 300, 500, 314));
        ctx.report(RULE, "“上一度”应为“上一年度”", null, List.of(a));
        ctx.report(RULE, "“上一度”应为“上一年度”", null, List.of(a));
        assertEquals(1, ctx.findings().size());
        ctx.report(RULE, "“上一度”应为“上一年度”", null, List.of(b));
        assertEquals(2, ctx.findings().size());
    }

    @Test
    void allThreeTyposOfThePlanningBureauFinalAccountsAreReported() {
        FiscalDocument doc = Corpus.extract(Corpus.real().resolve("shanghai/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf"));
        List<Finding> typos = doc.findings().stream()
                .filter(f -> f.rule().equals("naming.typo") && f.message().contains("上一度")).toList();
        assertEquals(List.of(20, 20, 21), typos.stream().map(f -> f.evidence().get(0).page()).sorted().toList(), typos.toString());
        List<Box> onPage20 = typos.stream().map(f -> f.evidence().get(0)).filter(e -> e.page() == 20).map(Evidence::box).toList();
        assertNotEquals(onPage20.get(0), onPage20.get(1));
    }
}
