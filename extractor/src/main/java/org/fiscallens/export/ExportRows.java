package org.fiscallens.export;

import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.TieSource;
import org.fiscallens.checks.report.TickMarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The flat tables every export format shares: each row starts with the document's name, entity, fiscal
 * year and kind, so rows from many documents can be filtered and compared in one sheet.
 */
public final class ExportRows {
    private ExportRows() {}

    /** The leading columns of every row: the document's name, entity, fiscal year and kind. */
    public static final List<String> DOC = List.of("document", "entity", "year", "kind");

    /** The columns holding the document's fiscal year and kind (the Parquet datasets are partitioned by them). */
    public static final String YEAR_COLUMN = DOC.get(2), KIND_COLUMN = DOC.get(3);

    private static List<String> header(String... rest) {
        List<String> h = new ArrayList<>(DOC);
        h.addAll(Arrays.asList(rest));
        return List.copyOf(h);
    }

    private static List<Object> row(LoadedResult r, Object... rest) {
        List<Object> row = new ArrayList<>(List.of(nz(r.documentName())));
        row.add(r.entity());
        row.add(r.year());
        row.add(r.kind());
        row.addAll(Arrays.asList(rest));
        return row;
    }

    private static String nz(String s) { return s == null ? "" : s; }

    /** One row per document: its identity, how much each stage found, and the tool version that read it. */
    public static final FlatTable DOCUMENTS = new FlatTable("documents",
            List.of("document", "entity", "year", "kind", "scope", "title", "pages", "sha256", "tables", "facts",
                    "projects", "findings", "errors", "warnings", "result", "tool"),
            r -> List.of(Arrays.asList(r.documentName(), r.entity(), r.year(), r.kind(),
                    r.info().scope() == null ? null : r.info().scope().id(), r.info().title(),
                    r.doc().source().pages(), r.doc().source().sha256(), r.doc().tables().size(), r.doc().facts().size(),
                    r.doc().projects().size(), r.doc().findings().size(), count(r, Severity.ERROR), count(r, Severity.WARNING),
                    r.name() + ".json", r.doc().tool())));

    private static int count(LoadedResult r, Severity s) {
        return (int) r.doc().findings().stream().filter(f -> f.severity() == s).count();
    }

    /** Every table value, one per row (long format): the comparable figures of all documents in one list. */
    public static final FlatTable CELLS = new FlatTable("cells",
            header("table", "row code", "row name", "column", "value", "unit", "page", "table title", "row level", "block"),
            r -> {
                List<List<Object>> rows = new ArrayList<>();
                for (Table t : r.doc().tables()) {
                    for (TableRow tr : t.rows()) {
                        for (Map.Entry<String, BigDecimal> v : tr.values().entrySet()) {
                            rows.add(row(r, t.kind(), tr.code(), tr.name(), v.getKey(), v.getValue(), t.unit(),
                                    tr.page() > 0 ? tr.page() : null, t.title(), tr.level(), tr.block()));
                        }
                    }
                }
                return rows;
            });

    /**
     * The figures stated in the narrative. {@code change} is a change's value with its sign (a 减少17.89万元 is
     * -17.89), {@code direction} the word as printed, {@code subject} what the figure is about, {@code code} the
     * 科目编码 of a 类/款/项 statement (read from the document's own tables by the printed names), {@code basis}
     * what it is compared with. {@code tie} is the figure's tie-out (agrees, contradicts, untied; blank in a result
     * written before the tie-out), {@code tie_source} and {@code tie_where} its first source (for a contradiction,
     * the one it disagrees with): its kind (cell, fact, computed) and where it is, as `fiscal check --tickmarks`
     * prints it.
     */
    public static final FlatTable FACTS = new FlatTable("facts",
            header("key", "label", "value", "unit", "fact year", "comparison", "section", "page", "quote",
                    "change", "direction", "subject", "code", "basis", "value_yuan", "tie", "tie_source", "tie_where"),
            r -> {
                FactCodes codes = new FactCodes(r.doc().tables());
                List<Fact> facts = r.doc().facts();
                return facts.stream().map((Fact f) -> {
                    List<Object> row = row(r, f.key(), f.label(), f.value(), f.unit(), f.year(),
                            f.comparison(), f.section(), f.page() > 0 ? f.page() : null, f.quote(), Reports.signedChange(f),
                            f.direction(), f.subject(), codes.code(f), f.basis(), yuan(f.value(), f.unit()));
                    TieSource first = f.tie() == null || f.tie().sources().isEmpty() ? null : f.tie().sources().get(0);
                    row.add(f.tie() == null || f.tie().status() == null ? null : f.tie().status().id());
                    row.add(first == null ? null : sourceKind(first));
                    row.add(first == null ? null : TickMarks.source(first, facts, r.doc().tables()));
                    return row;
                }).toList();
            });

    /** A tie source's kind as the model names it: cell, fact, computed. */
    static String sourceKind(TieSource s) {
        return s instanceof TieSource.CellRef ? "cell" : s instanceof TieSource.FactRef ? "fact" : "computed";
    }

    static BigDecimal yuan(BigDecimal value, String unit) {
        BigDecimal f = Measures.yuanFactor(unit);
        return value == null || f == null ? null : value.multiply(f);
    }

    /** values.csv's header: every table value, one per row, with its canonical dimensions and its amount in 元. */
    public static final List<String> VALUES_HEADER = List.of("file", "sha256", "entity_id", "entity", "fiscal_year", "kind",
            "scope", "status", "table_kind", "table_title", "code", "item", "level", "block", "column", "measure", "fund",
            "spending", "subject", "value", "unit", "value_yuan", "page");

