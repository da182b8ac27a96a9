package org.fiscallens.checks;

import org.fiscallens.checks.rules.BudgetAdjustmentRules;
import org.fiscallens.checks.rules.BudgetScopeRules;
import org.fiscallens.checks.rules.CarryOverRules;
import org.fiscallens.checks.rules.CheckBoxRules;
import org.fiscallens.checks.rules.CountRateRules;
import org.fiscallens.checks.rules.ExplanationRules;
import org.fiscallens.checks.rules.ProjectAttributeRules;
import org.fiscallens.checks.rules.CompletenessRules;
import org.fiscallens.checks.rules.CrossTableRules;
import org.fiscallens.checks.rules.ItemListRules;
import org.fiscallens.checks.rules.NamingRules;
import org.fiscallens.checks.rules.NarrativeInternalRules;
import org.fiscallens.checks.rules.NarrativeTableRules;
import org.fiscallens.checks.rules.PerformanceRules;
import org.fiscallens.checks.rules.RateRules;
import org.fiscallens.checks.rules.TableArithmeticRules;
import org.fiscallens.checks.rules.UnreadableTableRules;
import org.fiscallens.checks.rules.TemplateResidueRules;
import org.fiscallens.checks.rules.TextQualityRules;
import org.fiscallens.checks.rules.WordingRules;
import org.fiscallens.checks.rules.YearRules;
import org.fiscallens.checks.rules.InstructionResidueRules;
import org.fiscallens.checks.rules.ReadLimitRules;
import org.fiscallens.checks.text.DocText;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.parallel.ParallelMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule of the catalogue over one document. */
public final class Checker {

    /** The catalogue, in report order. */
    public static final List<Rule> RULES = List.of(
            new TableArithmeticRules(), new UnreadableTableRules(), new CrossTableRules(), new NarrativeTableRules(), new NarrativeInternalRules(),
            new RateRules(), new YearRules(), new TemplateResidueRules(), new NamingRules(), new TextQualityRules(),
            new CompletenessRules(), new PerformanceRules(), new CheckBoxRules(), new ItemListRules(),
            new CountRateRules(), new CarryOverRules(), new ExplanationRules(), new ProjectAttributeRules(), new BudgetScopeRules(),
            new WordingRules(), new BudgetAdjustmentRules(), new InstructionResidueRules(), new ReadLimitRules());

    private Checker() {}

    public static List<RuleInfo> catalogue() {
        List<RuleInfo> all = new ArrayList<>();
        for (Rule r : RULES) all.addAll(r.rules());
        return all;
    }

    /** The findings for a document; {@code pages} (may be null) place each quote on its page exactly. */
    public static List<Finding> check(FiscalDocument doc, List<PageLayout> pages) {
        return check(doc, pages, 1);
    }

    /**
     * As {@link #check(FiscalDocument, List)}, the rules run on up to {@code threads} threads. Each rule reads the
     * shared context (built once, not changed after) and reports into a context of its own; the findings are
     * gathered in catalogue order, as one thread running the rules in turn reports them.
     */
    public static List<Finding> check(FiscalDocument doc, List<PageLayout> pages, int threads) {
        return checkTied(org.fiscallens.tieout.TieOut.apply(doc), pages, threads);
    }

    /** The findings of a document whose facts carry their tie-out. */
    private static List<Finding> checkTied(FiscalDocument doc, List<PageLayout> pages, int threads) {
        CheckContext shared = new CheckContext(doc, DocText.of(doc, pages));
        boolean strict = Boolean.getBoolean("fiscal.checks.strict");
        List<List<Finding>> byRule = ParallelMap.map(RULES, threads, r -> {
            CheckContext ctx = shared.forRule();
            try {
                r.apply(ctx);
            } catch (RuntimeException e) {
                // a rule that cannot read an unusual document must not cost the document its other findings
                // or its extraction; the rule simply reports nothing for it
                if (strict) throw e;
            }
            return ctx.findings();
        });
        List<Finding> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<org.fiscallens.model.Cell> uncertain = OcrDoubt.uncertainCells(doc.tables());
        for (List<Finding> findings : byRule) {
            for (Finding f : findings) if (seen.add(CheckContext.key(f.rule(), f.evidence(), f.message()))) out.add(OcrDoubt.mark(f, uncertain));
        }
        out.sort(Comparator.comparing((Finding f) -> f.severity().ordinal())
                .thenComparing(f -> f.evidence().isEmpty() ? Integer.MAX_VALUE : f.evidence().get(0).page()));
        return out;
    }

    /** The document with its findings filled in. */
    public static FiscalDocument withFindings(FiscalDocument doc, List<PageLayout> pages) {
        return withFindings(doc, pages, 1);
    }

    /**
     * The document with its findings filled in, the rules run on up to {@code threads} threads. A document without
     * body lines checked with its {@code pages} keeps the lines the checks read ({@link FiscalDocument#lines()}), so
     * that its JSON is checked again exactly as now.
     */
    public static FiscalDocument withFindings(FiscalDocument doc, List<PageLayout> pages, int threads) {
        if (doc.lines().isEmpty() && pages != null) doc = doc.withLines(DocText.bodyLines(pages));
        FiscalDocument tied = org.fiscallens.tieout.TieOut.apply(doc);
        return tied.withFindings(checkTied(tied, pages, threads));
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
