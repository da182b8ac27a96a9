package org.fiscallens.tieout;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.interval.Verdict;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.checks.tables.TableSet;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Claim.Fund;
import org.fiscallens.model.Claim.Measure;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.TieSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A level claim (a plain amount of a named aggregate or of a 科目) tied to its table cell: the table by subject and
 * funds ({@link CellTargets}), the row by 科目编码 or by name (through {@link Names}), the column by what the figure
 * measures (决算数, 预算数, 年初/全年预算) and which part of the subject it is (合计, 基本支出, 项目支出, a "三公" item).
 * Only a sure counterpart is returned: where the row or column could be several cells that do not all hold the same
 * value, there is none. Tables the self-check did not understand are not read.
 */
public final class CellResolver implements Resolver {

    /** The document's readable tables, built once per tie-out. */

    @Override
    public List<TieSource> sources(int index, Fact fact, TieContext ctx) {
        if (partOfASubtotal(fact, ctx.facts())) return List.of();
        Found f = find(fact, ctx.doc().document() == null ? null : ctx.doc().document().kind(), ctx.fiscalYear(), tableSet(ctx),
                ctx.memo(OTHER_FUNDS, () -> otherFundsStated(ctx.facts())));
        return f == null ? List.of() : List.of(f.ref());
    }

    /**
     * A 科目 line listed as a part of the 基本支出 or 项目支出 (项目支出417.41万元，其中：一般公共服务支出417.41万元): the
     * line's amount within that subtotal, which the table's 科目 total (basic and project together) does not state.
     */
    static boolean partOfASubtotal(Fact fact, List<Fact> facts) {
        Claim c = fact.claim();
        if (c == null || !"class".equals(c.subject()) || c.whole() == null || c.whole() < 0 || c.whole() >= facts.size()) return false;
        Claim w = facts.get(c.whole()).claim();
        String ws = w == null ? null : w.subject();
        return ws != null && (ws.endsWith("basic") || ws.endsWith("project"));
    }

    TableSet tableSet(TieContext ctx) {
        return ctx.memo(TableSet.class, () -> new TableSet(ctx.doc().tables()));
    }

    /** A cell found for a claim: the table, the row, the column, the comparison and the source it gives. */
    public record Found(TableView table, TableRow row, String column, Amount stated, Amount cell, Verdict verdict,
                        TieSource.CellRef ref) {}

    /** The claim's amount, or null when the fact is not a money figure that a cell could state. */
    static Amount stated(Fact f) {
        if (f.value() == null || f.hasFlag("approximate") || f.hasFlag("empty_value")) return null;
        Unit u = Unit.parse(f.unit());
        if (u == null || !Objects.equals(Unit.parse(f.unit()).label(), f.unit())) return null;
        return Amount.of(f.value(), u);
    }

    /** Whether the claim is one a table cell can state: a plain amount of the report year in a measure tables carry. */
    static boolean levelClaim(Claim c, Integer fiscalYear) {
        if (c == null || c.subject() == null) return false;
        if (c.relation() != null && c.relation() != Claim.Relation.LEVEL) return false;
        if (c.measure() == null || c.measure() == Measure.COUNT || c.measure() == Measure.PRIOR_YEAR) return false;
        return c.year() == null || fiscalYear == null || c.year().equals(fiscalYear);
    }

    /**
     * The sure counterpart of a fact among the tables, or null: the first target of the claim's subject whose table
     * gives exactly one value (possibly printed in several cells that agree).
     */
    public static Found find(Fact fact, DocumentKind kind, Integer fiscalYear, TableSet tables) {
        return find(fact, kind, fiscalYear, tables, false);
    }

    /**
     * The narrative states an all-funds total and a general-budget total that differ (支出预算总计 17,996.68,
     * 一般公共预算 17,981.68): the department spends other funds too, so which funds a 科目 line means matters.
     */
    private static final String OTHER_FUNDS = "CellResolver.otherFundsStated";

    static boolean otherFundsStated(List<Fact> facts) {
        java.math.BigDecimal all = null, general = null;
        for (Fact f : facts) {
            Claim c = f.claim();
            if (c == null || c.subject() == null || f.value() == null || c.relation() != Claim.Relation.LEVEL || !"万元".equals(f.unit())) continue;
            boolean total = c.subject().equals("total") || c.subject().equals("expenditure_total");
            if (total && c.fund() == Fund.ALL && all == null) all = f.value();
            boolean gb = c.subject().equals("general_budget.expenditure") || c.subject().equals("income.general_budget");
            if (gb && general == null) general = f.value();
        }
        return all != null && general != null && all.compareTo(general) != 0;
    }