    /** The rows of values.csv of one document; {@code reports} gives entity ids and statuses over the whole set (may be null). */
    public static List<List<Object>> values(LoadedResult r, Reports reports) {
        List<List<Object>> rows = new ArrayList<>();
        String entityId = reports == null ? Entities.id(r.entity()) : reports.entityId(r);
        // without the set of documents a copy cannot be told from its original: the status is left blank
        String status = reports == null ? null : reports.status(r);
        String scope = r.info().scope() == null ? null : r.info().scope().id();
        for (Table t : r.doc().tables()) {
            List<String> cols = Headlines.columns(t);
            BigDecimal factor = Measures.yuanFactor(t.unit());
            for (TableRow tr : t.rows()) {
                for (Map.Entry<String, BigDecimal> v : tr.values().entrySet()) {
                    Measures.Measure m = Measures.classify(r.kind(), r.year(), t.kind(), t.title(), cols, tr.name(), tr.block(), v.getKey());
                    boolean amount = !Measures.NONE.equals(m.measure()) && !Measures.QUANTITY.equals(m.measure())
                            && !Measures.RATE.equals(m.measure());
                    BigDecimal yuan = v.getValue() == null || factor == null || !amount ? null : v.getValue().multiply(factor);
                    rows.add(new ArrayList<>(Arrays.asList(r.documentName(), r.doc().source().sha256(), entityId, r.entity(),
                            r.year(), r.kind(), scope, status, t.kind(), t.title(), tr.code(), tr.name(), tr.level(), tr.block(),
                            v.getKey(), m.measure(), m.fund(), m.spending(), m.subject(), v.getValue(), amount ? t.unit() : null,
                            yuan, tr.page() > 0 ? tr.page() : t.pages().isEmpty() ? null : t.pages().get(0))));
                }
            }
        }
        return rows;
    }

    /** values.csv over a set of documents. */
    public static FlatTable values(Reports reports) {
        return new FlatTable("values", VALUES_HEADER, r -> values(r, reports));
    }

    /** panel.csv: one row per report with its headline figures in 元 (written after all documents). */
    public static FlatTable panel(Reports reports) {
        return new FlatTable("panel", Reports.panelHeader(), r -> List.of(), reports::panelRows);
    }

    /** findings.csv with the cross-year findings of the set after every document's own findings. */
    public static FlatTable findings(Reports reports) {
        return new FlatTable(FINDINGS.name(), FINDINGS.header(), FINDINGS.rows(), reports::crossYearRows);
    }

    /** documents.csv with each document's entity id, status and primary document. */
    public static FlatTable documents(Reports reports) {
        List<String> h = new ArrayList<>(DOCUMENTS.header());
        h.addAll(List.of("entity_id", "status", "primary"));
        return new FlatTable(DOCUMENTS.name(), List.copyOf(h), r -> {
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : DOCUMENTS.rows().apply(r)) {
                List<Object> x = new ArrayList<>(row);
                x.add(reports.entityId(r));
                x.add(reports.status(r));
                x.add(reports.primaryOf(r));
                rows.add(x);
            }
            return rows;
        });
    }

    /** Projects with their money and scores. */
    public static final FlatTable PROJECTS = new FlatTable("projects",
            header("project", "department", "implementer", "initial budget", "annual budget", "executed",
                    "execution rate", "weight", "score", "indicators", "pages"),
            r -> r.doc().projects().stream().map((Project p) -> row(r, p.name(), p.department(), p.implementer(),
                    p.initialBudget(), p.annualBudget(), p.executed(), p.executionRate(), p.weight(), p.score(),
                    p.indicators().size(), pages(p.pages()))).toList());

    /** Each project's performance indicators (三级指标). */
    public static final FlatTable INDICATORS = new FlatTable("indicators",
            header("project", "level 1", "level 2", "indicator", "target", "actual", "weight", "score",
                    "deviation reason", "page"),
            r -> {
                List<List<Object>> rows = new ArrayList<>();
                for (Project p : r.doc().projects()) {
                    for (Indicator i : p.indicators()) {
                        rows.add(row(r, p.name(), i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.weight(),
                                i.score(), i.deviationReason(), i.page() > 0 ? i.page() : null));
                    }
                }
                return rows;
            });

    /** The checks' findings with where their evidence is. */
    public static final FlatTable FINDINGS = new FlatTable("findings",
            header("severity", "category", "rule", "message", "arithmetic", "pages", "quotes", "cells"),
            r -> r.doc().findings().stream().map((Finding f) -> row(r, f.severity() == null ? null : f.severity().id(),
                    f.category(), f.rule(), f.message(), f.arithmetic(),
                    f.evidence().stream().map(Evidence::page).filter(p -> p > 0).distinct().map(String::valueOf)
                            .collect(Collectors.joining(";")),
                    f.evidence().stream().map(Evidence::quote).filter(Objects::nonNull).collect(Collectors.joining(" | ")),
                    f.evidence().stream().filter(e -> e.table() != null || e.row() != null || e.column() != null)
                            .map(e -> String.join(" / ", nz(e.table()), nz(e.row()), nz(e.column())))
                            .collect(Collectors.joining("; ")))).toList());

    private static String pages(List<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    /**
     * The flat tables of one document at a time, in file order (the Spark job's Parquet datasets): those of the CSV
     * export less what needs the whole set (panel.csv, cross-year findings, the status of copies).
     */
    public static List<FlatTable> csvTables() {
        return List.of(DOCUMENTS, CELLS, values(null), FACTS, PROJECTS, INDICATORS, FINDINGS);
    }

    /** The flat tables of the CSV export over a set of documents (first pass in {@code reports}), in file order. */
    public static List<FlatTable> csvTables(Reports reports) {
        return List.of(documents(reports), CELLS, values(reports), panel(reports), FACTS, PROJECTS, INDICATORS, findings(reports));
    }
}
