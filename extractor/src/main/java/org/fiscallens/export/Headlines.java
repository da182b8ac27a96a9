package org.fiscallens.export;

import org.fiscallens.checks.tables.Names;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The headline figures of one report, each read from one printed table cell (never added up): the columns of
 * {@code panel.csv}. Every figure keeps where it was printed (table, row, column, page) so that a panel value can be
 * found on the page.
 */
public final class Headlines {
    private Headlines() {}

    /** One printed figure: as printed, its unit, in 元, and where. */
    public record Cited(BigDecimal value, String unit, BigDecimal yuan, int page, String table, String row, String column) {}

    /** The panel's headline columns: id → header (all in 元). */
    public static final Map<String, String> COLUMNS;
    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("income_total", "收入总计");
        m.put("expenditure_total", "支出总计");
        m.put("appropriation_expenditure", "财政拨款支出");
        m.put("general_public_expenditure", "一般公共预算财政拨款支出");
        m.put("basic", "基本支出");
        m.put("project", "项目支出");
        m.put("personnel", "人员经费");
        m.put("public", "公用经费");
        m.put("three_public", "\"三公\"经费");
        m.put("three_public.abroad", "因公出国（境）费");
        m.put("three_public.vehicle", "公务用车购置及运行费");
        m.put("three_public.vehicle_purchase", "公务用车购置费");
        m.put("three_public.vehicle_operation", "公务用车运行费");
        m.put("three_public.reception", "公务接待费");
        m.put("meeting_costs", "会议费");
        m.put("training_costs", "培训费");
        m.put("operating_costs", "机关运行经费");
        COLUMNS = java.util.Collections.unmodifiableMap(m);
    }

    /** One value of a table with its canonical dimensions. */
    record Value(Table table, TableRow row, String column, BigDecimal value, Measures.Measure m) {
        String name() { return Names.norm(row.name()); }
        boolean block(String word) { return row.block() != null && row.block().contains(word); }
    }

    /** The headline figures of a document (kind id, fiscal year and tables), by {@link #COLUMNS} id. */
    public static Map<String, Cited> of(String docKind, Integer year, List<Table> tables) {
        return of(docKind, year, tables, "final_accounts".equals(docKind) ? Measures.FINAL : "budget".equals(docKind) ? Measures.BUDGET : null);
    }

    /**
     * The same figures in the columns of another measure: {@code prior_budget} (a budget's 上年/YYYY−1年 columns),
     * {@code prior_final} (a 决算's 上年决算 columns).
     */
    public static Map<String, Cited> of(String docKind, Integer year, List<Table> tables, String own) {
        List<Value> values = new ArrayList<>();
        for (Table t : tables) {
            List<String> cols = columns(t);
            for (TableRow r : t.rows()) {
                for (Map.Entry<String, BigDecimal> e : r.values().entrySet()) {
                    Measures.Measure m = Measures.classify(docKind, year, t.kind(), t.title(), cols, r.name(), r.block(), e.getKey());
                    values.add(new Value(t, r, e.getKey(), e.getValue(), m));
                }
            }
        }
        Map<String, Cited> out = new LinkedHashMap<>();
        if (own == null) return out;
        Predicate<Value> mine = v -> own.equals(v.m().measure()) && v.value() != null;
        Predicate<Value> grandIncome = v -> v.block("收入") && v.name().matches("(收入)?(总计|合计)|收入总计合计");
        Predicate<Value> grandSpend = v -> v.block("支出") && v.name().matches("(支出)?(总计|合计)");
        Predicate<Value> yearSpend = v -> v.block("支出") && v.name().matches("本年支出(合计|小计)|当年支出(合计|小计)");
        Predicate<Value> totalRow = v -> v.name().matches("(合计|总计|本年支出合计|支出合计|支出总计)") || v.name().isEmpty() && v.row().code() == null;
        Predicate<Value> allFunds = v -> v.m().fund() == null || "appropriation".equals(v.m().fund()) && kind(v, "appropriation_summary");
        Predicate<Value> totalCol = v -> v.m().spending() == null || "total".equals(v.m().spending());

        put(out, "income_total", last(values, v -> kind(v, "income_expenditure_summary") && mine.test(v) && grandIncome.test(v)
                && v.m().fund() == null));
        put(out, "expenditure_total", last(values, v -> kind(v, "income_expenditure_summary") && mine.test(v) && grandSpend.test(v)
                && v.m().fund() == null && totalCol.test(v)));
        Predicate<Value> approCol = v -> ("appropriation".equals(v.m().fund()) || v.m().fund() == null) && totalCol.test(v);
        Value appro = first(values, v -> kind(v, "appropriation_summary") && mine.test(v) && yearSpend.test(v) && approCol.test(v));
        if (appro == null) appro = last(values, v -> kind(v, "appropriation_summary") && mine.test(v) && grandSpend.test(v) && approCol.test(v));
        put(out, "appropriation_expenditure", appro);
        Value gp = first(values, v -> kind(v, "general_budget_expenditure") && mine.test(v) && totalRow.test(v)
                && "general_public".equals(v.m().fund()) && totalCol.test(v));
        if (gp == null) gp = first(values, v -> kind(v, "appropriation_summary") && mine.test(v) && yearSpend.test(v)
                && "general_public".equals(v.m().fund()) && totalCol.test(v));
        if (gp == null) gp = last(values, v -> kind(v, "appropriation_summary") && mine.test(v) && grandSpend.test(v)
                && "general_public".equals(v.m().fund()) && totalCol.test(v));
        put(out, "general_public_expenditure", gp);
        for (String s : List.of("basic", "project")) {
            Value v0 = first(values, v -> kind(v, "expenditure") && mine.test(v) && totalRow.test(v) && allFunds.test(v)
                    && s.equals(v.m().spending()));
            if (v0 == null) v0 = first(values, v -> kind(v, "income_expenditure_summary") && mine.test(v) && v.block("支出")
                    && v.name().equals(s.equals("basic") ? "基本支出" : "项目支出"));
            put(out, s, v0);
        }
        for (String s : List.of("personnel", "public")) {
            String word = s.equals("personnel") ? "人员经费" : "公用经费";
            Value v0 = first(values, v -> kind(v, "general_budget_basic_expenditure") && mine.test(v) && totalRow.test(v)
                    && s.equals(v.m().spending()));
            if (v0 == null) v0 = first(values, v -> kind(v, "general_budget_basic_expenditure") && mine.test(v)
                    && v.name().matches(word + "(合计|小计)?") && totalCol.test(v));
            put(out, s, v0);
        }
        for (String subject : COLUMNS.keySet()) {
            if (!subject.startsWith("three_public") && !subject.endsWith("_costs")) continue;
            Value v0 = first(values, v -> kind(v, "three_public") && mine.test(v) && subject.equals(v.m().subject()));
            if (v0 == null && subject.equals("operating_costs")) {
                v0 = first(values, v -> kind(v, "other") && mine.test(v) && subject.equals(v.m().subject()));
            }
            put(out, subject, v0);
        }
        return out;
    }

    static List<String> columns(Table t) {
        List<String> cols = new ArrayList<>(t.columns());
        for (TableRow r : t.rows()) for (String c : r.values().keySet()) if (!cols.contains(c)) cols.add(c);
        return cols;
    }

    private static boolean kind(Value v, String kind) { return kind.equals(v.table().kind()); }

    private static Value first(List<Value> values, Predicate<Value> p) {
        for (Value v : values) if (p.test(v)) return v;
        return null;
    }

    private static Value last(List<Value> values, Predicate<Value> p) {
        Value found = null;
        for (Value v : values) if (p.test(v)) found = v;
        return found;
    }

    private static void put(Map<String, Cited> out, String id, Value v) {
        if (v == null) return;
        BigDecimal f = Measures.yuanFactor(v.table().unit());
        int page = v.row().page() > 0 ? v.row().page() : v.table().pages().isEmpty() ? 0 : v.table().pages().get(0);
        out.put(id, new Cited(v.value(), v.table().unit(), f == null ? null : v.value().multiply(f), page,
                v.table().title(), v.row().name(), v.column()));
    }
}