    static Found find(Fact fact, DocumentKind kind, Integer fiscalYear, TableSet tables, boolean otherFunds) {
        Claim c = fact.claim();
        if (!levelClaim(c, fiscalYear)) return null;
        Amount stated = stated(fact);
        if (stated == null || carriedOver(fact) || !keyAgrees(fact)) return null;
        boolean budgetDoc = kind == DocumentKind.BUDGET;
        if (!measureFits(c.measure(), budgetDoc)) return null;
        for (CellTargets.Target t : CellTargets.of(c, budgetDoc)) {
            List<Hit> hits = new ArrayList<>();
            for (String k : t.kinds()) for (TableView v : ofKind(tables, k)) hits.addAll(t.locate(v, c, budgetDoc));
            if (hits.isEmpty()) continue;
            Hit h = hits.get(0);
            for (Hit o : hits) if (o.value().compareTo(h.value()) != 0) return null; // ambiguous: no counterpart
            Found f = found(stated, h);
            if (!f.ref().agrees() && otherFundsAgree(fact, kind, fiscalYear, tables, otherFunds)) return null;
            return f;
        }
        return null;
    }

    /**
     * A 科目 line or a 基本/项目支出 read as the general budget's agrees with the all-funds table, or read as all funds
     * agrees with the general budget's table (likewise a total read as the 财政拨款's and the all-funds total): which
     * funds the sentence meant is then not sure (a list of 类 lines under 支出预算总计 is all funds, one under 一般公共预算
     * 支出 the general budget's), and the contradiction is not either.
     */
    static boolean otherFundsAgree(Fact fact, DocumentKind kind, Integer fiscalYear, TableSet tables, boolean otherFunds) {
        Claim c = fact.claim();
        Fund fund = c.fund() == null ? Fund.ALL : c.fund();
        boolean parts = c.subject().equals("class") || c.subject().equals("expenditure.basic") || c.subject().equals("expenditure.project");
        boolean totals = c.subject().equals("total") || c.subject().equals("income_total") || c.subject().equals("expenditure_total");
        Fund other;
        if (parts && (fund == Fund.ALL || fund == Fund.GENERAL_BUDGET || fund == Fund.APPROPRIATION)) other = fund == Fund.ALL ? Fund.GENERAL_BUDGET : Fund.ALL;
        else if (totals && (fund == Fund.ALL || fund == Fund.APPROPRIATION)) other = fund == Fund.ALL ? Fund.APPROPRIATION : Fund.ALL;
        else return false;
        Claim alt = new Claim(c.subject(), c.item(), c.code(), c.level(), c.measure(), other, c.year(), c.relation(), c.base(),
                c.baseYear(), c.whole());
        Fact f = fact.withClaim(alt);
        boolean budgetDoc = kind == DocumentKind.BUDGET;
        for (CellTargets.Target t : CellTargets.of(alt, budgetDoc)) {
            List<Hit> hits = new ArrayList<>();
            for (String k : t.kinds()) for (TableView v : ofKind(tables, k)) hits.addAll(t.locate(v, alt, budgetDoc));
            if (hits.isEmpty()) continue;
            for (Hit o : hits) if (o.value().compareTo(hits.get(0).value()) != 0) return false;
            return found(stated(f), hits.get(0)).ref().agrees();
        }
        // a 科目 line read as the general budget's whose all-funds line no table states, in a department that spends
        // other funds too: which funds the sentence meant cannot be told (a 支出预算合计 listing its 类 lines is all
        // funds), so its contradiction is not sure
        // (a section titled by the general budget, 一般公共预算财政拨款支出决算具体情况, says which funds: sure)
        return otherFunds && c.subject().equals("class") && fund == Fund.GENERAL_BUDGET
                && org.fiscallens.facts.ClaimReader.nearestFund(fact.sectionTitle() == null ? "" : fact.sectionTitle()) != Fund.GENERAL_BUDGET;
    }

    /** Whether any target of the claim's subject is among the tables (the figure has a counterpart to tie to). */
    public static boolean hasCounterpartTable(Fact fact, DocumentKind kind, Integer fiscalYear, TableSet tables) {
        Claim c = fact.claim();
        if (!levelClaim(c, fiscalYear) || stated(fact) == null) return false;
        boolean budgetDoc = kind == DocumentKind.BUDGET;
        if (!measureFits(c.measure(), budgetDoc)) return false;
        for (CellTargets.Target t : CellTargets.of(c, budgetDoc)) for (String k : t.kinds()) if (!ofKind(tables, k).isEmpty()) return true;
        return false;
    }

    /** The readable tables of a kind, or (for {@link CellTargets#TITLED}) the untyped tables whose title has the word. */
    static List<TableView> ofKind(TableSet tables, String kind) {
        if (!kind.startsWith(CellTargets.TITLED)) return tables.ofKind(kind);
        String word = kind.substring(CellTargets.TITLED.length());
        return tables.ofKind("other").stream().filter(v -> v.table().title() != null && Names.norm(v.table().title()).contains(word)).toList();
    }

