package org.fiscallens.export;

import org.fiscallens.checks.interval.Interval;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;
import org.fiscallens.model.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an export knows about a set of documents as a whole, gathered in a first pass (one small summary per
 * document, the models are not kept): each document's {@code entity_id} (unified across the set), its report
 * (entity, year, kind, scope), its {@code status} within that report (primary, companion, duplicate, variant), the
 * panel of headline figures and the {@code cross_year} findings between the reports of one entity.
 *
 * <p>Status: a report printed in several files has one {@code primary} document (the one with tables; among
 * several, the one with fewest error findings, then most table values, then most narrative figures, then by file name); a file without
 * tables beside it (the narrative of a report whose tables are a separate file) is a {@code companion}; a file
 * with tables whose headline figures all equal the primary's (a re-render, a second upload) is a
 * {@code duplicate}, one whose figures differ (a draft, an altered copy) a {@code variant}. Only primaries
 * fill the panel; values.csv keeps every document with its status, so a filter on {@code status = primary}
 * counts each report once.
 */
public final class Reports {

    /** The key of one report. */
    public record Key(String entityId, Integer year, String kind, String scope) {}

    /** What the export keeps of one document. */
    public record Summary(String file, String sha256, String entity, String rawEntityId, Integer year, String kind,
                          String scope, int tables, int tableValues, int facts, int errors, Map<String, Headlines.Cited> headlines,
                          List<Fact> yoyFacts, Map<String, Headlines.Cited> priorHeadlines) {}

    private final List<Summary> summaries = new ArrayList<>();
    private final Map<String, Summary> bySha = new HashMap<>();
    private Map<String, String> unified = Map.of();
    private final Map<Summary, String> status = new HashMap<>();
    private final Map<Key, List<Summary>> groups = new TreeMap<>(Comparator.comparing((Key k) -> nz(k.entityId()))
            .thenComparing(k -> k.year() == null ? 0 : k.year()).thenComparing(k -> nz(k.kind())).thenComparing(k -> nz(k.scope())));

    /** The first pass: reads every result once. */
    public static Reports of(Iterable<LoadedResult> results) {
        Reports r = new Reports();
        for (LoadedResult lr : results) r.add(summarize(lr));
        r.close();
        return r;
    }

