package org.fiscallens.export;

import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Indicator;
import org.fiscallens.model.Project;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

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

    /** The figures stated in the narrative. */
    public static final FlatTable FACTS = new FlatTable("facts",
            header("key", "label", "value", "unit", "fact year", "comparison", "section", "page", "quote"),
            r -> r.doc().facts().stream().map((Fact f) -> row(r, f.key(), f.label(), f.value(), f.unit(), f.year(),
                    f.comparison(), f.section(), f.page() > 0 ? f.page() : null, f.quote())).toList());

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

    /** The flat tables of the CSV export, in file order. */
    public static List<FlatTable> csvTables() {
        return List.of(DOCUMENTS, CELLS, FACTS, PROJECTS, INDICATORS, FINDINGS);
    }
}