    /**
     * The figure is named as carried over (上年结转结余的一般公共预算收入, 年末结转和结余) while its subject is not a
     * carry-over: the claim took the fund's name for the subject, and the row of that name is another figure.
     */
    static boolean carriedOver(Fact f) {
        String s = f.claim().subject();
        if (s.contains("carryover") || s.contains("surplus")) return false;
        for (String t : new String[]{f.label(), f.subject(), naming(f)}) if (t != null && Regexes.matches(t, ".*(结转|结余).*")) return true;
        return false;
    }

    /** The words of the fact's clause before its figure (the phrase that names it), or null. */
    static String naming(Fact f) {
        if (f.quote() == null || f.value() == null) return null;
        String q = f.quote();
        int at = q.indexOf(f.value().toPlainString());
        if (at < 0) {
            java.util.regex.Matcher m = Regexes.of("\\d").matcher(q);
            at = m.find() ? m.start() : q.length();
        }
        String head = q.substring(0, at);
        int cut = Math.max(head.lastIndexOf('，'), Math.max(head.lastIndexOf('。'), head.lastIndexOf('；')));
        return head.substring(cut + 1);
    }

    /**
     * The claim's subject is the one the fact's key names (a standard statement's key starts with its subject): a
     * claim that took another subject (项目支出预算7000万元 read as 基本支出 from the clause before) is not sure.
     */
    static boolean keyAgrees(Fact f) {
        String key = f.key(), s = f.claim().subject();
        if (key == null || s.equals("class")) return true;
        return key.equals(s) || key.startsWith(s + ".");
    }

    /** A 决算 states 决算数 and the budgets it is compared with; a 预算 its own 预算数. */
    static boolean measureFits(Measure m, boolean budgetDoc) {
        if (budgetDoc) return m == Measure.BUDGET;
        return m == Measure.ACTUAL || m == Measure.INITIAL_BUDGET || m == Measure.ADJUSTED_BUDGET;
    }

    private static Found found(Amount stated, Hit h) {
        Amount cell = Amount.of(h.value(), h.table().unit());
        Verdict v = Calc.equal(stated, cell, Unit.YUAN);
        boolean agrees = !v.inconsistent();
        BigDecimal printed = h.row().values().get(h.column());
        String code = h.row().code() == null || h.row().code().isEmpty() ? null : h.row().code();
        int page = h.row().page() > 0 ? h.row().page() : h.table().firstPage();
        TieSource.CellRef ref = new TieSource.CellRef(h.table().table().kind(), page, h.row().name(), code, h.column(),
                printed, h.table().unit().label(), agrees);
        return new Found(h.table(), h.row(), h.column(), stated, cell, v, ref);
    }

    /** One candidate cell: the table, row, column and its value (a blank cell reads 0). */
    record Hit(TableView table, TableRow row, String column, BigDecimal value) {
        static Hit of(TableView t, TableRow r, String col) {
            if (r == null || col == null) return null;
            Amount a = t.value(r, col);
            return a == null ? null : new Hit(t, r, col, a.value());
        }
    }

    /**
     * Where a table (or a paired document's companion) holding the tie's cell has it: the table view and row, found
     * again from the source's table kind, page, row name, code and column; null when not there.
     */
    public static Found locate(TieSource.CellRef ref, Fact fact, TableSet tables) {
        Amount stated = stated(fact);
        if (stated == null) return null;
        for (TableView v : tables.ofKind(ref.tableKind())) {
            for (TableRow r : v.rows()) {
                int page = r.page() > 0 ? r.page() : v.firstPage();
                if (page != ref.page() || !Objects.equals(r.name(), ref.row())) continue;
                String code = r.code() == null || r.code().isEmpty() ? null : r.code();
                if (!Objects.equals(code, ref.code())) continue;
                if (!v.columns(r.block()).contains(ref.column())) continue;
                Hit h = Hit.of(v, r, ref.column());
                if (h != null) return found(stated, h);
            }
        }
        return null;
    }

    /** Whether a normalised header segment states a measure (预算数, 决算数, 年初预算, 2026年预算数 …). */
    static final String MEASURE_WORDS = "(?:\\d{4}年(?:度)?)?(?:本年|当年)?(?:年初|全年|调整后?)?(?:预算|决算|执行)(?:数|额)?";

    static String withoutMeasure(String seg) {
        return Regexes.replaceAll(Regexes.replaceAll(withoutFundBudget(Names.norm(seg)), "^\\d{4}年度?", ""), MEASURE_WORDS, "");
    }

    /** The names of the funds without their word 预算 (一般公共预算 → 一般公共), which names funds, not a measure. */
    static String withoutFundBudget(String n) {
        return Regexes.replaceAll(n, "(一般公共|政府性基金|国有资本经营)预算", "$1");
    }
}