    /** The summary of one document (public so that other writers, e.g. a Spark job, can build the same set). */
    public static Summary summarize(LoadedResult r) {
        int values = 0;
        for (Table t : r.doc().tables()) for (var row : t.rows()) values += row.values().size();
        int errors = (int) r.doc().findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        List<Fact> yoy = new ArrayList<>();
        List<Fact> facts = r.doc().facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.key() != null && (CROSS_YEAR_KEYS.containsKey(f.key()) || isChange(f))) yoy.add(f);
        }
        return new Summary(r.documentName(), r.doc().source().sha256(), r.entity(), Entities.id(r.entity()), r.year(),
                r.kind(), r.info().scope() == null ? null : r.info().scope().id(), r.doc().tables().size(), values,
                r.doc().facts().size(), errors,
                Headlines.of(r.kind(), r.year(), r.doc().tables()), yoy,
                Headlines.of(r.kind(), r.year(), r.doc().tables(), "final_accounts".equals(r.kind()) ? Measures.PRIOR_FINAL
                        : "budget".equals(r.kind()) ? Measures.PRIOR_BUDGET : null));
    }

    /** Adds one document's summary (before {@link #close()}). */
    public void add(Summary s) {
        summaries.add(s);
        if (s.sha256() != null) bySha.putIfAbsent(s.sha256() + "|" + s.file(), s);
    }

    /** Unifies the entity ids and sets each document's status. */
    public void close() {
        unified = Entities.unify(summaries.stream().map(Summary::rawEntityId).filter(Objects::nonNull).toList());
        for (Summary s : summaries) groups.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s);
        for (List<Summary> g : groups.values()) {
            List<Summary> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparing((Summary s) -> s.tables() == 0)
                    .thenComparingInt(Summary::errors)
                    .thenComparing(Comparator.comparingInt(Summary::tableValues).reversed())
                    .thenComparing(Comparator.comparingInt(Summary::facts).reversed())
                    .thenComparing(Summary::file));
            Summary primary = sorted.get(0);
            status.put(primary, "primary");
            for (Summary s : sorted.subList(1, sorted.size())) {
                if (s.tables() == 0 || primary.tables() == 0) status.put(s, "companion");
                else status.put(s, sameFigures(primary, s) ? "duplicate" : "variant");
            }
        }
    }

    private static boolean sameFigures(Summary a, Summary b) {
        int compared = 0;
        for (Map.Entry<String, Headlines.Cited> e : a.headlines().entrySet()) {
            Headlines.Cited o = b.headlines().get(e.getKey());
            if (o == null || o.yuan() == null || e.getValue().yuan() == null) continue;
            if (o.yuan().compareTo(e.getValue().yuan()) != 0) return false;
            compared++;
        }
        return compared > 0;
    }

    private Key key(Summary s) {
        String id = s.rawEntityId() == null ? null : unified.getOrDefault(s.rawEntityId(), s.rawEntityId());
        return new Key(id, s.year(), s.kind(), s.scope());
    }

    private Summary find(LoadedResult r) {
        return bySha.get(r.doc().source().sha256() + "|" + r.documentName());
    }

    /** The document's entity id (unified over the set), or its own normalised name when it was not in the first pass. */
    public String entityId(LoadedResult r) {
        Summary s = find(r);
        String raw = Entities.id(r.entity());
        return s == null ? raw : key(s).entityId();
    }

    /** primary, companion, duplicate or variant. */
    public String status(LoadedResult r) {
        Summary s = find(r);
        return s == null ? "primary" : status.getOrDefault(s, "primary");
    }

    /** The file of the primary document of the report this document belongs to. */
    public String primaryOf(LoadedResult r) {
        Summary s = find(r);
        if (s == null) return r.documentName();
        for (Summary o : groups.get(key(s))) if ("primary".equals(status.get(o))) return o.file();
        return r.documentName();
    }

    // ---------------------------------------------------------------- panel

    /** panel.csv's header. */
    public static List<String> panelHeader() {
        List<String> h = new ArrayList<>(List.of("entity_id", "entity", "fiscal_year", "kind", "scope", "file", "sha256",
                "documents", "duplicates", "variants"));
        for (String c : Headlines.COLUMNS.values()) h.add(c);
        h.add("pages");
        return List.copyOf(h);
    }

    /** One row per report (entity_id, fiscal_year, kind, scope), figures in 元 from its primary document, ordered by entity and year. */
    public List<List<Object>> panelRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Key, List<Summary>> g : groups.entrySet()) {
            Summary p = g.getValue().stream().filter(s -> "primary".equals(status.get(s))).findFirst().orElseThrow();
            List<Object> row = new ArrayList<>();
            Key k = g.getKey();
            row.add(k.entityId());
            row.add(p.entity());
            row.add(k.year());
            row.add(k.kind());
            row.add(k.scope());
            row.add(p.file());
            row.add(p.sha256());
            row.add(g.getValue().size());
            row.add(g.getValue().stream().filter(s -> "duplicate".equals(status.get(s))).map(Summary::file).reduce((a, b) -> a + ";" + b).orElse(null));
            row.add(g.getValue().stream().filter(s -> "variant".equals(status.get(s))).map(Summary::file).reduce((a, b) -> a + ";" + b).orElse(null));
            StringBuilder pages = new StringBuilder();
            for (String id : Headlines.COLUMNS.keySet()) {
                Headlines.Cited c = p.headlines().get(id);
                row.add(c == null ? null : c.yuan());
                if (c != null) pages.append(pages.length() == 0 ? "" : ";").append(Headlines.COLUMNS.get(id)).append(" p").append(c.page());
            }
            row.add(pages.toString());
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- across years

    /** Narrative keys of a figure whose change on the previous year can be checked against last year's report, and the panel column of the same figure. */
    static final Map<String, String> CROSS_YEAR_KEYS = new LinkedHashMap<>();
    static {
        CROSS_YEAR_KEYS.put("total", null);
        CROSS_YEAR_KEYS.put("income_total", null);
        CROSS_YEAR_KEYS.put("expenditure_total", null);
        CROSS_YEAR_KEYS.put("appropriation_total", null);
        CROSS_YEAR_KEYS.put("income.general_budget", null);
        CROSS_YEAR_KEYS.put("appropriation.expenditure", "appropriation_expenditure");
        CROSS_YEAR_KEYS.put("general_budget.expenditure", "general_public_expenditure");
        CROSS_YEAR_KEYS.put("expenditure.basic", "basic");
        CROSS_YEAR_KEYS.put("expenditure.project", "project");
        CROSS_YEAR_KEYS.put("basic.personnel", "personnel");
        CROSS_YEAR_KEYS.put("basic.public", "public");
        CROSS_YEAR_KEYS.put("three_public", "three_public");
        CROSS_YEAR_KEYS.put("three_public.abroad", "three_public.abroad");
        CROSS_YEAR_KEYS.put("three_public.reception", "three_public.reception");
        CROSS_YEAR_KEYS.put("three_public.vehicle", "three_public.vehicle");
        CROSS_YEAR_KEYS.put("meeting_costs", "meeting_costs");
        CROSS_YEAR_KEYS.put("training_costs", "training_costs");
        CROSS_YEAR_KEYS.put("operating_costs", "operating_costs");
    }

    private static boolean isChange(Fact f) {
        return f.key() != null && f.key().endsWith(".change") && CROSS_YEAR_KEYS.containsKey(f.key().substring(0, f.key().length() - 7));
    }

    /** The signed change of a fact: negative for 减少/下降/降低/减/压减/节约; null when it is not a change or has no value. */
    public static BigDecimal signedChange(Fact f) {
        if (f.value() == null || !("yoy".equals(f.comparison()) || "budget".equals(f.comparison()))) return null;
        if (f.direction() == null) return null;
        if (f.direction().matches(".*(减少|下降|降低|减|压缩|节约|回落).*")) return f.value().negate();
        if (f.direction().matches(".*(持平|无变化).*")) return BigDecimal.ZERO;
        return f.value();
    }

    /**
     * {@code cross_year} findings: a report's statement of its change on the previous year (X万元, 比上年增加/减少 Y万元)
     * gives last year's figure as X − Y; where the entity's previous-year report of the same kind and scope is in the
     * set, that figure is compared with what that report printed (its table figure, else its own statement), with
     * the exact interval arithmetic of the checks. A finding cites both documents. Consistent pairs give no finding.
     */
    public List<CrossYear> crossYear() {
        return comparisons().stream().filter(c -> !c.agrees()).toList();
    }

    /** Every cross-year comparison made, agreeing or not. */
    public List<CrossYear> comparisons() {
        List<CrossYear> out = new ArrayList<>();
        for (Map.Entry<Key, List<Summary>> g : groups.entrySet()) {
            Key k = g.getKey();
            if (k.entityId() == null || k.year() == null) continue;
            List<Summary> prev = groups.get(new Key(k.entityId(), k.year() - 1, k.kind(), k.scope()));
            if (prev == null) continue;
            List<Summary> now = g.getValue().stream().filter(s -> !isCopy(s)).toList();
            List<Summary> before = prev.stream().filter(s -> !isCopy(s)).toList();
            for (Summary s : now) {
                List<Fact> facts = s.yoyFacts();
                for (int i = 0; i < facts.size(); i++) {
                    Fact change = facts.get(i);
                    if (!isChange(change)) continue;
                    String base = change.key().substring(0, change.key().length() - 7);
                    Fact amount = null;
                    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                        Fact f = facts.get(j);
                        if (base.equals(f.key()) && f.value() != null && f.page() == change.page()
                                && (f.quote() != null && change.quote() != null && (f.quote().equals(change.quote())
                                || change.quote().contains(f.value().toPlainString())))) { amount = f; break; }
                    }
                    BigDecimal signed = signedChange(change);
                    if (amount == null || signed == null) continue;
                    BigDecimal fa = Measures.yuanFactor(amount.unit()), fc = Measures.yuanFactor(change.unit());
                    if (fa == null || fc == null) continue;
                    Interval implied = Interval.printed(amount.value()).scale(fa)
                            .subtract(Interval.printed(signed).scale(fc));
                    Prior prior = prior(before, base, false);
                    if (prior == null || prior.yuan() == null) continue;
                    String stated = String.format("%s%s − (%s%s)", amount.value().toPlainString(), nzs(amount.unit()),
                            signed.toPlainString(), nzs(change.unit()));
                    out.add(new CrossYear(s, amount.key(), change.page(), change.quote(), change.box(), stated, implied, prior,
                            implied.intersects(prior.interval())));
                }
                // the report's own 上年 columns against last year's report
                for (Map.Entry<String, Headlines.Cited> e : s.priorHeadlines().entrySet()) {
                    Headlines.Cited c = e.getValue();
                    BigDecimal f = Measures.yuanFactor(c.unit());
                    if (f == null) continue;
                    Prior prior = prior(before, e.getKey(), true);
                    if (prior == null) continue;
                    Interval implied = Interval.printed(c.value()).scale(f);
                    String where = c.table() + " / " + (c.row() == null ? "" : c.row()) + " / " + c.column();
                    out.add(new CrossYear(s, e.getKey(), c.page(), where, null, c.value().toPlainString() + nzs(c.unit()),
                            implied, prior, implied.intersects(prior.interval())));
                }
            }
        }
        return out;
    }

    private static String nzs(String s) { return s == null ? "" : s; }

    private boolean isCopy(Summary s) {
        String st = status.get(s);
        return "duplicate".equals(st) || "variant".equals(st);
    }

    /** Last year's printed figure: the table figure of its panel column, else its own narrative statement. */
    public record Prior(Summary doc, BigDecimal value, String unit, BigDecimal yuan, Interval interval, int page, String where) {}

    private static Prior prior(List<Summary> before, String key, boolean panelColumn) {
        String col = panelColumn ? key : CROSS_YEAR_KEYS.get(key);
        if (col != null) {
            for (Summary s : before) {
                Headlines.Cited c = s.headlines().get(col);
                if (c != null && c.yuan() != null) {
                    BigDecimal f = Measures.yuanFactor(c.unit());
                    return new Prior(s, c.value(), c.unit(), c.yuan(), Interval.printed(c.value()).scale(f), c.page(),
                            c.table() + " / " + (c.row() == null ? "" : c.row()) + " / " + c.column());
                }
            }
        }
        if (panelColumn) return null;
        for (Summary s : before) {
            for (Fact f : s.yoyFacts()) {
                if (key.equals(f.key()) && f.value() != null && Measures.yuanFactor(f.unit()) != null) {
                    BigDecimal fac = Measures.yuanFactor(f.unit());
                    return new Prior(s, f.value(), f.unit(), f.value().multiply(fac), Interval.printed(f.value()).scale(fac),
                            f.page(), f.quote());
                }
            }
        }
        return null;
    }

    /**
     * One cross-year comparison: what the later report says last year's figure was ({@code stated}: an amount less
     * its stated change, or a 上年 column), as an interval in 元, against what last year's report printed.
     */
    public record CrossYear(Summary doc, String what, int page, String quote, org.fiscallens.model.Box box, String stated,
                            Interval implied, Prior prior, boolean agrees) {
        /** As a finding of category {@code cross_year}; the evidence cites the later document first, then the earlier one. */
        public Finding finding() {
            String msg = String.format("%d report: %s of %d = %s = %s 元; the %d report (%s) prints %s%s",
                    doc.year(), what, doc.year() - 1, stated, implied, doc.year() - 1, prior.doc().file(),
                    prior.value().toPlainString(), nzs(prior.unit()));
            String arithmetic = String.format("%s = %s 元 ∩ %s%s = %s 元 = ∅", stated, implied,
                    prior.value().toPlainString(), nzs(prior.unit()), prior.interval());
            List<Evidence> ev = List.of(
                    new Evidence(page, doc.file() + ": " + quote, box, null, null, null),
                    new Evidence(prior.page(), prior.doc().file() + ": " + prior.where(), null, null, null, null));
            return new Finding("cross_year.prior_figure", "cross_year", Severity.WARNING, msg, ev, arithmetic);
        }
    }

    /** findings.csv rows of the cross-year findings (the document columns name the later report). */
    public List<List<Object>> crossYearRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (CrossYear c : crossYear()) {
            Finding f = c.finding();
            Summary s = c.doc();
            rows.add(new ArrayList<>(java.util.Arrays.asList(s.file(), s.entity(), s.year(), s.kind(),
                    f.severity().id(), f.category(), f.rule(), f.message(), f.arithmetic(),
                    c.page() + ";" + c.prior().doc().file() + "#" + c.prior().page(),
                    f.evidence().stream().map(Evidence::quote).reduce((a, b) -> a + " | " + b).orElse(""), null)));
        }
        return rows;
    }

    static BigDecimal round(BigDecimal v) { return v == null ? null : v.setScale(2, RoundingMode.HALF_UP); }

    private static String nz(String s) { return s == null ? "" : s; }

    /** All summaries, in the order read. */
    public List<Summary> summaries() { return List.copyOf(summaries); }
}
