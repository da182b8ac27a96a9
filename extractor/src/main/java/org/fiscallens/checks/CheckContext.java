package org.fiscallens.checks;

import org.fiscallens.checks.tables.TableSet;
import org.fiscallens.checks.text.DocText;
import org.fiscallens.checks.text.FactPlaces;
import org.fiscallens.checks.interval.Explanation;
import org.fiscallens.model.Calculation;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the rules read (text, tables, the model's narrative figures and where they stand) and where they report. */
public final class CheckContext {
    private final FiscalDocument doc;
    private final DocText text;
    private final TableSet tables;
    private final FactPlaces places;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public CheckContext(FiscalDocument doc, DocText text) {
        this.doc = doc;
        this.text = text;
        this.tables = new TableSet(doc.tables());
        this.places = new FactPlaces(doc.facts(), text);
    }

    private CheckContext(CheckContext shared) {
        this.doc = shared.doc;
        this.text = shared.text;
        this.tables = shared.tables;
        this.places = shared.places;
    }

    /** A context over the same document, text, tables and figures (shared, read only) with no findings yet. */
    public CheckContext forRule() {
        return new CheckContext(this);
    }

    public FiscalDocument doc() { return doc; }
    public DocText text() { return text; }
    public TableSet tables() { return tables; }
    /** Where each of the model's narrative figures ({@code facts[]}) stands in the running text. */
    public FactPlaces places() { return places; }

    public DocumentKind kind() { return doc.document() == null ? DocumentKind.UNKNOWN : doc.document().kind(); }

    public Integer fiscalYear() { return doc.document() == null ? null : doc.document().fiscalYear(); }

    public boolean isBudget() { return doc.document() != null && doc.document().kind() == DocumentKind.BUDGET; }

    public boolean isFinalAccounts() { return doc.document() != null && doc.document().kind() == DocumentKind.FINAL_ACCOUNTS; }

    public void report(RuleInfo rule, String message, CharSequence arithmetic, List<Evidence> evidence) {
        report(rule, rule.severity(), message, arithmetic, evidence);
    }

    /**
     * Reports a finding; {@code arithmetic} is a {@link Explanation} where the rule compared figures through a
     * {@link org.fiscallens.checks.interval.Verdict}, whose structured form becomes the finding's {@code calc}.
     */
    public void report(RuleInfo rule, Severity severity, String message, CharSequence arithmetic, List<Evidence> evidence) {
        if (!seen.add(key(rule.id(), evidence, message))) return;
        Calculation calc = arithmetic instanceof Explanation e ? e.calculation() : null;
        findings.add(new Finding(rule.id(), rule.category(), severity, message, evidence,
                arithmetic == null ? null : arithmetic.toString(), calc));
    }

    /** What makes two reports the same finding: rule, message and the place of the first evidence. */
    static String key(String ruleId, List<Evidence> evidence, String message) {
        Evidence first = evidence.isEmpty() ? null : evidence.get(0);
        // the box keeps apart two occurrences on one page whose quotes read the same (a sentence repeated in two paragraphs)
        return ruleId + "|" + (first == null ? "" : first.page() + "|" + first.quote() + "|" + first.row() + "|" + first.column()
                + "|" + first.box()) + "|" + message;
    }

    public List<Finding> findings() { return findings; }
}
