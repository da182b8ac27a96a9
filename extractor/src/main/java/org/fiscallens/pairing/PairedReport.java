package org.fiscallens.pairing;

import org.fiscallens.checks.Checker;
import org.fiscallens.model.Cell;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a report published as two files as one document: the narrative's sections, facts and projects with
 * the companion file's tables, so that the narrative's figures meet the tables' cells (narrative against table,
 * completeness) as they do in a report printed as one file.
 * <p>
 * The rules see one document whose pages run on: the companion's pages follow the narrative's (its page p is
 * page {@code narrativePages + p} of the whole). Each finding's evidence is then placed back in its own file:
 * {@link Evidence#file()} names the narrative's or the companion's file and {@code page} is that file's page.
 */
public final class PairedReport {

    private PairedReport() {}

    /**
     * The narrative's model with {@code document.companion} naming the companion file and the findings of the
     * pair checked as one report (each evidence with its file). Its tables, sections and facts stay the
     * narrative's own, so every page outside the findings is the narrative file's; the companion's tables are in
     * the companion's own model. Its facts carry the pair's tie-out (a figure tied to a companion's cell names the
     * cell's page in the pair: the narrative's pages, then the companion's).
     */
    public static FiscalDocument check(FiscalDocument narrative, FiscalDocument companion, int threads) {
        FiscalDocument whole = merge(narrative, companion);
        int offset = narrative.source().pages();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // the pair's tie-out and checks: the narrative's figures tied to the companion's tables too
        FiscalDocument checked = Checker.withFindings(whole, null, threads);
        for (Finding f : checked.findings()) {
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence e : f.evidence()) evidence.add(place(e, offset, narrative, companion));
            findings.add(f.withEvidence(evidence));
            seen.add(f.rule() + "\u0000" + f.message());
        }
        // What the companion's own text and projects give (a 自评表's indicators, a repeated note) stays the
        // companion's: those parts are not in the merged document, whose text is the narrative's.
        for (Finding f : companion.findings()) {
            if (!seen.add(f.rule() + "\u0000" + f.message())) continue;
            List<Evidence> evidence = new ArrayList<>();
            for (Evidence e : f.evidence()) evidence.add(e.page() > 0 ? e.inFile(companion.source().file(), e.page()) : e);
            findings.add(f.withEvidence(evidence));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.severity().ordinal()));
        return new FiscalDocument(narrative.schemaVersion(), narrative.tool(), narrative.source(), whole.document(),
                narrative.sections(), narrative.tables(), checked.facts(), narrative.projects(), findings, narrative.lines());
    }

    /** The pair as one document: the narrative's content, its tables and the companion's (pages shifted). */
    static FiscalDocument merge(FiscalDocument narrative, FiscalDocument companion) {
        int offset = narrative.source().pages();
        List<Table> tables = new ArrayList<>(narrative.tables());
        for (Table t : companion.tables()) tables.add(shift(t, offset));
        DocumentInfo info = narrative.document().withCompanion(
                new DocumentInfo.Companion(companion.source().file(), companion.source().sha256()));
        return new FiscalDocument(narrative.schemaVersion(), narrative.tool(), narrative.source(), info,
                narrative.sections(), tables, narrative.facts(), narrative.projects(), List.of(), narrative.lines());
    }

    static Table shift(Table t, int offset) {
        List<Integer> pages = t.pages().stream().map(p -> p + offset).toList();
        List<TableRow> rows = t.rows().stream().map(r -> new TableRow(r.code(), r.name(), r.level(), r.block(), r.values(),
                r.page() > 0 ? r.page() + offset : r.page(), r.box())).toList();
        List<Cell> cells = t.cells() == null ? null : t.cells().stream().map(c -> new Cell(c.row(), c.col(), c.rowSpan(),
                c.colSpan(), c.text(), c.page() > 0 ? c.page() + offset : c.page(), c.box())).toList();
        return new Table(t.kind(), t.title(), t.unit(), pages, t.method(), t.columns(), rows, t.note(), cells, t.source(), t.understood(), t.reason());
    }

    /** The evidence on its own file's page. */
    static Evidence place(Evidence e, int offset, FiscalDocument narrative, FiscalDocument companion) {
        if (e.page() <= 0) return e;
        return e.page() > offset ? e.inFile(companion.source().file(), e.page() - offset)
                : e.inFile(narrative.source().file(), e.page());
    }
}
